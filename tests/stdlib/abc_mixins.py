# SPDX-License-Identifier: GPL-3.0-or-later
# collections.abc: the mixin methods of MutableSequence, MutableMapping and MutableSet.
import collections.abc as cabc
class MS(cabc.MutableSequence):
    def __init__(self, d): self.d = list(d)
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
m = MS([1, 2, 3, 4, 5]); m.reverse(); print(m.d); m.append(0); m.extend(m); print(m.d, m.pop(), m.pop(0), m.index(3), m.count(1))
m.remove(3); m += [9]; print(m.d, list(reversed(m)), 9 in m, m.index(1, -3)); m.clear(); print(m.d)
try: m.index(42)
except ValueError as e: print('VE', repr(e))
class MM(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm.update({'a': 1}, b=2); mm.update([('c', 3)]); print(mm.d, mm.pop('a'), mm.pop('z', 0), mm.popitem(), mm.setdefault('x', 7), mm.setdefault('x', 8), mm.d)
try: mm.pop('nope')
except KeyError as e: print('KE', e)
mm.clear(); print(mm.d)
try: mm.popitem()
except KeyError as e: print('KE', repr(e), e.__context__)
class MS2(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MS2([1, 2, 3]); a ^= [3, 4]; print(sorted(a.s)); a &= {1, 4, 9}; print(sorted(a.s)); a -= a; print(a.s)
try: a.pop()
except KeyError as e: print('KE', repr(e), repr(e.__context__))
print(sorted(MS2([1,2]) | [3]), sorted([5] | MS2([1])) if False else '', sorted(MS2([1, 2]) - [2]), sorted({1, 5} - MS2([1])), MS2([1]) < MS2([1, 2]), MS2([1,2]) > MS2([2]), MS2([1]).isdisjoint({2}))
