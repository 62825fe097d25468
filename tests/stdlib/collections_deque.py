# SPDX-License-Identifier: GPL-3.0-or-later
# collections.deque: every method, maxlen, errors, mutation during iteration.
from collections import deque
def t(expr):
    try:
        r = eval(expr)
        print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
d = deque([1, 2, 3])
for e in ["deque().pop()", "deque().popleft()", "d[5]", "d[-4]", "d['a']", "d[1:2]", "deque([1], maxlen=-1)", "deque([1], maxlen='a')", "deque([1], maxlen=2.0)", "deque(maxlen=None)",
 "deque([1,2,3], 2)", "deque(1)", "deque([1], 2, 3)", "deque(x=1)", "d.index(7)", "d.index(2, 2)", "d.index(3, -1)", "d.index(1, 0, 10)", "d.index(1, 'a')", "d.remove(9)",
 "deque([1], 1).insert(0, 2)", "d + [1]", "d + deque([9])", "d * 2", "2 * d", "deque([1,2], 3) * 3", "d == deque([1,2,3])", "d == [1,2,3]", "d < deque([1,2,4])",
 "deque([1,2,3], maxlen=5)", "deque(maxlen=0)", "deque('abc').maxlen", "d.copy()", "deque([1], maxlen=3).copy()", "list(reversed(d))", "d.count(2)", "deque([[1]]).count([1])",
 "deque.__name__", "type(iter(d)).__name__", "d.__class_getitem__(int)", "len(d)", "bool(deque())", "d.rotate('a')", "d.insert('a', 1)", "d.extend(1)", "deque([1,2,3,4,5], 3)", "d.maxlen", "deque(range(10), maxlen=3).maxlen"]:
    t(e)
d = deque(range(5))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.insert(-1, 'x'); d.insert(100, 'y'); d.insert(-100, 'z'); print(d)
del d[1]; d[0] = 'Q'; print(d, d[-1])
d.reverse(); print(d)
d.extendleft('abc'); print(d)
e = deque([1,2], 4); e.extend(e); print(e)
e = deque([1,2]); e += e; print(e)
e = deque([1,2]); e *= 3; print(e)
e = deque([1,2], 5); e *= 3; print(e)
e = deque([1,2,3], 2); print(e)
e.appendleft(0); print(e)
e.append(9); print(e)
e = deque(); e.append(e); print(e)
try:
    for x in d:
        d.append(1)
except RuntimeError as ex: print(ex)
d = deque([1, 2])
it = iter(d); d[0] = 5; print(list(it))
class D(deque): pass
print(D([1]), repr(D([1], 3)))
print(deque([1,2]).__reduce__()[:3])
d = deque('abcde'); print(d.index('c'), d.index('c', -3), d.index('e', 1, -0 or 5))
import copy; print(copy.copy(deque([1], 2)), copy.deepcopy(deque([[1]])))
d = deque([1,2,3]); d.clear(); print(d)
d = deque([1, 2]); print(d.pop(), d.popleft(), d)
d = deque([1,2,3]); d.__init__([7]); print(d)
