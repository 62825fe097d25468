# quickening: + - * += at sites specialized for small ints or floats, then
# overflowing into big ints, mixing types, strs, lists, objects, bools
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
def mul(a, b):
    return a * b
def iadd(a, b):
    a += b
    return a

ops = (add, sub, mul, iadd)
def all4(a, b):
    return [f(a, b) for f in ops]

for i in range(100):
    all4(i, 3)
M = 2 ** 62
print(all4(M, M), all4(-M, -M), all4(2 ** 63 - 1, 1), all4(-2 ** 63, -1), all4(-2 ** 63, 1))
print(all4(2 ** 31, 2 ** 31), all4(2 ** 32 + 1, 2 ** 31 - 1), all4(-(2 ** 62), 2))
print(all4(3037000499, 3037000499), all4(3037000500, 3037000500), all4(-3037000500, 3037000500))
print(all4(2 ** 100, 1), all4(1, -2 ** 100), all4(2 ** 64, 2 ** 64))
# an accumulator that overflows at a specialized += site
acc = 1
for i in range(70):
    acc += acc
print(acc)
acc = 0
for i in range(200):
    acc += 2 ** 57
print(acc)
neg = -1
for i in range(70):
    neg = neg * 2
print(neg)
# then back to small ints
small = acc - acc + 5
for i in range(50):
    small = small - 1
print(small)

for i in range(100):
    all4(i * 0.25, 1.5)
print(all4(1e308, 1e308), all4(0.1, 0.2), all4(-0.0, 0.0), all4(float('inf'), float('inf')))
print(all4(1, 0.5), all4(0.5, 1), all4(2 ** 60, 1.0), all4(True, 2.5), all4(10 ** 30, 1e-5))
print(all4(True, True), all4(True, 1), all4(False, -1), all4(5, False))
print(all4(1 + 2j, 3), all4(3, 1j))

for i in range(100):
    add('s%d' % i, 'x')
    iadd('a', 'b')
print(add('abc', 'déf'), iadd('𝄞', 'x'), add('', ''), iadd('', 'y'))
try:
    add('a', 1)
except TypeError as e:
    print('TypeError:', e)
try:
    iadd(1, 'a')
except TypeError as e:
    print('TypeError:', e)
print(mul('ab', 3), mul(3, 'ab'), mul([1], 2), mul('x', 0), mul('x', True))
l1 = [1]
print(add(l1, [2]), iadd(l1, [3]), l1, iadd((1,), (2,)), add(b'a', b'b'))
try:
    iadd([1], 'ab')
    print(iadd([1], 'ab'))
    add([1], 'ab')
except TypeError as e:
    print('TypeError:', e)

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)
    def __add__(self, o):
        return V(('add', self.v, o))
    def __radd__(self, o):
        return V(('radd', o, self.v))
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return V(('rsub', o, self.v))
    def __mul__(self, o):
        return V(('mul', self.v, o))
class IV(V):
    def __iadd__(self, o):
        self.v = ('iadd', self.v, o)
        return self
class IntSub(int):
    def __add__(self, o):
        return 'IntSub.__add__'
    def __radd__(self, o):
        return 'IntSub.__radd__'
class FloatSub(float):
    def __sub__(self, o):
        return 'FloatSub.__sub__'
print(add(V(1), 2), mul(V(1), 2), iadd(V(1), 2), add(2, V(1)), sub(2, V(1)), iadd(2, V(1)))
print(iadd(IV(1), 2), iadd(V(1), 2), add(IV(0), IV(1)))
try:
    sub(V(1), 2)
except TypeError as e:
    print('TypeError:', e)
print(all4(IntSub(1), 2), all4(2, IntSub(1)), all4(FloatSub(1.0), 1.0), all4(1.0, FloatSub(2.0)))
x = IV(0)
for i in range(3):
    x += i
print(x)
# the same += site over a list (in place) then a tuple (rebinds)
def extend_twice(c):
    c += [1] if isinstance(c, list) else (1,)
    c += [2] if isinstance(c, list) else (2,)
    return c
al = []
print(extend_twice(al), al, extend_twice(()))
# a loop whose += site sees int, then float, then str, then big
acc = 0
vals = [1] * 50 + [0.5] * 50 + [2 ** 70] * 3
for v in vals:
    acc += v
print(acc)
sacc = ''
for i in range(100):
    sacc += chr(65 + i % 26)
print(sacc[-10:], len(sacc))
# overflow of subtraction and multiplication at the int64 edges
lo = -2 ** 63
for i in range(100):
    sub(i, 1)
    mul(i, 2)
print(sub(0, lo), sub(-1, lo), sub(lo, 1), mul(lo, -1), mul(lo, 1), mul(2 ** 32, 2 ** 31), mul(-2 ** 32, 2 ** 31))
