# PEP 585 and PEP 604: list[int], dict[str, list[int]], int | None — their
# reprs, equality, hashing, calls, subclassing, and isinstance with unions.
print(list[int], type(list[int]), dict[str, list[int]])
print(list[int].__origin__, list[int].__args__)
x: list[int] | None = None
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[()]), repr(tuple[int, ...]), repr(list['a']), repr(type[int]))
class A: pass
print(repr(list[A]), repr(int | None), repr(None | int), repr(int | A | list[int]), repr(int|str|int))
print(list[int] == list[int], list[int] == list[str], (int|str) == (str|int), hash(int|str) == hash(str|int))
print(list[int](), list[int]((1,2)), list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(list[int].append, type(list[int]), type(int|str), (int|str).__args__)
for f in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][str], lambda: int | 1, lambda: isinstance(1, int | list[int]), lambda: dict[int]]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(isinstance(1, int | str | None), int | str | None)
class B(list[int]): pass
print(B.__mro__, B.__orig_bases__)
print(list[int] | None, (list[int] | None).__args__)
print(type(int | str).__module__, type(int|str).__name__, type(list[int]).__module__, type(list[int]).__name__)
print(list[int,], list[(int,)])
def f(a: list[int], b: dict[str, int | None]) -> tuple[int, ...]: pass
print(f.__annotations__)
print({list[int]: 1}[list[int]], {int | str: 2}[str | int])
print(int | str == int | str | int, (int | str) != (int | bytes), isinstance(None, int | None), issubclass(bool, int | str))
print(enumerate[int], frozenset[str], set[bytes])
GA = type(list[int])
print(GA(list, (int,)), GA(dict, (str, int)), GA(tuple, int))
class Box:
    __class_getitem__ = classmethod(GA)
print(Box[int], Box[int, str].__args__)
for f in [lambda: GA(list), lambda: GA(list, int, x=1)]:
    try: f()
    except TypeError as e: print(e)


# Only type itself and the classes that define __class_getitem__ can be
# subscripted: a plain class must not find one through its metaclass.
class Plain:
    pass


for subscripted in (Plain, int, str):
    try:
        subscripted[int]
    except TypeError as error:
        print("TypeError:", error)
print(type[int], type[Plain].__origin__ is type)
print(hasattr(type, "__class_getitem__"), hasattr(BaseExceptionGroup, "__class_getitem__"))
import re
print(re.Pattern[str], re.Match[bytes])
