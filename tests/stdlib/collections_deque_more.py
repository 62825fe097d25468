# collections.deque (native): the ring buffer at its edges, subclasses,
# copying and pickling protocols, the collector, weak references, and
# Python code that changes a deque while a method works on it.
import copy
import gc
import weakref
from collections import deque


def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


# Growing and shrinking through both ends keeps the order.
d = deque()
for i in range(100):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[100], list(d)[:5], list(d)[-5:])
for i in range(90):
    d.pop()
    d.popleft()
print(len(d), list(d))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(23)
print(d)
d.rotate(-1000001)
print(d)
d.reverse()
print(d, d.index(0), d.count(0))
for i in range(0, 20, 3):
    d.insert(i, 'i%d' % i)
print(d)
while len(d) > 4:
    del d[len(d) // 2]
print(d)
d.insert(-1, 'neg')
d.insert(-99, 'front')
print(d, d[2], d[-2])
d[1] = 'set'
d[-1] = 'last'
print(d)
print(d.remove('set'), d)
attempt('remove missing', lambda: d.remove('nope'))
attempt('index missing', lambda: d.index('nope'))
attempt('index bounds', lambda: deque([1, 2, 3, 2]).index(2, 2))
attempt('index negative bounds', lambda: deque([1, 2, 3, 2]).index(2, -3, -1))
attempt('index huge bounds', lambda: deque([1, 2, 3]).index(3, -10**30, 10**30))
attempt('index bad bound', lambda: deque([1]).index(1, 'x'))
attempt('index no args', lambda: deque([1]).index())
attempt('getitem huge', lambda: deque([1])[10**30])
attempt('getitem str', lambda: deque([1])['a'])
attempt('setitem out of range', lambda: deque([1]).__setitem__(1, 0))
attempt('delitem out of range', lambda: deque([1]).__delitem__(-2))
attempt('insert huge', lambda: deque([1]).insert(10**30, 0))
attempt('rotate huge', lambda: deque([1]).rotate(10**30))
attempt('rotate args', lambda: deque([1]).rotate(1, 2))
attempt('append args', lambda: deque().append())
attempt('pop args', lambda: deque([1]).pop(0))
attempt('maxlen huge', lambda: deque(maxlen=10**30))
attempt('maxlen bool', lambda: deque([1, 2, 3], True))
attempt('keywords', lambda: deque(iterable=[1], maxlen=2))
attempt('bad keyword', lambda: deque(x=1))
attempt('too many', lambda: deque([], 1, 2))
attempt('hash', lambda: hash(deque()))
attempt('concat list', lambda: deque() + [])
attempt('list concat', lambda: [] + deque())
attempt('multiply str', lambda: deque([1]) * 'a')
attempt('compare list', lambda: deque([1]) < [1])

# maxlen
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
b.appendleft(-1)
print(b)
b.extend(range(10, 14))
print(b)
b.extendleft('ab')
print(b)
attempt('insert full', lambda: b.insert(0, 'x'))
z = deque(maxlen=0)
z.append(1)
z.extend(range(5))
z.extendleft([1])
print(z, len(z))
r = deque([1, 2, 3], maxlen=7)
r *= 4
print(r)
print(deque([1, 2], 5) * 3, 3 * deque('ab'), deque([1]) * 0, deque([1, 2]) * -3)
e = deque([1, 2])
e += 'xy'
print(e, e + deque([0]))
e *= 1
print(e)

# Comparisons.
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque() == deque())
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2, 0]), deque([2]) > deque([1, 9]))
print(deque([1]) == [1], deque([1]) != (1,), deque([1, 2], maxlen=5) == deque([1, 2]))
nan = float('nan')
print(deque([nan]) == deque([nan]))

