# classes: __init__, methods, instance vs class attributes, shadowing, mutation of class-level mutable, bound methods, __class__, __name__
class Counter:
    total = 0
    shared = []
    def __init__(self, name, start=0):
        self.name = name
        self.count = start
        Counter.total += 1
    def inc(self, by=1):
        self.count += by
        return self
    def describe(self):
        return '%s=%d' % (self.name, self.count)
a = Counter('a')
b = Counter('b', 10)
a.inc().inc(5)
print(a.describe(), b.describe(), Counter.total, a.total, b.total)
a.total = 'instance shadow'
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
a.shared.append('from a')
print(b.shared, Counter.shared is a.shared)
b.shared = ['own']
print(b.shared, a.shared, Counter.shared)
m = a.inc
m(100)
print(a.count, m.__self__ is a, m.__func__ is Counter.inc, m.__name__)
print(Counter.inc(b, 2).describe(), type(a).__name__, a.__class__ is Counter, Counter.__name__, Counter.__qualname__)
print(isinstance(a, Counter), isinstance(a, object), type(Counter).__name__, Counter.__bases__, Counter.__mro__[-1].__name__)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, sorted(vars(e).items()), e.__dict__)
e.__dict__['z'] = 3
print(e.z, hasattr(e, 'z'), getattr(e, 'missing', 'dflt'))
try:
    e.missing
except AttributeError as ex:
    print('AttributeError:', ex)
try:
    Empty.missing
except AttributeError as ex:
    print('AttributeError:', ex)
try:
    Empty(1)
except TypeError as ex:
    print('TypeError:', ex)
try:
    Counter()
except TypeError as ex:
    print('TypeError:', ex)
class WithClassBodyLogic:
    values = [i * i for i in range(4)]
    if len(values) > 3:
        big = True
    else:
        big = False
    def method(self):
        return self.values[-1]
print(WithClassBodyLogic.values, WithClassBodyLogic.big, WithClassBodyLogic().method())
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
print(p, p.moved(3, 4), [p, Point(0, 0)], str(p), repr(p))
Point.norm1 = lambda self: abs(self.x) + abs(self.y)
print(p.norm1(), Point(-3, 4).norm1())
def external(self):
    return 'external method on ' + repr(self)
Point.ext = external
print(p.ext())
p.instance_fn = lambda: 'no self passed'
print(p.instance_fn())
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(v)
        return self
print(Chain().add(1).add(2).add(3).ops)
