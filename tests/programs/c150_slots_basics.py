# __slots__: member descriptors instead of an instance __dict__.


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


p = Point(1)
print(type(Point.x), Point.x, repr(Point.y))
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__, Point.x.__doc__)
print(p.x, hasattr(p, 'y'))
try:
    p.y
except AttributeError as e:
    print('read unset:', e)
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print('assign unknown:', e)
try:
    p.__dict__
except AttributeError as e:
    print('__dict__:', e)
try:
    vars(p)
except TypeError as e:
    print('vars:', e)
del p.x
print(hasattr(p, 'x'))
try:
    del p.x
except AttributeError as e:
    print('del unset:', repr(e))
p.x = 10
print(p.x, p.y)

# The descriptor protocol directly.
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 20)
print(p.y)
Point.y.__delete__(p)
print(hasattr(p, 'y'))
for call in (lambda: Point.x.__get__(1), lambda: Point.x.__set__('s', 1),
             lambda: Point.x.__delete__(2.5)):
    try:
        call()
    except TypeError as e:
        print(e)

# A single string is one slot; any iterable of strings works.
class One:
    __slots__ = 'only'


class FromDict:
    __slots__ = {'b': 'doc b', 'a': None}


class FromIter:
    __slots__ = iter(['u', 'v'])


print(One.__slots__, One.only, FromDict.a, FromIter.v)
o = One()
o.only = [1]
print(o.only)

# The class dict: members after the namespace, in sorted order; no __dict__,
# no __weakref__.
class Order:
    __slots__ = ('zeta', 'alpha')

    def method(self):
        return self.alpha


print(list(Order.__dict__))
print('__dict__' in dir(Order), '__weakref__' in dir(Order))

# Private names are mangled.
class Private:
    __slots__ = ('__secret', '__dunder__')

    def __init__(self):
        self.__secret = 's'
        self.__dunder__ = 'd'

    def reveal(self):
        return self.__secret, self.__dunder__


print(Private().reveal(), sorted(k for k in Private.__dict__ if 'secret' in k))

# Empty __slots__: no storage at all.
class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(e)
