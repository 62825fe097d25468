# unpacking in every form: swap, nested, starred at each position, in for loops, from strings/dicts/generators, and exact error messages
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, (g, [h, i])] = ['F', ('G', 'HI')]
print(f, g, h, i)
first, *rest = range(5)
*init, last = 'hello'
head, *mid, tail = [1, 2]
x, *y, z = (1, 2, 3, 4, 5)
*only, = 'ab'
print(first, rest, init, last, head, mid, tail, x, y, z, only)
(p, *q), r = 'xyz', 9
print(p, q, r)
k1, k2 = {'one': 1, 'two': 2}
v1, v2 = {'one': 1, 'two': 2}.values()
print(k1, k2, v1, v2)
g1, g2, g3 = (n * n for n in range(3))
print(g1, g2, g3)
for idx, (key, val) in enumerate([('a', 1), ('b', 2)]):
    print(idx, key, val)
for first, *others in [(1, 2, 3), (4,), 'ab']:
    print(first, others)
t = 1,
u = ()
w = 1, 2, 3
print(t, u, w, type(t).__name__, len(u), (1), (1,), ((1, 2),))
cases = [
    ('a, b = [1, 2, 3]', lambda: unpack2([1, 2, 3])),
    ('a, b, c = [1, 2]', lambda: unpack3([1, 2])),
    ('a, *b, c = [1]', lambda: unpack_star([1])),
    ('a, b = 5', lambda: unpack2(5)),
    ('a, b = "xyz"', lambda: unpack2('xyz')),
    ('a, b = {}', lambda: unpack2({})),
    ('a, b = iter(range(10))', lambda: unpack2(iter(range(10)))),
    ('a, b, c = (x for x in [1])', lambda: unpack3(x for x in [1])),
    ('(a, b), c = 1, 2', lambda: unpack_nested((1, 2))),
    ('a, b = None', lambda: unpack2(None)),
]
def unpack2(v):
    a, b = v
    return a, b
def unpack3(v):
    a, b, c = v
    return a, b, c
def unpack_star(v):
    a, *b, c = v
    return a, b, c
def unpack_nested(v):
    (a, b), c = v
    return a, b, c
for text, f in cases:
    try:
        print(text, '->', f())
    except (ValueError, TypeError) as e:
        print(text, '->', type(e).__name__ + ':', e)
print(unpack_star([1, 2]), unpack_star('abcd'), unpack_nested([(1, 2), 3]), unpack_nested(['xy', 'z']))
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
dct = {}
dct['a'], dct['b'] = 'AB'
print(dct)
m, n = n, m = 1, 2
print(m, n)
print(*[1, 2], *'ab', *(), *{3: 0}, sep='|')
print([*range(3), *'xy'], (*[1], 2), {*'aab'} == {'a', 'b'}, {**{'k': 1}, 'j': 2})
a, b, *c = 1, 2
print(a, b, c)
