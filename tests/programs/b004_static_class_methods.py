# staticmethod and classmethod: calling via class and instance, alternative constructors respecting subclasses, class-level counters
class Temperature:
    instances = 0
    def __init__(self, celsius):
        self.celsius = celsius
        type(self).instances += 1
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(value):
        return value > -273.15
    @classmethod
    def count(cls):
        return cls.__name__, cls.instances
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.celsius)
class Kelvinish(Temperature):
    instances = 0
print(Temperature.from_fahrenheit(212), Kelvinish.from_fahrenheit(32), Temperature(5).from_fahrenheit(50))
print(Temperature.valid(-300), Temperature(1).valid(0), Temperature.count(), Kelvinish.count())
sm = Temperature.__dict__['valid']
cm = Temperature.__dict__['from_fahrenheit']
print(type(sm).__name__, type(cm).__name__, sm.__func__(5), callable(sm))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return item
    @staticmethod
    def helper(*args):
        return len(args)
Registry.register('x')
Registry().register('y')
print(Registry.items, Registry.helper(1, 2), Registry().helper())
class Shape:
    @classmethod
    def create(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
    @staticmethod
    def unit():
        return Shape.create(1)
class Square(Shape):
    pass
print(type(Square.create(2)).__name__, Square.create(2).args, type(Square.unit()).__name__)
def plain(x):
    return x * 2
class Holder:
    as_static = staticmethod(plain)
    as_class = classmethod(lambda cls, v: (cls.__name__, v))
    as_method = plain
h = Holder()
print(Holder.as_static(4), h.as_static(4), Holder.as_class(1), h.as_class(2))
try:
    h.as_method()
except TypeError as e:
    print('TypeError:', e)
print(h.as_method.__name__, Holder.as_method(21))
class Stack:
    def __init__(self, items=()):
        self.items = list(items)
    @classmethod
    def of(cls, *items):
        return cls(items)
    def __repr__(self):
        return 'Stack(%r)' % self.items
print(Stack.of(1, 2, 3), Stack.of())
