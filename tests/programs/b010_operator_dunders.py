# every binary/unary operator dunder on a user class: + - * @ / // % divmod ** << >> & | ^, unary - + ~ abs, int/float/complex-free conversions, round
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)
    def __add__(self, o): return V(('add', self.v, o))
    def __sub__(self, o): return V(('sub', self.v, o))
    def __mul__(self, o): return V(('mul', self.v, o))
    def __matmul__(self, o): return V(('matmul', self.v, o))
    def __truediv__(self, o): return V(('truediv', self.v, o))
    def __floordiv__(self, o): return V(('floordiv', self.v, o))
    def __mod__(self, o): return V(('mod', self.v, o))
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __pow__(self, o, mod=None): return V(('pow', self.v, o, mod))
    def __lshift__(self, o): return V(('lshift', self.v, o))
    def __rshift__(self, o): return V(('rshift', self.v, o))
    def __and__(self, o): return V(('and', self.v, o))
    def __or__(self, o): return V(('or', self.v, o))
    def __xor__(self, o): return V(('xor', self.v, o))
    def __neg__(self): return V(('neg', self.v))
    def __pos__(self): return V(('pos', self.v))
    def __invert__(self): return V(('invert', self.v))
    def __abs__(self): return V(('abs', self.v))
    def __int__(self): return 42
    def __float__(self): return 4.2
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
a = V(1)
for r in [a + 2, a - 2, a * 2, a @ 2, a / 2, a // 2, a % 2, divmod(a, 2), a ** 2, pow(a, 2, 5), a << 2, a >> 2, a & 2, a | 2, a ^ 2]:
    print(r)
print(-a, +a, ~a, abs(a), int(a), float(a), round(a), round(a, 3))
import math
print(math.trunc(a), math.floor(a), math.ceil(a))
print(a + a, (a + 1) * 2, -(-a))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'Vec' + repr(self.c)
    def __add__(self, o):
        return Vec(*[x + y for x, y in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[x - y for x, y in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[x * k for x in self.c])
    def __matmul__(self, o):
        return sum(x * y for x, y in zip(self.c, o.c))
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
p, q = Vec(1, 2), Vec(3, 4)
print(p + q, q - p, p * 3, p @ q, -p, abs(q), p == Vec(1, 2), p != q, p == (1, 2))
try:
    3 * p
except TypeError as e:
    print('TypeError:', e)
class NoOps:
    pass
for f in [lambda: NoOps() + 1, lambda: 1 - NoOps(), lambda: -NoOps(), lambda: abs(NoOps()), lambda: int(NoOps()),
          lambda: NoOps() < NoOps(), lambda: NoOps() @ 1, lambda: divmod(NoOps(), 1), lambda: round(NoOps()), lambda: ~NoOps()]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
class BadInt:
    def __int__(self):
        return 'not an int'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
class IntLike:
    def __index__(self):
        return 7
print(int(IntLike()), float(V(0)), complex is not None)
