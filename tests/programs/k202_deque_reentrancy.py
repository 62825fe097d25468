# A native deque while Python code changes it from inside its own methods:
# __eq__, __repr__, __index__, __del__ and iterators that clear, grow,
# rotate or re-initialise the deque being worked on. Nothing may crash or
# read freed memory; errors are CPython's.
from collections import deque


def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Hook:
    def __init__(self, action):
        self.action = action

    def __eq__(self, other):
        self.action()
        return False

    def __hash__(self):
        return 0

    def __repr__(self):
        self.action()
        return 'Hook'


d = deque(range(10))
d.append(Hook(lambda: d.__init__(range(1000))))
attempt('count reinit', lambda: d.count(-1))
print(len(d))

d = deque(range(3))
d.append(Hook(lambda: d.rotate(1)))
attempt('remove rotate', lambda: d.remove(-1))

d = deque([Hook(lambda: d.clear()), 1, 2])
attempt('repr clears', lambda: repr(d))
print(d)

d = deque([Hook(lambda: d.extend(range(50)))] * 2)
attempt('repr grows', lambda: len(repr(d)) > 0)
print(len(d))


class Index:
    def __init__(self, action, value):
        self.action = action
        self.value = value

    def __index__(self):
        self.action()
        return self.value


d = deque(range(5))
attempt('getitem index clears', lambda: d[Index(d.clear, 2)])
d = deque(range(5))
attempt('insert index clears', lambda: (d.insert(Index(d.clear, 3), 'x'), d))
d = deque(range(5))
attempt('rotate index pops', lambda: (d.rotate(Index(d.pop, 2)), d))
d = deque(range(5))
attempt('index bound clears', lambda: d.index(4, Index(d.clear, 0)))
d = deque(range(5))
attempt('mul index clears', lambda: d * Index(d.clear, 2))


def feeding():
    for i in range(5):
        d.appendleft(('fed', i))
        yield i


d = deque()
d.extend(feeding())
print(d)
d = deque(maxlen=3)
d.extendleft(feeding())
print(d)


class Killer:
    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.clear()
        self.target.extend(range(3))


d = deque(maxlen=4)
for i in range(4):
    d.append(Killer(d))
d.append('pushes one out')
print(len(d), d[-1])
d = deque([Killer(d) for _ in range(3)])
d.__init__([1, 2])
print(d)
d = deque(range(3))
d.append(Killer(d))
d *= 0
print(d)
d = deque([0, 1, 2])
d.append(Killer(d))
d.remove(d[3])
print(d)

# Comparing two deques whose items change both.
a = deque([1, 2, 3])
b = deque([1, 2, 3])
a[1] = Hook(lambda: (a.clear(), b.clear()))
attempt('compare both cleared', lambda: a == b)
attempt('compare <', lambda: deque([Hook(lambda: None)]) < deque([Hook(lambda: None)]))

# Iterators that outlive changes, big rotations, deep nesting.
d = deque(range(5))
it = iter(d)
rit = reversed(d)
d.clear()
attempt('iterator after clear', lambda: next(it))
attempt('reverse iterator after clear', lambda: next(rit))
d = deque(range(1000))
for n in (1, -1, 999, -999, 500, 10**9 + 7, -(10**9 + 7)):
    d.rotate(n)
print(d[0], d[-1], sum(d))
nested = deque()
for _ in range(100000):
    nested = deque([nested])
del nested
print('nested freed')
d = deque(range(5))
d *= Index(d.clear, 3)
print(d)
attempt('huge repeat', lambda: deque([1]) * 10**30)
attempt('huge in-place repeat', lambda: d.__imul__(10**30))
attempt('too big repeat', lambda: deque(range(10)) * (2**62))
