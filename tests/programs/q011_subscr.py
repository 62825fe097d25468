# quickening: one subscript site over list/tuple/str/dict/subclasses, with
# negative and out-of-range indices, missing keys, __missing__, __getitem__
def get(c, k):
    return c[k]

def safe(c, k):
    try:
        return get(c, k)
    except (IndexError, KeyError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)

lst = list(range(10))
for i in range(100):
    r = get(lst, i % 10)
print(r)
print([safe(lst, k) for k in (-1, -10, -11, 10, 2 ** 62, -2 ** 63, 2 ** 100, True, 'a', 1.0)])
tup = tuple('abcdefghij')
for i in range(100):
    r = get(tup, -(i % 10) - 1)
print(r, [safe(tup, k) for k in (-1, 9, 10, -11, False)])
s = 'héllo wörld ✓ 𝄞!'
for i in range(100):
    r = get(s, i % len(s))
print(r, [safe(s, k) for k in (1, -1, -2, 13, 14, len(s), -len(s) - 1)])
ascii_s = 'plain'
print([get(ascii_s, k) for k in range(-5, 5)], safe(ascii_s, 5))
d = {'a': 1, 2: 'two', (1, 2): 'tuple', 2.0: 'float two?'}
for i in range(100):
    r = get(d, 'a')
print(r, [safe(d, k) for k in ('a', 2, 2.0, True, (1, 2), 'missing', ('m',))])
try:
    get(d, [1])
except TypeError as e:
    print('TypeError:', e)

class DefaultDict(dict):
    def __missing__(self, key):
        return 'missing(%r)' % (key,)
class ListSub(list):
    def __getitem__(self, i):
        return ('ListSub', i)
class PlainListSub(list):
    pass
class TupleSub(tuple):
    pass
class StrSub(str):
    def __getitem__(self, i):
        return 'StrSub[%r]' % (i,)
class Mapping:
    def __getitem__(self, k):
        return 'Mapping[%r]' % (k,)
containers = [lst, tup, s, d, DefaultDict(a='A'), ListSub([1, 2, 3]), PlainListSub([4, 5, 6]),
              TupleSub((7, 8, 9)), StrSub('xyz'), Mapping(), range(10), b'bytes', bytearray(b'ba')]
res = []
for i in range(130):
    c = containers[i % len(containers)]
    res.append(safe(c, 'a' if isinstance(c, dict) else 1))
print(res[-13:])
print([safe(c, -1) for c in containers])
print([safe(c, 100) for c in containers])
print([safe(c, 'zz') for c in containers])

# slices at a site that was int-indexed before
for i in range(100):
    get(lst, 3)
print(get(lst, slice(2, 5)), get(s, slice(None, None, -1)), get(tup, slice(-3, None)))

# the list changed between reads at a specialized site
grow = [0]
out = []
for i in range(60):
    out.append(get(grow, -1))
    grow.append(i)
print(out[-3:], safe(grow, 61), safe(grow, 60))
grow.clear()
print(safe(grow, 0), safe(grow, -1))

# stores: list, dict, list subclass, dict subclass, other
def put(c, k, v):
    c[k] = v

def safe_put(c, k, v):
    try:
        put(c, k, v)
        return 'ok'
    except (IndexError, KeyError, TypeError, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)

L = [0] * 5
for i in range(100):
    put(L, i % 5, i)
print(L, [safe_put(L, k, 'x') for k in (-1, -5, 5, -6, 'a', 1.5)], L)
D = {}
for i in range(100):
    put(D, i % 7, i)
print(D, safe_put(D, [], 1), safe_put(D, 'new', 'v'), len(D))
class LoggingList(list):
    def __setitem__(self, i, v):
        super().__setitem__(i, ('logged', v))
class LoggingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, ('logged', v))
class NoSet:
    pass
LL, LD = LoggingList([0, 0]), LoggingDict()
targets = [L, D, LL, LD, PlainListSub([0, 0])]
for i in range(100):
    put(targets[i % 5], i % 2, i)
print(targets)
print(safe_put(NoSet(), 0, 1), safe_put((1, 2), 0, 1), safe_put('str', 0, 'x'))
ba = bytearray(b'abc')
print(safe_put(ba, 0, 65), safe_put(ba, 1, 300), ba)

# dict keys with custom __eq__/__hash__ at a specialized dict site
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'Key(%r)' % (self.v,)
    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v or other == self.v
kd = {Key(1): 'Key1', 'k': 'str k'}
for i in range(100):
    get(kd, 'k')
print(get(kd, Key(1)), get(kd, 1), safe(kd, Key(2)))
class BadHash:
    def __hash__(self):
        raise RuntimeError('no hash')
try:
    get(kd, BadHash())
except RuntimeError as e:
    print('RuntimeError:', e)
