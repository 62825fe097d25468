# SPDX-License-Identifier: GPL-3.0-or-later
# copy: copy and deepcopy of built-ins, instances, slots, __reduce__, __getstate__, memo.
import copy
class A:
    def __init__(self): self.x = [1, 2]; self.y = {'k': [3]}
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.x is a.x, c.x is a.x, c.x == a.x, type(c).__name__, c.y)
l = [1, [2, 3], {'a': (4, [5])}]
d = copy.deepcopy(l); print(d, d[1] is l[1], d[2]['a'] is l[2]['a'], d[2]['a'][0])
t = (1, 2); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2)
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2[1] is r2, r2 is not r)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1; s2 = copy.copy(s); print(s2.a, hasattr(s2, 'b'))
class C:
    def __copy__(self): return 'custom copy'
    def __deepcopy__(self, memo): return 'custom deep'
print(copy.copy(C()), copy.deepcopy(C()))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 10,))
print(copy.copy(R(1)).v, copy.deepcopy(R(2)).v)
class GS:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.deepcopy(GS()); print(g.__dict__)
class L(list): pass
ll = L([1, [2]]); ll.attr = 'x'; lc = copy.deepcopy(ll); print(type(lc).__name__, lc, lc.attr, lc[1] is ll[1])
class D(dict): pass
dd = D(a=[1]); dc = copy.copy(dd); print(type(dc).__name__, dc, dc['a'] is dd['a'])
class I(int): pass
ic = copy.copy(I(5)); print(type(ic).__name__, ic)
class NA:
    def __init__(self, a, b): self.a = a; self.b = b
    def __getnewargs__(self): return (self.a, self.b)
    def __new__(cls, a, b): o = object.__new__(cls); return o
n = copy.copy(NA(1, 2)); print(n.a, n.b)
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(len) is len)
try: copy.copy((x for x in []))
except TypeError as e: print(e)
import collections, functools
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.deepcopy(collections.deque([[1]], 3)), copy.deepcopy(collections.Counter('aab')), copy.copy(collections.defaultdict(list, a=[1])))
P = collections.namedtuple('P', 'x y'); print(copy.deepcopy(P(1, [2])), copy.copy(P(1, 2)))
print(copy.deepcopy(functools.partial(max, 1, key=abs))(3) )
m = {}; o = [1]; x = copy.deepcopy([o, o], m); print(x[0] is x[1], id(o) in m)
print(copy.Error, copy.error is copy.Error, copy.__all__)
print(copy.deepcopy({1, 2}), copy.copy(frozenset([1])), copy.deepcopy(set()), copy.copy(bytearray(b'ab')))
class E(Exception): pass
e = copy.copy(E('msg', 2)); print(type(e).__name__, e.args)
class WithBoth:
    __slots__ = ('__priv', 'pub', '__dict__')
    def __init__(self): self.__priv = 1; self.pub = 2; self.other = 3
w = copy.copy(WithBoth()); print(w._WithBoth__priv, w.pub, w.other)
class Meth:
    def m(self): return self
mm = Meth(); bound = copy.deepcopy(mm.m); print(bound.__self__ is not mm, type(bound.__self__).__name__)
