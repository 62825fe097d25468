# Weak references to each kind of object that allows them, dying by
# reference count and by the cycle collector; the finalizer of a generator
# is closed after its references are cleared, as CPython orders it.
import gc
import types
import weakref

events = []


def note(label):
    return lambda reference: events.append(label)


# Generators: closed when they die; a reference's callback sees it dead.
def counting():
    try:
        yield 1
        yield 2
    finally:
        events.append('generator finally')


g = counting()
next(g)
rg = weakref.ref(g, note('generator callback'))
del g
print(events)
events.clear()

# A generator in a cycle.
g = counting()
next(g)
g.gi_frame.f_locals  # the frame exists
holder = [g]
holder.append(holder)
rg = weakref.ref(g, note('cyclic generator callback'))
del g, holder
gc.collect()
print(events, rg())
events.clear()


# Functions, methods, classes, modules, code objects, sets, built-ins.
def make_function():
    def inner():
        return 1
    return inner


class Holder:
    def method(self):
        pass


f = make_function()
m = Holder().method
s = {1, 2}
fs = frozenset({3})
mod = types.ModuleType('temporary')
code = make_function.__code__
rs = [weakref.ref(f, note('function')), weakref.ref(m, note('method')), weakref.ref(s, note('set')),
      weakref.ref(fs, note('frozenset')), weakref.ref(mod, note('module')), weakref.ref(code),
      weakref.ref(len), weakref.ref(Holder, note('class'))]
print([type(r()).__name__ for r in rs])
del f, m, s, fs, mod
print(events)
events.clear()
del Holder
gc.collect()
print(events, rs[-1]())


# Subclasses of set, of int with __weakref__, and __class__ assignment.
class MySet(set):
    pass


class MyList(list):
    pass


class Other:
    pass


class Another:
    pass


ms, mi = MySet([1]), MyList([5])
r1, r2 = weakref.ref(ms, note('myset')), weakref.ref(mi, note('mylist'))
print(r1() == {1}, r2() + [1])
o = Other()
ro = weakref.ref(o, note('other'))
o.__class__ = Another
print(type(ro()).__name__)
del ms, mi, o
print(events)

# Many references, many referents: the side table grows and shrinks.
objs = [Other() for _ in range(2000)]
refs = [weakref.ref(x) for x in objs]
extra = [weakref.ref(x, note('x')) for x in objs[:10]]
print(sum(weakref.getweakrefcount(x) for x in objs))
del objs
print(sum(r() is None for r in refs), len(events))
