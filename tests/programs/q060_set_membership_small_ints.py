# Membership in sets and frozensets of small ints (answered by the set's
# bitmap inline), mixed sets, after removals and clearing, unhashable keys.
s = {1, 2, 3, -5, 100}
f = frozenset({7, 8})
m = {1, "a", 2.5}
for k in [1, 2, 4, -5, -6, 100, 191, 192, 1000, True, False, 1.0, 2.5, "a", None, 2**70]:
    print(k, k in s, k not in s, k in f, k in m, k not in m)
    if k in s:
        print("yes")
    if k not in f:
        print("no f")
s.discard(2); s.add(191); s.add(-64); s.add(-65)
print(2 in s, 191 in s, -64 in s, -65 in s)
s.clear(); print(1 in s)
try:
    [] in s
except TypeError as e:
    print(e)
print({1} in {frozenset({1})})
