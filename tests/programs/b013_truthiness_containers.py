# __bool__/__len__ truthiness rules and errors; container dunders __len__/__getitem__/__setitem__/__delitem__/__contains__/__missing__ with slices
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('  __bool__ called')
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), len(Both()), bool(object()))
print('and:', type(B(False) and 'unreached').__name__, '| or:', type(B(True) or 'unreached').__name__, '| not:', not L(0))
if L(2):
    print('L(2) is truthy')
while L(0):
    print('never')
print([x for x in [L(0), L(1), L(5)] if x].__len__())
for bad in [B(1), B('yes'), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print('TypeError:', e)
class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
class StrLen:
    def __len__(self):
        return '3'
for obj in [NegLen(), BigLen(), StrLen()]:
    try:
        len(obj)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError('cell %r out of range' % (key,))
            return self.cells.get(key, '.')
        raise TypeError('bad key type ' + type(key).__name__)
    def __setitem__(self, key, value):
        print('  set', key, '=', value)
        if isinstance(key, slice):
            return
        self.cells[key] = value
    def __delitem__(self, key):
        print('  del', key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return self.w * self.h
g = Grid(3, 2)
g[0, 1] = 'X'
g[2, 0] = 'Y'
print(g[0, 1], g[1, 1], g[1:2], g[::-1], g[1:], g[:, 0] if False else '', len(g), 'X' in g, 'Z' in g, 'Z' not in g)
del g[0, 1]
print(g[0, 1], g.cells)
for k in [(5, 5), 'a']:
    try:
        g[k]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
g[1:3] = 'slice assignment'
try:
    del g[9, 9]
except KeyError as e:
    print('KeyError:', e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, [v for v in s], sorted(s, reverse=True), tuple(reversed([*s])))
class D(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d))
class NotContainer:
    pass
try:
    1 in NotContainer()
except TypeError as e:
    print('TypeError:', e)
try:
    NotContainer()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    NotContainer()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del NotContainer()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    len(NotContainer())
except TypeError as e:
    print('TypeError:', e)
class ContainsTruthy:
    def __contains__(self, x):
        return 'non-bool truthy'
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
