# list construction, comparison (lexicographic, length), nested lists, * aliasing, += with any iterable vs + type errors, copying
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list(x * 2 for x in range(3)), list([1, [2]]))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2], [1, 2] != [2, 1], [[1]] < [[1, 1]])
print([1, 2] == (1, 2), [1.0, True] == [1, 1], [float('nan')] == [float('nan')], max([[1, 2], [1, 3], [0, 9]]))
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
grid[2][1] = 5
print(grid, [row[1] for row in grid], [grid[i][i] for i in range(3)], list(zip(*grid)))
a = [1, 2]
a += (3, 4)
a += 'xy'
a += range(2)
a += {9: 0}
a += (i * 10 for i in range(2))
print(a)
for bad in [lambda: [1] + (2,), lambda: [1] + 'a', lambda: [1] + None, lambda: [1] * [2], lambda: [1] - [1]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    b = [1]
    b += 5
except TypeError as e:
    print('TypeError:', e)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
orig = [[1, 2], [3]]
shallow = orig[:]
shallow[0].append(99)
shallow.append('new')
print(orig, shallow)
deep = [row[:] for row in orig]
deep[0][0] = 'changed'
print(orig, deep)
m = [1, 2, 3] * 2
print(m, [0] * 0, [] * 5, [None] * -1, [[]] * 2, 3 * ['a'])
print(len([[], [[]], [[], []]]), [[1, 2], [3, 4]][1][0], [[[5]]][0][0][0])
flat = [v for row in [[1, 2], [3], [], [4, 5, 6]] for v in row]
print(flat, sum(flat), flat[::-1], flat[len(flat) // 2])
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([i for i in range(20) if i % 3 == 0][-2:], list(reversed([1, 2, 3])), [1, 2, 3][::-1])
print(repr([]), str([1, 'two', 3.0, None, True, [5]]), repr(['quote\'s', "dq\""]))
count = 0
lst = [1, 2, 3]
for v in lst:
    if count < 3:
        lst.append(v * 10)
    count += 1
print(lst, count)
lst = [1, 2, 3, 4, 5, 6]
for v in lst:
    if v % 2 == 0:
        lst.remove(v)
print(lst)
