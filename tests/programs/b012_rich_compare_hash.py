# rich comparisons: reflected fallback (swapped __lt__/__gt__), __eq__ default identity, __ne__ derived from __eq__, total ordering by hand, hashing rules
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return 'Ver' + repr(self.parts)
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
    def __hash__(self):
        return hash(self.parts)
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9), Ver(1, 2)]
print(sorted(vs), max(vs), min(vs), vs[0] == vs[3], vs[0] != vs[1], vs[0] <= vs[3], vs[2] > vs[1], vs[1] >= vs[0])
print(len(set(vs)), {Ver(1): 'one'}[Ver(1)], vs.count(Ver(1, 2)), Ver(0, 9) in vs, vs.index(Ver(1, 2)))
print(Ver(1) == (1,), Ver(1) != 'x')
try:
    Ver(1) < 5
except TypeError as e:
    print('TypeError:', e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('  __lt__(%r, %r)' % (self.v, o.v))
        return self.v < o.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b)
print(b > a)
try:
    a <= b
except TypeError as e:
    print('TypeError:', e)
print(sorted([OnlyLt(3), OnlyLt(1)], key=lambda o: o.v)[0].v)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly(1)}
except TypeError as e:
    print('TypeError:', e)
class EqAndHash(EqOnly):
    __hash__ = lambda self: hash(self.v)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
class Weird:
    def __eq__(self, o):
        return 'truthy string'
    def __ne__(self, o):
        return 0
w = Weird()
print(w == 1, w != 1, [w] == [w], [Weird()] == [Weird()], w in [1, 2], 1 in [w])
class Always:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(Always() == None, None == Always(), [1, 2].index(Always()), Always() in {1: 2}, [1, 2].count(Always()))
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return 'Rev.__gt__ called for %r < Rev' % (o,)
print(5 < Rev(1))
class NaNLike:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = NaNLike()
print(n == n, n in [n], [n] == [n], [n].count(n), (n,) == (n,))
class CmpChain:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, CmpChain) else o)
    def __gt__(self, o):
        return self.v > (o.v if isinstance(o, CmpChain) else o)
print(1 < CmpChain(2) < 3, CmpChain(1) < CmpChain(2) < CmpChain(0))
