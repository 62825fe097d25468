# slice objects: repr, attributes, indices() normalization for many cases, use with lists/strings/tuples, equality, errors
for s in [slice(3), slice(1, 4), slice(1, 10, 2), slice(None, None, -1), slice(-3, None), slice(5, 1, -2), slice(None), slice('a', 'b')]:
    print(repr(s), s.start, s.stop, s.step)
cases = [(slice(None), 10), (slice(2, 7), 10), (slice(-3, None), 10), (slice(None, None, -1), 10), (slice(-100, 100), 10),
         (slice(100, -100, -1), 10), (slice(3, 3), 10), (slice(None, None, 3), 0), (slice(1, None, -2), 5), (slice(-1, -8, -3), 5),
         (slice(7, None, -1), 5), (slice(None, -7, -1), 5), (slice(0, 5, 10), 3)]
for s, n in cases:
    idx = s.indices(n)
    print(s, n, idx, list(range(*idx)), list(range(n))[s] == list(range(*idx)))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    slice('a', 'b').indices(5)
except TypeError as e:
    print('TypeError:', e)
s = slice(1, -1, 2)
data = list(range(10))
print(data[s], 'abcdefgh'[s], tuple('abcdefgh')[s], range(10)[s])
data[s] = ['x'] * 4
print(data)
del data[slice(0, None, 3)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(0) == slice(None, 0))
print(slice(1, 2, 3) < slice(1, 2, 4), slice(2) > slice(1))
try:
    hash(slice(1, 2))
    print('slice hashable')
except TypeError as e:
    print('TypeError:', e)
print(type(slice(1)).__name__, slice(2 ** 70, -(2 ** 70)).indices(10), slice(None, None, 2 ** 70).indices(10))
