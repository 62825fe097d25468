# printing sets of ints directly: CPython's hash-table iteration order for ints (incl. negatives, big values, after removals and growth)
print({3, 1, 2})
print({10, 100, 1000})
print(set(range(20, 0, -3)))
print({5, 13, 21, 29})
print({-1, -2, 0, 1, 2})
print({8, 16, 24, 32, 40})
print({2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, 7})
print({2 ** 64, 2 ** 32, 2 ** 16, 2 ** 8})
print(set([100, 50, 25, 12, 6, 3, 1]))
print({x * 7 for x in range(12)})
print({x * x for x in range(-5, 6)})
s = set()
for v in [31, 7, 63, 15, 127, 3, 255]:
    s.add(v)
print(s)
s.discard(63)
s.discard(3)
print(s)
s.add(3)
s.add(1000)
print(s)
t = set(range(50))
for v in range(0, 50, 3):
    t.remove(v)
print(t)
print(frozenset({9, 18, 27, 36}), frozenset(range(5, -5, -2)))
print({1, 2, 3} | {40, 50}, {1, 2, 3, 4} & {4, 3, 9}, {10, 20, 30} - {20}, {1, 2, 3} ^ {3, 4, 5})
print(set('') | {33, 17, 1}, sorted({'b', 'a', 'c'}))
print({0.5, 1.5, 2.0}, {True, 2, 3.0}, {-0.0, 0}, {1, 1.0, True})
u = {i for i in range(8)}
u.update([100, 9, 64])
print(u)
print(u.pop(), u.pop(), u)
w = {5, 6}
w |= {1, 2}
w -= {6}
w ^= {9, 1}
w &= {2, 5, 9, 7}
print(w)
print(set([3, 3, 3, 1]), {*range(3), *range(2, 6)}, list({33: 1, 1: 2}.keys()), list({33, 1}))
print([x for x in {17, 4, 9, 25, 1}], tuple({6, 3, 12}), max({4, 8, 2}), sorted({4, 8, 2}, reverse=True))
