# What an except* statement raises at its end, uncaught: the group it
# combines has no traceback entry for the frame of the statement (CPython
# raises it as a re-raise), only for the frames it then leaves; the
# exceptions raised in the clauses show the match they handled as their
# context. Handled parts are printed by sys.excepthook; the last is uncaught.
import sys


def show(function):
    try:
        function()
    except BaseException as raised:
        sys.excepthook(type(raised), raised, raised.__traceback__)
        print(repr(raised))


def module_level_style():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("x")


def rest_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass


def naked_reraised():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass


show(module_level_style)
show(rest_only)
show(naked_reraised)
show(naked_unmatched)

# derive() failing while the statement works out what to re-raise: the
# error comes from code no source line stands for (line -1).
failing = False


class FailingDerive(ExceptionGroup):
    def derive(self, exceptions):
        if failing:
            raise RuntimeError("derive failed")
        return FailingDerive(self.message, exceptions)


def derive_fails_at_the_end():
    global failing
    try:
        raise FailingDerive("failing", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        failing = True


show(derive_fails_at_the_end)
try:
    derive_fails_at_the_end()
except RuntimeError as error:
    entry = error.__traceback__.tb_next
    print("tb_lineno:", entry.tb_lineno, "f_lineno:", entry.tb_frame.f_lineno)


def inner():
    try:
        raise ExceptionGroup("problems", [ValueError("bad value"), TypeError("bad type"), OSError("bad io")])
    except* ValueError as group:
        raise RuntimeError("could not recover") from group.exceptions[0]
    except* TypeError:
        raise


def outer():
    inner()


outer()