# Iteration.
it = iter(deque([1, 2, 3]))
print(type(it).__name__, type(it).__module__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
rv = reversed(deque([1, 2, 3]))
print(type(rv).__name__, list(rv), list(reversed(deque())))
m = deque([1, 2, 3])
it = iter(m)
next(it)
m.append(4)
attempt('mutated next', lambda: next(it))
attempt('after error', lambda: next(it))
m = deque([1, 2, 3])
it = iter(m)
m[0] = 'changed'  # replacing an item is no mutation of the order
print(list(it))
it = iter(m)
m.reverse()
print(list(it))
m = deque([1, 2, 3])
it = reversed(m)
m.rotate(1)
attempt('rotate during iteration', lambda: list(it))
single = deque([1])
it = iter(single)
single.rotate(5)
print(list(it))

# Python code that mutates the deque while it is compared.


class Meddler:
    def __init__(self, target, action):
        self.target = target
        self.action = action

    def __eq__(self, other):
        self.action(self.target)
        return False

    __hash__ = object.__hash__


victim = deque([1, 2, 3])
victim.appendleft(Meddler(victim, lambda d: d.clear()))
attempt('count', lambda: victim.count(5))
victim = deque([0, 1])
victim.appendleft(Meddler(victim, lambda d: d.append(9)))
attempt('in', lambda: 5 in victim)
victim = deque([0, 1])
victim.appendleft(Meddler(victim, lambda d: d.pop()))
attempt('index', lambda: victim.index(5))
victim = deque([0, 1])
victim.appendleft(Meddler(victim, lambda d: d.popleft()))
attempt('remove', lambda: victim.remove(5))
victim = deque([0, 1])
other = deque([5, 1])
victim.appendleft(Meddler(victim, lambda d: d.extend(range(100))))
other.appendleft(0)
attempt('compare', lambda: victim == other)
attempt('compare lt', lambda: deque([Meddler(other, lambda d: d.clear())]) < deque([1, 2]))
print(len(victim), len(other))

# Items whose __del__ changes the deque that lets them go.


class Dropper:
    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.append('added by __del__')


t = deque(maxlen=2)
t.append(Dropper(t))
t.append(1)
t.append(2)
print(t)
t = deque()
t.append(Dropper(t))
t.clear()
print(t)
t = deque([0])
t.append(Dropper(t))
t[1] = 'replaced'
print(t)
t = deque([0, 1, 2])
t.insert(1, Dropper(t))
del t[1]
print(t)

# repr of a deque inside itself, subclasses.
s = deque()
s.append(s)
s.append([s])
print(s)


class Named(deque):
    def __init__(self, iterable=(), maxlen=None, name='?'):
        super().__init__(iterable, maxlen)
        self.name = name


n = Named([1, 2], 4, name='n')
print(n, repr(Named()), n.name, isinstance(n, deque), type(n + deque([3])).__name__)
c = n.copy()
print(type(c).__name__, c, c.name, copy.copy(n), type(n * 2).__name__)


class Counting(deque):
    def append(self, item):
        super().append(('counted', item))


cd = Counting()
cd.append(1)
cd.extend([2])
print(cd)

# copy, deepcopy, __reduce__, pickling state.
src = deque([[1], [2]], maxlen=5)
shallow = copy.copy(src)
deep = copy.deepcopy(src)
print(shallow, deep, shallow[0] is src[0], deep[0] is src[0], deep.maxlen)
print(deque([1]).__reduce__()[:3], deque([1], 2).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3]))
n.extra = 'state'
print(sorted(n.__reduce__()[2].items()), copy.deepcopy(n).extra)
print(deque[int], deque.__module__, deque.__name__, deque.__qualname__)
import _collections
print(_collections.deque is deque)

# The collector sees the items; weak references.
gc.collect()
holder = deque()
holder.append(holder)
probe = weakref.ref(holder)


class Node:
    pass


node = Node()
node.queue = deque([node])
node_ref = weakref.ref(node)
del holder, node
print(gc.collect() >= 2, probe(), node_ref())
w = deque([1])
wr = weakref.ref(w)
print(wr() is w)
del w
print(wr())
print(deque(range(100000))[50000], len(deque(range(100000), maxlen=10)))

# More protocols: re-initialising, deep copies of a deque inside itself,
# extending with itself, subclass reprs, descriptors.
import copy
d = deque([1,2], maxlen=3); d.__init__([1,2,3,4]); print(d)
d = deque(); d.append(d); e = copy.deepcopy(d); print(e, e[0] is e)
print(deque('abc') == deque('abc', 5), deque([1,2]) >= deque([1,2]))
d = deque([1,2,3]); print(d.__reversed__().__length_hint__(), [*reversed(d)], d.copy() is not d)
print(len(deque(iter(range(5)), 2)), deque(x for x in 'xyz'))
d = deque(range(3)); d.extend(d); d.extendleft(d); print(d)
d = deque(range(3)); d += d; print(d)
class S(deque):
    def __repr__(self): return 'S!'
print(repr(S([1])), str(deque([S()])))
print(deque.__dict__['maxlen'].__get__(deque([], 4)), type(deque.__dict__['append']).__name__)
print(sorted(deque([3,1,2])), max(deque([3,1,2])), list(map(str, deque([1]))))
print(deque([1, 2]).__class_getitem__(int), deque[int]([1]))
