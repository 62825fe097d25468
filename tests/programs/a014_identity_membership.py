# is / is not on None/True/shared objects, in / not in for every container type, membership calling __eq__ via ==, nan identity shortcut
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
t = ()
print(t is t, None is None, True is not False, type(a) is list, type(True) is bool, type(1) is not bool)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], not 3 in [1, 2], 1.0 in [1], True in [1], 0 in [False])
print('b' in 'abc', 'bc' in 'abc', 'ac' in 'abc', '' in 'abc', '' in '', 'A' in 'abc', 'abc' in 'ab')
print(2 in (1, 2), 2 in {2: 'x'}, 'x' in {2: 'x'}, 2 in {1, 2}, 2 in frozenset([2]), 2 in range(0, 10, 2), 3 in range(0, 10, 2))
print(-4 in range(0, -10, -2), -5 in range(0, -10, -2), 10 in range(10), 2.0 in range(3), 2.5 in range(3))
print(2 ** 70 in range(2 ** 71), 2 ** 70 in range(0, 2 ** 71, 3), [1] in [[1], [2]], (1, 2) in [(1, 2)], {1: 2} in [{1: 2}])
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan], (nan,) == (nan,), nan in {nan}, float('nan') in [nan])
d = {'k': 1, 'j': 2}
print('k' in d, 1 in d, 'k' in d.keys(), 1 in d.values(), ('k', 1) in d.items(), ('k', 2) in d.items())
it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it))
it = iter([1, 2, 3])
print(9 in it, list(it))
g = (x * x for x in range(10))
print(16 in g, next(g), 4 in g)
for container in ([], (), {}, set(), '', range(0)):
    print(type(container).__name__, 0 in container if not isinstance(container, str) else 'a' in container)
for bad in [lambda: 1 in 5, lambda: [] in {}, lambda: 1 in 'abc', lambda: [] in set(), lambda: 'a' in None]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
x = None
print(x is None, x is not None, x == None)
m = [[0] * 2] * 2
print(m[0] is m[1], [[0] * 2 for _ in range(2)][0] is [[0] * 2 for _ in range(2)][1])
s1 = 'hello world'
print(s1 is s1, s1[:] is s1, list(s1) is list(s1), a[:] is a, tuple(t) is t)
