# iteration builtins: enumerate with start, zip uneven/strict, map with several iterables, filter with None, reversed, iter/next with default, iter(callable, sentinel)
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('xy', -2)), list(enumerate(range(2), 2 ** 64)))
print(list(zip()), list(zip('abc')), list(zip('abc', [1, 2])), list(zip(range(3), 'xyz', (True, False, None))), list(zip('a', [])))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip('abc', 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(zip('ab', 'xy', strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')), list(map(str.upper, 'hi')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, True])), list(filter(str.isdigit, 'a1b22c')), list(filter(lambda x: x > 1, (1, 2, 3))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1,))), list(reversed({'a': 1, 'b': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(x for x in [])
except TypeError as e:
    print('TypeError:', e)
it = iter([10, 20])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
values = [1, 2, 3, 0, 4]
pos = iter(values)
print(list(iter(lambda: next(pos), 0)))
it = iter('abc')
print(iter(it) is it, list(it), list(it))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], 'ab')
print(next(z), list(z))
e = enumerate('xyz')
print(next(e), next(e), list(e))
f = filter(None, [0, 5, 0, 6])
print(next(f), list(f))
for i, (a, b) in enumerate(zip('ab', 'cd'), start=1):
    print(i, a, b)
keys = ['a', 'b', 'c']
vals = [1, 2, 3]
print(dict(zip(keys, vals)), list(zip(*[(1, 'a'), (2, 'b')])), list(zip(*zip(keys, vals))))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter({})).__name__)
print(sum(1 for _ in zip(range(10 ** 9), 'abc')), list(map(len, ['', 'a', 'ab'])), list(zip(*['abc', 'def'])))
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    list(map(None, [1]))
except TypeError as e:
    print('TypeError:', e)
try:
    enumerate(5)
except TypeError as e:
    print('TypeError:', e)
