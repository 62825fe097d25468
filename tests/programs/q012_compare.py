# quickening: comparisons feeding if/while at sites that specialized for
# ints, floats or strs, then see big ints, NaN, mixed types, objects
import math

def lt(a, b):
    if a < b:
        return 'lt'
    return 'ge'

def le_not(a, b):
    if not a <= b:
        return 'gt'
    return 'le'

def eq(a, b):
    if a == b:
        return 'eq'
    return 'ne'

def ne(a, b):
    if a != b:
        return 'ne'
    return 'eq'

def gt_ge(a, b):
    return ('gt' if a > b else 'ngt') + ('/ge' if a >= b else '/nge')

def all_ops(a, b):
    return [lt(a, b), le_not(a, b), eq(a, b), ne(a, b), gt_ge(a, b)]

for i in range(100):
    all_ops(i, 50)
big = 2 ** 62
print(all_ops(big, big - 1), all_ops(big - 1, big), all_ops(2 ** 63, 2 ** 63 - 1), all_ops(-2 ** 63, -2 ** 63 + 1))
print(all_ops(2 ** 100, 2 ** 100), all_ops(-2 ** 100, 1), all_ops(1, 2 ** 100))
# a counter crossing into big ints at a specialized compare
x = 2 ** 62 - 5
steps = 0
while x < 2 ** 62 + 5:
    x += 1
    steps += 1
print(steps, x)
x = -2 ** 63 + 3
steps = 0
while x > -2 ** 63 - 3:
    x -= 1
    steps += 1
print(steps, x)
n = 1
while n != 2 ** 80:
    n *= 2
print(n)

# floats, NaN, signed zeros, infinities at sites that were int or float
for i in range(100):
    all_ops(i * 0.5, 25.0)
nan = float('nan')
inf = math.inf
print(all_ops(nan, nan), all_ops(nan, 1.0), all_ops(1.0, nan))
print(all_ops(0.0, -0.0), all_ops(inf, inf), all_ops(-inf, inf), all_ops(inf, nan))
print(all_ops(nan, 1), all_ops(1, nan), all_ops(2 ** 53 + 1, float(2 ** 53)), all_ops(float(2 ** 53), 2 ** 53 + 1))
print(all_ops(1, 1.0), all_ops(True, 1), all_ops(False, 0.0), all_ops(10 ** 400, inf))
count = 0
v = 0.0
while v < 1.0:
    v += 0.1
    count += 1
print(count, v)
same = [nan] * 3
print(nan in same, same == [nan] * 3, [nan] == [float('nan')])

# str == and != with equal but distinct strings
def make(s):
    return ''.join(list(s))
for i in range(100):
    eq('abc', 'abd')
    ne('abc', 'abc')
pairs = [('abc', make('abc')), ('', make('')), ('héllo', make('héllo')), ('𝄞x', make('𝄞x')),
         ('a' * 50, make('a' * 50)), ('abc', 'abC'), ('ab', 'abc'), ('é', 'e\u0301'), ('\x00', '')]
print([(eq(a, b), ne(a, b)) for a, b in pairs])
print([all_ops(a, b)[:2] for a, b in pairs[:4]])
class StrSub(str):
    def __eq__(self, other):
        return 'custom eq (truthy)'
    def __ne__(self, other):
        return ''
    __hash__ = str.__hash__
print(eq(StrSub('a'), 'b'), ne(StrSub('a'), 'b'), eq('b', StrSub('a')), ne('a', StrSub('a')))
print(eq('1', 1), ne('1', 1), eq(b'a', 'a'), eq(None, None), eq(None, 0))
try:
    lt('a', 1)
except TypeError as e:
    print('TypeError:', e)

# objects with __eq__ / __lt__ at a site that was int before
class Num:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Num.calls += 1
        return self.v < (other.v if isinstance(other, Num) else other)
    def __le__(self, other):
        return NotImplemented
    def __eq__(self, other):
        Num.calls += 1
        return self.v == (other.v if isinstance(other, Num) else other)
    def __gt__(self, other):
        return Truthy(self.v > getattr(other, 'v', other))
    def __ge__(self, other):
        return Truthy(self.v >= getattr(other, 'v', other))
class Truthy:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class BadBool:
    def __bool__(self):
        raise ValueError('no bool for you')
class ReturnsBad:
    def __eq__(self, other):
        return BadBool()
    __hash__ = None
def num_ops(a, b):
    return [lt(a, b), eq(a, b), ne(a, b), gt_ge(a, b) if isinstance(a, Num) else None]
print(num_ops(Num(1), 2), num_ops(Num(3), Num(3)), num_ops(3, Num(1)), Num.calls)
try:
    le_not(Num(1), Num(2))
except TypeError as e:
    print('TypeError:', e)
try:
    eq(ReturnsBad(), 1)
except ValueError as e:
    print('ValueError:', e)
i = Num(0)
k = 0
while i < 5:
    i = Num(i.v + 1)
    k += 1
print(k)
# a list comparison / tuple comparison at an int site
print(all_ops([1, 2], [1, 3]), all_ops((1, nan), (1, nan)), all_ops((2,), (1, 5)))
