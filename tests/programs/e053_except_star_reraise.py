# except*: what the statement raises at its end. The unmatched rest and what
# clauses re-raise come back as one group shaped as the original (its
# message, traceback, __cause__ and __context__); exceptions raised anew in
# the clauses join it in an ExceptionGroup('').
import sys


def describe(exception, indent="  "):
    print(indent + type(exception).__name__, repr(exception))
    if isinstance(exception, BaseExceptionGroup):
        for item in exception.exceptions:
            describe(item, indent + "  ")


def outcome(label, function):
    print(label)
    try:
        function()
        print("  nothing raised")
    except BaseException as raised:
        describe(raised)
        return raised


def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])


def reraise_one():
    try:
        raise group()
    except* ValueError:
        raise


def reraise_all():
    try:
        raise group()
    except* ValueError:
        raise
    except* TypeError:
        raise
    except* KeyError:
        raise


def raise_new():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError("new")


def raise_new_and_rest():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError("from ValueError")
    except* TypeError:
        raise OSError("from TypeError")


def raise_new_handle_all():
    try:
        raise group()
    except* (ValueError, TypeError):
        raise RuntimeError("one new")
    except* KeyError:
        pass


def raise_bound():
    try:
        raise group()
    except* ValueError as matched:
        raise matched


def raise_leaf():
    try:
        raise group()
    except* TypeError as matched:
        raise matched.exceptions[0]


def raise_from():
    try:
        raise group()
    except* KeyError as matched:
        raise LookupError("wrapped") from matched


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass


outcome("re-raise one clause's part, with the rest:", reraise_one)
raised = outcome("re-raise every part:", reraise_all)
print("  message kept:", raised.message)
outcome("raise in a clause:", raise_new)
outcome("raise in two clauses:", raise_new_and_rest)
outcome("raise once, handle the rest:", raise_new_handle_all)
outcome("raise the bound group (a new raise):", raise_bound)
outcome("raise a leaf:", raise_leaf)
raised = outcome("raise from the match:", raise_from)
print("  cause:", repr(raised.exceptions[0].__cause__))
raised = outcome("naked, re-raised:", naked_reraise)
print("  its traceback:", raised.__traceback__.tb_next)
outcome("naked, replaced:", naked_raise_new)
outcome("naked, unmatched:", naked_unmatched)

print("--- contexts and tracebacks")
try:
    raise_new_and_rest()
except ExceptionGroup as combined:
    print("combined:", repr(combined), repr(combined.message))
    print("  its context:", combined.__context__, "cause:", combined.__cause__)
    print("  its traceback is this frame's only:", combined.__traceback__.tb_next)
    new, rest = combined.exceptions[0], combined.exceptions[2]
    print("  context of a new exception is the match:", repr(new.__context__))
    print("  rest keeps the original's traceback:", rest.__traceback__.tb_lineno)
    print("  rest's context:", rest.__context__, rest.__suppress_context__)


def inside_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        raise_new()


try:
    inside_handler()
except ExceptionGroup as combined:
    print("raised while handling: context", combined.__context__)


def rest_in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise group()
        except* ValueError:
            pass


try:
    rest_in_handler()
except ExceptionGroup as rest:
    print("rest raised while handling:", repr(rest), repr(rest.__context__), rest.__suppress_context__)

print("--- notes and metadata")
noted = group()
noted.add_note("the original's note")
try:
    try:
        raise noted
    except* ValueError as matched:
        print("match notes:", matched.__notes__, matched.__notes__ is noted.__notes__)
        matched.add_note("added to the match")
        raise
except ExceptionGroup as result:
    print("re-raised projection:", repr(result), result.__notes__)


def cause_kept():
    try:
        raise group() from OSError("root cause")
    except* TypeError:
        pass


try:
    cause_kept()
except ExceptionGroup as rest:
    print("rest cause:", repr(rest.__cause__), rest.__suppress_context__)

print("--- nested except* statements")


def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
        except* ValueError as matched:
            print("  inner statement:", repr(matched))
            raise IndexError("from inner")
    except* IndexError as matched:
        print("  outer statement, IndexError:", repr(matched))
    except* TypeError as matched:
        print("  outer statement, TypeError:", repr(matched))
        raise


outcome("nested:", nested)

print("--- exceptions raised by the clauses' types")


def bad_type():
    try:
        raise group()
    except* ValueError:
        print("  first clause ran")
    except* NoSuchName:
        print("not here")


outcome("undefined name:", bad_type)
print("handled after:", sys.exc_info())
