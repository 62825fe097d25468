# assignment forms: chained (same object), augmented on names/subscripts/slices (single evaluation), walrus in conditions/comprehensions
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
calls = []
def idx(i):
    calls.append(i)
    return i
lst = [10, 20, 30]
lst[idx(1)] += 5
lst[idx(0)] *= 2
print(lst, calls)
d = {'n': 1}
d['n'] += 1
d['m'] = d.get('m', 0) + 1
d.setdefault('l', []).append('v')
print(d)
grid = [[0, 0], [0, 0]]
grid[idx(1)][idx(0)] -= 3
print(grid, calls)
s = 'ab'
s *= 3
s += '!'
print(s)
t = (1,)
t += (2,)
print(t)
l2 = [1, 2, 3, 4]
l2[1:3] += ['x']
print(l2)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n >>= 1; n |= 1; n ^= 3; n &= 6
print(n)
f = 2.5
f -= 0.5
f /= 4
print(f)
data = [1, 5, 3, 8, 2]
if (m := max(data)) > 5:
    print('max is big:', m)
print(m)
vals = [y for v in data if (y := v * 2) > 4]
print(vals, y)
it = iter(['a', 'b', '', 'c'])
while (chunk := next(it)):
    print('chunk', chunk)
print([(w, l) for w in ['hi', 'hello'] if (l := len(w)) > 2], l)
total = 0
print([total := total + v for v in range(5)], total)
print((z := 10) + z, z)
def outer():
    [inner := i for i in range(3)]
    return inner
print(outer())
q = [0, 1, 2]
i = 0
i, q[i] = 1, 'A'
print(i, q)
q[i], i = 'B', 2
print(i, q)
r = 'even' if len(q) % 2 == 0 else 'odd'
print(r, ('yes' if q else 'no'), (lambda v: 'pos' if v > 0 else 'nonpos')(-1))
a1, (b1, c1) = 1, [2, 3]
print(a1, b1, c1)
u = v = w = 0
u += 1
print(u, v, w)
big = 2 ** 62
big += big
print(big)
obj = {'count': 0}
for _ in range(3):
    obj['count'] += 1
print(obj)
