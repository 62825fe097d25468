# weakref.ref: which objects can be weakly referenced, callbacks, sharing,
# hashing, equality, repr and subclassing.
import re
import sys
import weakref


def show(value):
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(value)))


class Thing:
    def __init__(self, name):
        self.name = name

    def method(self):
        return self.name


class Slotted:
    __slots__ = ('a',)


class SlottedWeak:
    __slots__ = ('a', '__weakref__')


class SubSet(set):
    pass


def function():
    pass


def generator():
    yield 1


# What can and cannot be weakly referenced.
candidates = [1, 'text', (1,), [1], {1: 2}, object(), b'x', 1.5, None, True, range(3),
              Slotted(), ValueError(), property(), iter([]), {1}.__iter__(), slice(1),
              set(), frozenset(), function, generator(), Thing, Thing('t'), Thing('t').method,
              sys, function.__code__, len, SlottedWeak(), SubSet(), memoryview(b'ab'),
              list[int], sys.stdout, type]
for candidate in candidates:
    try:
        r = weakref.ref(candidate)
        print(type(candidate).__name__, 'ok', r() is candidate)
    except TypeError as e:
        print(type(candidate).__name__, 'TypeError:', e)

# A reference dies with its referent.
t = Thing('a')
r = weakref.ref(t)
print(r() is t, r.__callback__)
del t
print(r(), r.__callback__)
show(r)

# Callbacks are called with the reference, newest first.
events = []
t = Thing('b')
r1 = weakref.ref(t, lambda ref: events.append(('first', ref is r1, ref())))
r2 = weakref.ref(t, lambda ref: events.append(('second', ref is r2, ref())))
print(r1.__callback__ is not None, weakref.getweakrefcount(t))
del t
print(events)
print(r1.__callback__, r2.__callback__)

# A callback-less ref is shared; refs with callbacks and subclass instances
# are not.
t = Thing('c')
plain = weakref.ref(t)
print(weakref.ref(t) is plain, weakref.ref(t, None) is plain)
with_callback = weakref.ref(t, print)
print(with_callback is plain, weakref.ref(t, print) is with_callback)
print(weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
print(weakref.getweakrefs(t)[0] is plain)
print(t.__weakref__ is plain)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1), weakref.getweakrefcount(Thing('x')))
del plain, with_callback
print(weakref.getweakrefcount(t), t.__weakref__)

# Order of the list: shared ref, shared proxy, then the others newest first.
t = Thing('order')
a = weakref.ref(t, lambda ref: None)
b = weakref.ref(t, lambda ref: None)
p = weakref.proxy(t)
r = weakref.ref(t)
print([x is y for x, y in zip(weakref.getweakrefs(t), [r, p, b, a])])


# Subclasses of ref.
class NamedRef(weakref.ref):
    __slots__ = ('label',)

    def __new__(cls, obj, label, callback=None):
        self = super().__new__(cls, obj, callback)
        self.label = label
        return self

    def __init__(self, obj, label, callback=None):
        super().__init__(obj, callback)

    def __call__(self):
        target = super().__call__()
        return None if target is None else (self.label, target.name)


class PlainSub(weakref.ref):
    pass


t = Thing('sub')
n = NamedRef(t, 'lbl')
print(n(), n.label, isinstance(n, weakref.ref), type(n).__name__)
s1 = PlainSub(t)
print(s1 is PlainSub(t), s1 is weakref.ref(t), s1() is t)
print(weakref.getweakrefcount(t))
del t
print(n(), s1())
print(weakref.ReferenceType is weakref.ref, weakref.ref.__name__, weakref.ref.__module__)
print(weakref.ref[int])
show(weakref.ref)

# Hashing: the referent's hash, remembered after its death.
t = Thing('h')
r = weakref.ref(t)
print(hash(r) == hash(t))
del t
print(hash(r) == hash(r))
t = Thing('h2')
r = weakref.ref(t)
del t
try:
    hash(r)
except TypeError as e:
    print('TypeError:', e)

# Equality: by referent while both live, by identity afterwards.


class Eq:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return self.key == other.key

    def __hash__(self):
        return hash(self.key)


x, y, z = Eq(1), Eq(1), Eq(2)
rx, ry, rz = weakref.ref(x), weakref.ref(y), weakref.ref(z)
print(rx == ry, rx != ry, rx == rz, rx != rz, rx == 1, rx != 1)
del x
print(rx == ry, rx != ry, rx == rx, rx != rx)
try:
    rx < ry
except TypeError as e:
    print('TypeError:', e)
d = {ry: 'y', rz: 'z'}
print(d[weakref.ref(y)])

# Calling and constructing with wrong arguments.
t = Thing('args')
r = weakref.ref(t)
for call in (lambda: r(1), lambda: r(x=1), lambda: weakref.ref(), lambda: weakref.ref(t, None, 3),
             lambda: weakref.ref(t, callback=None), lambda: weakref.ref(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# repr, with the referent's __name__ when it has one.
show(weakref.ref(t))
show(weakref.ref(function))
show(weakref.ref(Thing))
show(weakref.ref(len))
show(weakref.ref(sys))

# __weakref__ of classes.
print(Thing.__weakref__.__name__, '__weakref__' in Slotted.__dict__, '__weakref__' in SlottedWeak.__dict__)
sw = SlottedWeak()
print(sw.__weakref__)
keep = weakref.ref(sw)
print(sw.__weakref__ is keep)

# The copy module shares references (they are immutable).
import copy
t = Thing('copied')
r = weakref.ref(t)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
print(sys.getsizeof(weakref.ref(t)), sys.getsizeof(weakref.proxy(t)), sys.getsizeof(NamedRef(t, 1)), sys.getsizeof(PlainSub(t)))
