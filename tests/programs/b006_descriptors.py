# custom descriptors: data vs non-data precedence, __set_name__, __get__ with instance None, __delete__, typed/validated fields
class Typed:
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
        self.storage = '_' + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'descriptor %s on %s' % (self.name, objtype.__name__)
        return getattr(obj, self.storage, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, not %s' % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.storage)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('Ann', 30)
print(p.name, p.age, Person.name, Person.age, sorted(vars(p)))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
del p.age
print(p.age)
p.__dict__['name'] = 'dict wins?'
print(p.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'non-data value'
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.attr = 'instance value'
print(h.attr, Holder.attr)
del h.attr
print(h.attr)
class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class UsesCounted:
    c = Counted()
u = UsesCounted()
print(u.c, u.c, UsesCounted.c, UsesCounted.__dict__['c'].reads)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 'constant'
    def __set__(self, obj, value):
        raise AttributeError('read-only attribute')
class Config:
    version = ReadOnly()
cfg = Config()
try:
    cfg.version = 2
except AttributeError as e:
    print('AttributeError:', e)
cfg.__dict__['version'] = 'shadow attempt'
print(cfg.version)
class Names:
    def __set_name__(self, owner, name):
        print('__set_name__ called with', owner.__name__, name)
class Owner:
    first = Names()
    second = Names()
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class UsesMethod:
    def __init__(self, v):
        self.v = v
    @Method
    def show(self, suffix):
        return 'v=%s%s' % (self.v, suffix)
print(UsesMethod(7).show('!'), type(UsesMethod.show).__name__)
def plain_function(self):
    return 'bound to ' + type(self).__name__
bound = plain_function.__get__(Person('x', 1))
print(bound(), plain_function.__get__(None, Person) is plain_function)
