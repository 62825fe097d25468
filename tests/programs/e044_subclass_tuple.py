# Subclasses of tuple: __new__ with a custom signature, __init__, instance
# __dict__ after the items, overridden __iter__ used by list(), tuple(), star
# arguments and unpacking, pattern matching, __class__ assignment rules, and
# reference cycles through the instances of str/tuple/bytes/float subclasses.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class T(tuple):
    pass
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __init__(self, x, y):
        self.norm = abs(x) + abs(y)
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'P(%r, %r)' % self
    def __add__(self, other):
        return P(self[0] + other[0], self[1] + other[1])
t = T([1, 2, 3])
show('T', lambda: t)
show('T()', lambda: T())
show('T(iterable=)', lambda: T(iterable=[1]))
show('tuple kw', lambda: tuple(iterable=[1]))
show('tuple 2 args', lambda: tuple([1], [2]))
show('T 2 args', lambda: T([1], [2]))
show('type', lambda: (type(t).__name__, isinstance(t, tuple)))
show('slice', lambda: t[1:])
show('slice full', lambda: t[:])
show('slice full type', lambda: type(t[:]).__name__)
show('add', lambda: t + (4,))
show('radd', lambda: (0,) + t)
show('mul', lambda: t * 2)
show('mul1', lambda: type(t * 1).__name__)
show('rmul', lambda: 2 * t)
show('len', lambda: len(t))
show('count', lambda: t.count(1))
show('index', lambda: t.index(2))
show('hash', lambda: hash(t) == hash((1, 2, 3)))
show('eq', lambda: t == (1, 2, 3))
show('lt', lambda: t < (1, 2, 4))
show('attr', lambda: (setattr(t, 'name', 'n'), t.name, t.__dict__))
show('P', lambda: P(3, -4))
show('P attrs', lambda: (P(3, -4).norm, P(3, -4).x, P(3, 4).__dict__))
show('P+', lambda: P(1, 2) + P(3, 4))
show('P+tuple', lambda: P(1, 2) + (3, 4))
show('tuple+P', lambda: (3, 4) + P(1, 2))
show('unpack', lambda: [a for a in P(5, 6)])
show('a,b', lambda: (lambda a, b: a * b)(*P(5, 6)))
show('tuple(P)', lambda: tuple(P(5, 6)))
show('type tuple(P)', lambda: type(tuple(P(5, 6))).__name__)
show('tuple.__new__(T)', lambda: tuple.__new__(T, [9]))
show('tuple.__new__(T) type', lambda: type(tuple.__new__(T, [9])).__name__)
show('tuple.__new__(list)', lambda: tuple.__new__(list))
show('str %', lambda: '%s-%s' % P(1, 2))
show('dict key', lambda: {T((1,)): 'v'}[(1,)])
show('in', lambda: 2 in t)
show('sorted', lambda: sorted([T((2,)), (1,)]))
show('getnewargs', lambda: t.__getnewargs__())
show('isinstance', lambda: isinstance(P(1, 2), (list, tuple)))
show('match', lambda: (lambda v: [1 for _ in [0]])(t))
def m(v):
    match v:
        case (a, b, c):
            return ('three', a, b, c)
        case _:
            return 'other'
show('match seq', lambda: m(t))
show('slots', lambda: type('X', (tuple,), {'__slots__': ('a',)}))
show('slots dict', lambda: type('X', (tuple,), {'__slots__': ('__dict__',)}))
show('slots empty', lambda: type('X', (tuple,), {'__slots__': ()})([1]))
def se():
    X = type('X', (tuple,), {'__slots__': ()})
    X([1]).a = 1
show('slots empty attr', se)
def ca():
    x = T([1])
    class T2(tuple): pass
    x.__class__ = T2
    return type(x).__name__
show('class assign', ca)
def ca2():
    X = type('X', (tuple,), {'__slots__': ()})
    Y = type('Y', (tuple,), {'__slots__': ()})
    x = X([1])
    x.__class__ = Y
    return type(x).__name__
show('class assign slots', ca2)
class G(tuple):
    def __getitem__(self, i):
        return ('G', tuple.__getitem__(self, i))
    def __len__(self):
        return 99
    def __iter__(self):
        return iter([7, 8])
show('G[0]', lambda: G((1, 2))[0])
show('G len', lambda: len(G((1, 2))))
show('G list', lambda: list(G((1, 2))))
show('G unpack', lambda: (lambda *a: a)(*G((1, 2))))
show('G repr', lambda: repr(G((1, 2))))
show('G eq', lambda: G((1, 2)) == (1, 2))
show('G tuple', lambda: tuple(G((1, 2))))
show('G for', lambda: [x for x in G((1, 2))])
def gu():
    a, b = G((1, 2))
    return a, b
show('G a,b', gu)
import gc
class S(str): pass
class T(tuple): pass
class B(bytes): pass
class F(float): pass
class SS(str):
    __slots__ = ('a', 'b', '__dict__')
for i in range(2000):
    s = S('x' * (i % 17))
    s.me = s
    t = T(range(i % 9))
    t.me = t
    t.other = s
    b = B(b'y' * (i % 13))
    b.cycle = [b, t]
    f = F(i)
    f.self = f
    ss = SS('z' * (i % 5))
    ss.a = ss
    ss.b = [ss]
    ss.c = ss
    del s, t, b, f, ss
print(gc.collect() >= 0)
x = SS('hello')
x.a = 1
x.b = 2
x.c = 3
print(x, x.a, x.b, x.c, x.__dict__, sorted(vars(x)))
del x.a
try:
    print(x.a)
except AttributeError as e:
    print('AttributeError', e)
t = T([1, 2, 3])
t.__dict__ = {'q': 1}
print(t.q, t, len(t), t[2])
class T2(tuple): pass
try:
    t.__class__ = T2
except TypeError as e:
    print(e)
class TS(tuple): __slots__ = ()
class TS2(tuple): __slots__ = ()
y = TS([5])
y.__class__ = TS2
print(type(y).__name__, y)
s = S('abc')
class S2(str): pass
s.k = 1
s.__class__ = S2
print(type(s).__name__, s, s.k)
big = T(range(100000))
big.x = 'end'
print(big.x, len(big))
bs = B(b'q' * 100001)
bs.x = 'endb'
print(bs.x, len(bs))
