# quickening: one for-loop site over range/list/tuple alternating with
# generators and other iterables; mutation while iterating; empty containers
def total(it):
    t = []
    for x in it:
        t.append(x)
    return t

def gen(n):
    for i in range(n):
        yield i * 10

class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return 'It%d' % self.n

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 'Seq%d' % i

class ListSub(list):
    def __iter__(self):
        return iter(['ListSub.__iter__'])

sources = [range(3), [1, 2, 3], (4, 5, 6), gen(3), It(2), Seq(), 'str', {'k': 1, 'j': 2},
           range(10, 0, -3), ListSub([1, 2]), (), [], range(0), iter([7, 8]), reversed([1, 2]),
           {'a': 1}.values(), b'ab', range(2 ** 62, 2 ** 62 + 2), range(-5, -15, -5), zip('ab', 'cd'),
           enumerate('xy'), map(abs, [-1, -2]), filter(None, [0, 1, 2])]
for i in range(100):
    total(range(i % 5))
    total([i])
    total((i, i))
print([total(s) for s in sources])
# regenerate the one-shot iterables and interleave
def fresh():
    return [range(3), [1, 2], (3,), gen(2), It(1), Seq(), iter((9,))]
out = []
for i in range(140):
    out.append(total(fresh()[i % 7]))
print(out[-7:])

# big range steps, ranges past the small-int limit
print(total(range(2 ** 62 - 2, 2 ** 62 + 2)), total(range(2 ** 63 - 1, 2 ** 63 + 1)))
print(total(range(-2 ** 63, -2 ** 63 + 2)), len(total(range(0, 2 ** 64, 2 ** 60))))

# list mutated while iterating at a specialized site
def grow(lst, limit):
    seen = []
    for x in lst:
        seen.append(x)
        if len(lst) < limit:
            lst.append(x + 1)
    return seen
for i in range(50):
    grow([0], 5)
print(grow([0], 10), grow([], 3))
def shrink(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if lst:
            lst.pop(0)
    return seen, lst
print(shrink(list(range(10))))
def clear_mid(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if x == 2:
            lst.clear()
            lst.extend('ab')
    return seen
print(clear_mid([0, 1, 2, 3, 4]))
def replace_items(lst):
    seen = []
    for i, x in enumerate(lst):
        seen.append(x)
        if i + 1 < len(lst):
            lst[i + 1] = x * 2
    return seen
print(replace_items([1, 0, 0, 0, 0]))

# nested loops sharing iterables; break/continue/else
lst = [1, 2, 3]
pairs = []
for a in lst:
    for b in lst:
        if b == a:
            continue
        if b > 2:
            break
        pairs.append((a, b))
    else:
        pairs.append('else')
print(pairs)
# an exhausted iterator reused at a specialized site
it = iter([1, 2, 3])
print(total(it), total(it))
ti = iter((1, 2))
print(total(ti), total(ti))
ri = iter(range(3))
print(total(ri), total(ri))
# dict mutated while iterating
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
# a generator raising part way
def bad():
    yield 1
    raise ValueError('from generator')
for i in range(3):
    try:
        total(bad())
    except ValueError as e:
        print('ValueError:', e)
# unpacking targets at a for site
res = []
for i in range(60):
    for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
        res.append(a + b + c)
print(sum(res))
try:
    for a, b in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print('ValueError:', e)

# ranges at the edges of 64-bit integers through a specialized for site
M = 2**63 - 1
def coll(r):
    out = []
    for x in r:
        out.append(x)
    return out
for i in range(100):
    coll(range(3))
rs = [range(M - 2, M), range(0, M, 2**62), range(-M, -M - 2, -1), range(M, M - 3, -1), range(-M - 1, -M + 1),
      range(M - 1, -M - 1, -2**62), range(0, -M - 1, -M), range(-M-1, M, M), range(5, 5), range(M, M)]
for r in rs:
    print(coll(r), len(r))
it = iter(range(M - 1, M))
print(next(it), list(it))
