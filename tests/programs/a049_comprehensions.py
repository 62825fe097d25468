# list/set/dict comprehensions: filters, nested loops order, nested comprehensions, loop variable does not leak, outer locals, conditional exprs
print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 if x % 2], [(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)], [c.upper() for c in 'abc' if c != 'b'])
print(sorted({x % 4 for x in range(10)}), {k: v for k, v in zip('abc', range(3))}, {v: k for k, v in {'a': 1, 'b': 1}.items()})
print([x if x % 2 else -x for x in range(6)], [a + b for a, b in [(1, 2), (3, 4)]], [(i, *p) for i, p in enumerate([(9, 8)])])
x = 'outer x'
result = [x for x in range(3)]
print(x, result)
def func_scope():
    n = 10
    factor = 3
    data = [n * factor + i for i in range(3)]
    pairs = {i: [j * factor for j in range(i)] for i in range(3)}
    return data, pairs, n
print(func_scope())
try:
    [leak for leak in range(3)]
    print(leak)
except NameError as e:
    print('NameError:', e)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0], sum(v for row in matrix for v in row))
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]], {w: len(w) for w in words if len(w) > 3}, {len(w) for w in words} == {3, 5, 6})
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j], [[0] * n for n in range(3)])
print([y for y in [x * 2 for x in range(5)] if y > 3], [(lambda q: q + 1)(v) for v in range(3)])
it = iter(range(6))
print([(a, b) for a, b in zip(it, it)])
print({k: v for k, v in sorted({'b': 2, 'a': 1}.items())}, dict((i, i * i) for i in range(3)))
print([s for s in ('a', 'b') for _ in range(2)], [*(c for c in 'xy'), *[1]])
outer_list = [1, 2, 3]
print([v + len(outer_list) for v in outer_list], [outer_list[i] for i in range(len(outer_list) - 1, -1, -1)])
nested = [[[k for k in range(j)] for j in range(i)] for i in range(3)]
print(nested)
try:
    print([1 / v for v in [1, 0]])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print([i for i in range(3) if i in {1, 2}], [(x, y) for x in 'ab' if x != 'c' for y in 'cd' if y != 'c'])
counter = {}
[counter.__setitem__(c, counter.get(c, 0) + 1) for c in 'banana']
print(counter)
print([i for i in [] if undefined_name], {i: 1 / 0 for i in ()})
