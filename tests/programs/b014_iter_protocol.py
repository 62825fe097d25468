# iterator classes with __iter__/__next__, iterables returning fresh iterators, __reversed__, __getitem__ fallback, StopIteration semantics
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
    def __reversed__(self):
        return iter(['reversed', 'custom'])
    def __len__(self):
        return (self.n + 1) // 2
r = Range2(7)
print(list(r), list(r), sum(r), list(reversed(r)), len(r), 4 in r, 5 in r, max(r), sorted(r, reverse=True))
print(list(zip(r, Countdown(10))), list(enumerate(r)), dict.fromkeys(r), [*r], {*r} == {0, 2, 4, 6})
a, b, *rest = Range2(9)
print(a, b, rest)
class SeqOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return 'item%d' % i
    def __len__(self):
        return 3
print(list(SeqOnly()), list(reversed(SeqOnly())), 'item1' in SeqOnly(), type(iter(SeqOnly())).__name__)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print('TypeError:', e)
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('ignored value')
print(list(StopWithValue()), next(StopWithValue(), 'default'))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)))
it = iter(Fib(10))
print(next(it), next(it), next(it), list(it))
class Resumable:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i % 3 == 0:
            raise StopIteration
        return self.i
res = Resumable()
print(list(res), list(res), list(res))
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), sum(t), [v for v in t if v % 2])
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print('TypeError:', e)
class Rev2:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(Rev2())
except TypeError as e:
    print('TypeError:', e)
