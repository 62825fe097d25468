# How exception groups are printed: CPython 3.11's boxes, one per nested
# group, each nested exception with its own traceback, chained exceptions
# and notes, all behind the group's margin. sys.excepthook prints three
# groups to stderr; the last one is uncaught (status 1).
import sys


def fail(kind, message):
    raise kind(message)


def collect(*calls):
    errors = []
    for kind, message in calls:
        try:
            fail(kind, message)
        except Exception as error:
            errors.append(error)
    return errors


def chained():
    try:
        {}["missing"]
    except KeyError as error:
        raise RuntimeError("lookup failed") from error


def with_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while dividing")


def show(group):
    print("printing", repr(group))
    sys.excepthook(type(group), group, group.__traceback__)


# A group that was never raised: no traceback of its own.
show(ExceptionGroup("never raised", collect((ValueError, "first"), (TypeError, "second"))))

# Raised, with nested groups, chained members and notes.
try:
    errors = collect((OSError, "disk"))
    try:
        chained()
    except RuntimeError as error:
        errors.append(error)
    try:
        with_context()
    except ValueError as error:
        error.add_note("a note on a member")
        errors.append(error)
    inner = ExceptionGroup("inner", [KeyError("k"), IndexError(4)])
    group = ExceptionGroup("outer", errors + [inner])
    group.add_note("a note on the group\nin two lines")
    raise group
except ExceptionGroup as caught:
    show(caught)

# A group raised while another exception was handled, and one with a cause.
try:
    try:
        raise OSError("first problem")
    except OSError as error:
        raise ExceptionGroup("handling", [ValueError(1)]) from ExceptionGroup("the cause", [TypeError(2)])
except ExceptionGroup as caught:
    show(caught)


def level_three():
    raise ExceptionGroup("deepest", [ValueError(3)])


def level_two():
    try:
        level_three()
    except ExceptionGroup as group:
        raise ExceptionGroup("middle", [group, TypeError(2)])


def level_one():
    try:
        level_two()
    except ExceptionGroup as group:
        raise BaseExceptionGroup("top", [group, SystemExit(1)])


level_one()
