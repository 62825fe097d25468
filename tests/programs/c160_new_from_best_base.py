# A class builds its instances as its best base does when the first
# __new__ in its MRO is a built-in one: the layout is always constructed.

class A:
    pass


class X(A, list):
    pass


x = X([1, 2])
x.append(3)
print(x, len(x), x.__dict__)


class D(A, dict):
    pass


d = D(a=1)
d['b'] = 2
print(d, len(d))


class E(A, ValueError):
    pass


e = E('m')
print(repr(e), e.args)


class S(A, set):
    pass


print(sorted(S([3, 1])))


class I(A, int):
    pass


print(I(5) + 1, repr(I(7)))


class ForeignNew:
    __new__ = list.__new__


class UnsafeNew(list):
    __new__ = object.__new__


class Later:
    pass


for cls in (ForeignNew, UnsafeNew):
    try:
        cls()
    except TypeError as e:
        print(e)
Later.__new__ = dict.__new__
try:
    Later()
except TypeError as e:
    print(e)
