# The attributes some exception types set in __init__, for them and their
# subclasses (and none for the others).
FIELDS = ["code", "value", "msg", "name", "path", "obj", "errno", "strerror", "filename"]


def show(e):
    present = {k: getattr(e, k) for k in FIELDS if hasattr(e, k)}
    print(type(e).__name__, e.args, present)


for cls in [SystemExit, StopIteration, ImportError, ModuleNotFoundError, NameError,
            UnboundLocalError, AttributeError, OSError, ValueError, KeyError, IndexError,
            StopAsyncIteration, Exception, ZeroDivisionError]:
    show(cls())
    show(cls(7))
    show(cls(2, "x"))


class AppError(Exception):
    pass


class Mine(OSError):
    pass


class Both(Mine, KeyError):
    pass


class Done(StopIteration):
    pass


show(AppError("a", 1))
show(Mine(5, "no"))
show(Mine(2, "a", "f"))
show(Both(5, "no"))
show(Done(4))
print(type(OSError(2, "x")).__name__, type(OSError(13, "denied")).__name__)
print(ImportError("m", name="n", path="p").name, ImportError("m", path="p").path)
print(AttributeError("a", name="n", obj=3).obj, NameError("x", name="y").name)
for make in [lambda: KeyError(1, x=2), lambda: ImportError(1, x=2), lambda: NameError(obj=1),
             lambda: AppError(k=1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
