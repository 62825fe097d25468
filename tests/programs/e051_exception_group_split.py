# split(), subgroup() and derive(): matching by type, tuple of types or
# predicate; the nested structure kept; the traceback, __cause__,
# __context__ and __notes__ each rebuilt group takes from its original; and
# subclasses that override __new__ and derive().


def show(label, group):
    if group is None:
        print(label, None)
    else:
        print(label, type(group).__name__, repr(group))


def tree():
    return ExceptionGroup("top", [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("middle", [KeyError(3), ValueError(4), ExceptionGroup("bottom", [TypeError(5)])]),
        OSError(6),
    ])


group = tree()
print("--- subgroup")
show("ValueError:", group.subgroup(ValueError))
show("(TypeError, KeyError):", group.subgroup((TypeError, KeyError)))
show("LookupError:", group.subgroup(LookupError))
show("ZeroDivisionError:", group.subgroup(ZeroDivisionError))
show("Exception:", group.subgroup(Exception))
print("whole group is itself:", group.subgroup(Exception) is group, group.subgroup(ExceptionGroup) is group)
show("predicate:", group.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("predicate on groups:", group.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "bottom"))
print("leaves are shared:", group.subgroup(ValueError).exceptions[0] is group.exceptions[0])


def named_predicate(exception):
    return isinstance(exception, OSError)


show("def predicate:", group.subgroup(named_predicate))

print("--- split")
match, rest = group.split(ValueError)
show("match:", match)
show("rest: ", rest)
match, rest = group.split(lambda e: False)
show("match:", match)
show("rest: ", rest)
match, rest = group.split(BaseException)
print("everything matches:", match is group, rest)
match, rest = group.split((ValueError, TypeError, KeyError, OSError))
print("all leaves match:", type(match).__name__, match is group, rest)
match, rest = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError(1)]).split(Exception)
show("match:", match)
show("rest: ", rest)

print("--- bad matchers")
for label, matcher in [("int", int), ("instance", ValueError()), ("list", [ValueError]),
                       ("tuple with int", (ValueError, int)), ("builtin", print), ("str", "ValueError")]:
    for method in ("split", "subgroup"):
        try:
            getattr(group, method)(matcher)
        except TypeError as error:
            print(method, label, "->", error)
for call in (lambda: group.split(), lambda: group.subgroup(ValueError, TypeError),
             lambda: group.split(ValueError, extra=1), lambda: group.derive(),
             lambda: group.derive([], []), lambda: group.derive(excs=[])):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)
try:
    group.split(lambda e: 1 / 0)
except ZeroDivisionError as error:
    print("predicate raised:", error)


def pick(exception):
    print("  predicate sees", repr(exception))
    return isinstance(exception, KeyError)


print("predicate order:")
show("->", group.subgroup(pick))

print("--- metadata")
try:
    try:
        raise KeyError("context")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from RuntimeError("cause")
except ExceptionGroup as caught:
    raised = caught
raised.add_note("first note")
raised.add_note("second note")
for part in raised.split(ValueError):
    print(repr(part))
    print("  same traceback:", part.__traceback__ is raised.__traceback__)
    print("  cause:", repr(part.__cause__), "context:", repr(part.__context__))
    print("  suppress context:", part.__suppress_context__)
    print("  notes:", part.__notes__, "a copy:", part.__notes__ is not raised.__notes__)
fresh = ExceptionGroup("fresh", [ValueError(1), TypeError(2)])
match = fresh.subgroup(ValueError)
print("unraised:", match.__traceback__, match.__cause__, match.__context__, match.__suppress_context__,
      hasattr(match, "__notes__"))
fresh.__notes__ = ("tuple", "of notes")
print("tuple notes become a list:", fresh.subgroup(ValueError).__notes__)
fresh.__notes__ = 42
print("notes that are no sequence are dropped:", hasattr(fresh.subgroup(ValueError), "__notes__"))
inner = group.subgroup(KeyError).exceptions[0]
print("nested groups are derived too:", repr(inner), inner is not group.exceptions[2])

print("--- derive")
show("derive:", group.derive([ValueError(9)]))
derived = raised.derive([ValueError(9)])
print("derive copies nothing:", derived.__traceback__, derived.__cause__, derived.__context__,
      hasattr(derived, "__notes__"))
show("derive with a BaseException:", group.derive([KeyboardInterrupt()]))
show("derive from a tuple:", group.derive((TypeError(),)))
try:
    group.derive([1])
except ValueError as error:
    print("ValueError:", error)

print("--- subclasses")


class CodedGroup(ExceptionGroup):
    def __new__(cls, message, exceptions, code):
        self = super().__new__(cls, message, exceptions)
        self.code = code
        return self

    def __init__(self, message, exceptions, code):
        super().__init__(message, exceptions)

    def derive(self, exceptions):
        return CodedGroup(self.message, exceptions, self.code)


coded = CodedGroup("coded", [ValueError(1), TypeError(2)], 42)
print(repr(coded), coded.code, coded.args)
match, rest = coded.split(ValueError)
print(type(match).__name__, repr(match), match.code)
print(type(rest).__name__, repr(rest), rest.code)


class PlainGroup(ExceptionGroup):
    pass


match, rest = PlainGroup("plain", [ValueError(1), TypeError(2)]).split(ValueError)
print("without derive():", type(match).__name__, type(rest).__name__, repr(match))


class LoggingGroup(ExceptionGroup):
    def derive(self, exceptions):
        print("  derive", self.message, type(exceptions).__name__, exceptions)
        return LoggingGroup(self.message + "'", exceptions)


print("derive calls:")
match, rest = LoggingGroup("outer", [ValueError(1), LoggingGroup("inner", [TypeError(2), ValueError(3)])]).split(TypeError)
show("match:", match)
show("rest: ", rest)


class BadDerive(ExceptionGroup):
    def derive(self, exceptions):
        return "not a group"


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as error:
    print("TypeError:", error)
print("a full match needs no derive():", repr(BadDerive("bad", [ValueError(1)]).split(BadDerive)))
