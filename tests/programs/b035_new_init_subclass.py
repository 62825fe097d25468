# object creation hooks: __new__ returning other types/cached instances, __init__ skipped when __new__ returns a foreign object, __init_subclass__, __class_getitem__
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            print('  reuse', key)
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        print('  new', key)
        return obj
    def __init__(self, key):
        print('  init', key)
        self.key = key
a = Cached('x')
b = Cached('y')
c = Cached('x')
print(a is c, a is b, len(Cached._cache))
class Weird:
    def __new__(cls, *args):
        return 'not a Weird instance: ' + repr(args)
    def __init__(self, *args):
        print('never called')
print(Weird(1, 2), type(Weird()).__name__)
class Point:
    __slots_like__ = ('x', 'y')
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.created_by_new = True
        return self
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.created_by_new, p.x, p.y, sorted(vars(p)))
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='custom-beta'):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name, hasattr(Plugin, 'plugin_name'))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)
class Box:
    def __class_getitem__(cls, item):
        return 'Box[%s]' % (item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box['x'], Box[3])
class Immutable:
    def __init__(self, value):
        object.__setattr__(self, 'value', value)
    def __setattr__(self, k, v):
        raise AttributeError('immutable')
    def with_value(self, v):
        new = object.__new__(type(self))
        object.__setattr__(new, 'value', v)
        return new
i1 = Immutable(1)
i2 = i1.with_value(2)
print(i1.value, i2.value, type(i2).__name__)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        cls._instance.count += 1
        return cls._instance
s1, s2, s3 = Singleton(), Singleton(), Singleton()
print(s1 is s3, s1.count)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError:', e)
try:
    object.__new__(5)
except TypeError as e:
    print('TypeError:', e)
class WithArgs:
    pass
try:
    WithArgs(1, k=2)
except TypeError as e:
    print('TypeError:', e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print('TypeError:', e)
