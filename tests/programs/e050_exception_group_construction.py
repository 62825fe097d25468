# BaseExceptionGroup and ExceptionGroup: the types (ExceptionGroup's two
# bases and its MRO), construction and CPython's validation errors, the
# attributes, str() and repr().


def attempt(label, make):
    try:
        group = make()
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)
    else:
        print(label, "->", type(group).__name__, repr(group))


print("--- the types")
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, ExceptionGroup.__base__)
print(BaseExceptionGroup.__mro__)
print(BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(BaseExceptionGroup.__subclasses__())
print(ExceptionGroup in Exception.__subclasses__())
print(BaseExceptionGroup.__name__, BaseExceptionGroup.__qualname__, BaseExceptionGroup.__module__)
print(sorted(name for name in vars(BaseExceptionGroup) if not name.startswith("__")))
print("__new__" in vars(BaseExceptionGroup), "__new__" in vars(ExceptionGroup))

print("--- construction")
attempt("exception group", lambda: ExceptionGroup("two", [ValueError(1), TypeError(2)]))
attempt("base group of Exceptions", lambda: BaseExceptionGroup("plain", [ValueError(1)]))
attempt("base group of BaseExceptions", lambda: BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(2)]))
attempt("from a tuple", lambda: ExceptionGroup("tuple", (ValueError(1),)))
attempt("from a range-like sequence", lambda: ExceptionGroup("seq", [ValueError(n) for n in range(3)]))
attempt("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [KeyError("k")]), OSError(2, "No such file")]))


class Sequence:
    def __repr__(self):
        return "Sequence()"

    def __getitem__(self, index):
        if index < 2:
            return IndexError(index)
        raise IndexError(index)


attempt("from a __getitem__ sequence", lambda: ExceptionGroup("getitem", Sequence()))

print("--- validation")
attempt("no arguments", lambda: BaseExceptionGroup())
attempt("one argument", lambda: ExceptionGroup("only"))
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("message not a str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("message None", lambda: ExceptionGroup(None, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("a dict", lambda: ExceptionGroup("m", {1: ValueError()}))
attempt("a generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("item 0", lambda: ExceptionGroup("m", [1]))
attempt("item 1", lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt("a class, not an instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("a str", lambda: ExceptionGroup("m", "abc"))
attempt("BaseException in ExceptionGroup", lambda: ExceptionGroup("m", [ValueError(), SystemExit(1)]))
attempt("keyword argument", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("keywords only", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))


class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


class Both(BaseExceptionGroup, LookupError):
    pass


attempt("subclass of ExceptionGroup", lambda: MyGroup("mine", [ValueError()]))
attempt("subclass with a BaseException", lambda: MyGroup("mine", [GeneratorExit()]))
attempt("subclass of BaseExceptionGroup", lambda: MyBaseGroup("mine", [ValueError()]))
attempt("subclass of BaseExceptionGroup, base", lambda: MyBaseGroup("mine", [GeneratorExit()]))
attempt("with Exception base", lambda: Both("both", [ValueError()]))
attempt("with Exception base and a BaseException", lambda: Both("both", [SystemExit()]))
print(Both.__mro__)
attempt("__new__ of another type", lambda: BaseExceptionGroup.__new__(ValueError, "m", [ValueError()]))
attempt("__new__ of a subclass", lambda: BaseExceptionGroup.__new__(MyGroup, "m", [ValueError()]))
print(isinstance(Both("b", [ValueError()]), LookupError))

print("--- attributes")
items = [ValueError(1), TypeError(2)]
group = ExceptionGroup("message text", items)
print(group.message, group.exceptions, type(group.exceptions).__name__)
print(group.args, group.args[1] is items, group.exceptions is items)
items.append(KeyError(3))  # the group keeps its own tuple
print(len(group.exceptions), len(group.args[1]))
print(str(group), "|", repr(group))
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError(), ValueError()])))
print(isinstance(group, Exception), isinstance(BaseExceptionGroup("b", [SystemExit()]), Exception))
for name in ("message", "exceptions"):
    try:
        setattr(group, name, "changed")
    except AttributeError as error:
        print("set", name, "->", error)
    try:
        delattr(group, name)
    except AttributeError as error:
        print("del", name, "->", error)
group.args = ("new args",)
print(group.args, str(group), repr(group), group.message)
group.extra = "instance attribute"
print(group.extra, group.__dict__)
print(group.__traceback__, group.__cause__, group.__context__, group.__suppress_context__)
print(BaseExceptionGroup.__str__(group))
print(ExceptionGroup[int] is not None)

print("--- notes")
group = ExceptionGroup("noted", [ValueError()])
print(hasattr(group, "__notes__"))
group.add_note("first")
group.add_note("second")
print(group.__notes__)
try:
    group.add_note(3)
except TypeError as error:
    print(error)

print("--- catching groups with except")
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except Exception as caught:
    print("caught by except Exception:", repr(caught))
try:
    raise BaseExceptionGroup("raised", [KeyboardInterrupt()])
except Exception:
    print("not here")
except BaseExceptionGroup as caught:
    print("caught by except BaseExceptionGroup:", repr(caught))
try:
    raise MyGroup("mine", [ValueError()])
except ExceptionGroup as caught:
    print("caught a subclass:", type(caught).__name__, caught)
