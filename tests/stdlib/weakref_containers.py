# The weak containers: WeakValueDictionary, WeakKeyDictionary, WeakSet,
# and WeakMethod and finalize.
import copy
import gc
import re
import weakref
import _weakrefset


def show(value):
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(value)))


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Item({self.name})'

    def method(self):
        return 'method of ' + self.name


# WeakValueDictionary
a, b, c = Item('a'), Item('b'), Item('c')
d = weakref.WeakValueDictionary({'a': a}, b=b)
d['c'] = c
print(len(d), sorted(d), sorted(d.keys()), sorted(d.values(), key=repr), sorted(d.items()))
print(d['a'], d.get('b'), d.get('zz', 'default'), 'c' in d, 'zz' in d)
del c
print(len(d), 'c' in d, sorted(d))
try:
    d['c']
except KeyError as e:
    print('KeyError', e)
print(d.pop('b'), len(d), d.pop('b', 'gone'))
try:
    d.pop('b')
except KeyError as e:
    print('KeyError', e)
print(d.setdefault('a', None), d.setdefault('n', b), len(d))
show(d)
refs = d.valuerefs()
print(len(refs), sorted(r().name for r in refs), sorted(r.key for r in d.itervaluerefs()))
e = d.copy()
print(type(e).__name__, sorted(e.items()))
print(sorted(copy.copy(d).items()), sorted(copy.deepcopy(d).items()))
merged = d | {'z': a}
print(type(merged).__name__, sorted(merged))
d |= {'y': a}
print(sorted(d))
print(d.popitem() in [('a', a), ('n', b), ('y', a)], len(d))
d.pop('y', None)
# Entries of values that die during iteration go after it.
x1, x2, x3 = Item('x1'), Item('x2'), Item('x3')
d = weakref.WeakValueDictionary(x1=x1, x2=x2, x3=x3)
seen = []
for key in d:
    seen.append(key)
    if key == 'x1':
        del x2, x3
print(len(seen) >= 1, len(d), sorted(d))
try:
    weakref.WeakValueDictionary({'k': 1})
except TypeError as e:
    print('TypeError', e)

# WeakKeyDictionary
k1, k2 = Item('k1'), Item('k2')
w = weakref.WeakKeyDictionary({k1: 1})
w[k2] = 2
print(len(w), w[k1], w.get(k2), k1 in w, 5 in w, sorted(w.values()))
print(sorted(i.name for i in w), sorted(i.name for i in w.keys()), sorted((k.name, v) for k, v in w.items()))
del k2
print(len(w), [i.name for i in w])
try:
    w[Item('other')]
except KeyError:
    print('KeyError for a missing key')
print(w.setdefault(k1, 10), w.pop(k1), len(w), w.pop(k1, 'none'))
k3 = Item('k3')
w.update({k3: 3})
w.update([(k1, 1)])
print(sorted(i.name for i in w), len(w.keyrefs()))
w2 = w.copy()
print(type(w2).__name__, len(w2), len(w | {k3: 30}), (w | {k3: 30})[k3])
del w[k3]
print(len(w))
show(w)
try:
    w[1] = 2
except TypeError as e:
    print('TypeError', e)

# WeakSet
s1, s2, s3 = Item('s1'), Item('s2'), Item('s3')
s = weakref.WeakSet([s1, s2])
print(len(s), s1 in s, s3 in s, 1 in s, sorted(i.name for i in s))
s.add(s3)
s.discard(s2)
s.remove(s3)
try:
    s.remove(s3)
except KeyError:
    print('KeyError from remove')
print(len(s), [i.name for i in s])
del s1
print(len(s), list(s))
a1, a2, a3 = Item('a1'), Item('a2'), Item('a3')
left = weakref.WeakSet([a1, a2])
right = weakref.WeakSet([a2, a3])
names = lambda ws: sorted(i.name for i in ws)
print(names(left | right), names(left & right), names(left - right), names(left ^ right))
print(left <= right, left >= weakref.WeakSet([a1]), left == weakref.WeakSet([a2, a1]), left != right)
print(left.isdisjoint(right), left.issubset([a1, a2, a3]), left.issuperset([a1]))
u = left.copy()
u |= [a3]
u -= [a1]
print(names(u))
u &= [a3]
print(names(u))
u ^= [a1, a3]
print(names(u))
print(left.pop().name in ('a1', 'a2'), len(left))
left.clear()
try:
    left.pop()
except KeyError as e:
    print('KeyError', e)
print(weakref.WeakSet is _weakrefset.WeakSet, weakref.WeakSet[int])
try:
    hash(left)
except TypeError as e:
    print('TypeError', e)
try:
    left.add(1)
except TypeError as e:
    print('TypeError', e)
# Members that die while the set is iterated leave after the iteration.
items = [Item(str(i)) for i in range(5)]
ws = weakref.WeakSet(items)
count = 0
for member in ws:
    count += 1
    if count == 1:
        del items[:]
    del member
print(len(ws))

# WeakMethod
obj = Item('obj')
calls = []
wm = weakref.WeakMethod(obj.method, lambda r: calls.append('dead'))
print(wm()(), wm() == obj.method, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(obj.method)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
del obj
print(wm(), calls, wm == wm2, wm == wm)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)


def make():
    class Local:
        def m(self):
            return 'local'
    return Local


Local = make()
inst = Local()
wm3 = weakref.WeakMethod(inst.m, lambda r: calls.append('function gone'))
del Local.m
gc.collect()
print(wm3(), calls)

# finalize
target = Item('target')
f = weakref.finalize(target, print, 'finalizing', 'target', sep='-')
print(f.alive, f.atexit, f.peek()[1:] == (print, ('finalizing', 'target'), {'sep': '-'}))
show(f)
del target
print(f.alive, f.peek(), f.detach())
show(f)
target = Item('t2')
f = weakref.finalize(target, lambda: 'called')
print(f(), f(), f.alive)
target = Item('t3')
f = weakref.finalize(target, print, 'never')
obj, func, args, kwargs = f.detach()
print(obj is target, args, kwargs, f.alive, f.detach())
del target
f.atexit = False
print(f.atexit)
