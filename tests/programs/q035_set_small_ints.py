# Sets of small ints answer membership from a bit index while every key is a
# small int; keys that only equal an int (True, 1.0, an int subclass) must
# still be found, and every way of emptying, copying or swapping a set must
# keep the answers right.


class Three(int):
    def __eq__(self, other):
        return int(self) == other

    def __hash__(self):
        return 3


def show(label, s, probes):
    print(label, sorted(s, key=repr), [p in s for p in probes])


probes = [-65, -64, -1, 0, 1, 2, 3, 63, 64, 191, 192, 10**20, True, False, 1.0, 3.0]

s = {0, 1, 2, -1, -64, 191}
show("ints", s, probes)
s.add(True)  # equal to 1: not added
s.add(2.0)   # equal to 2: not added
show("after equal adds", s, probes)
s.discard(1.0)
show("1 discarded as 1.0", s, probes)
s.add(192)
s.add(-65)
show("outside the window", s, probes)

b = {True, 0.0}
show("bool and float keys", b, probes)
b.add(5)
show("then an int", b, probes)
b.discard(True)
b.discard(0)
b.discard(5)
show("emptied", b, probes)
b.add(7)
show("small ints again", b, probes)

t = {1, 2}
t.add(Three(3))
show("int subclass", t, probes)
t.remove(3)
show("removed by its equal", t, probes)

p = {4, 5, 6}
while p:
    x = p.pop()
    print("popped", x, x in p, len(p))
p.add(6)
show("after pops", p, probes)

c = {10, 20, 30}
d = c.copy()
d.remove(20)
show("copy", d, [10, 20, 30])
show("original", c, [10, 20, 30])
f = frozenset(c)
show("frozenset", f, [10, 20, 30, 40])
e = c | {1.5}
show("union with a float", e, [10, 1.5, 2])

i = {1, 2, 3, 4}
i &= {2.0, 4}
show("intersection update", i, [1, 2, 3, 4, 2.0])
j = {1, 2, 3}
j ^= {3, 4}
show("symmetric difference update", j, [1, 2, 3, 4])
k = {1, 2, 3}
k -= {2}
show("difference update", k, [1, 2, 3])
k.clear()
show("cleared", k, [1, 3])
k.update([True, 2])
show("update with a bool", k, [1, 2, True, 3])

cols = set()
found = 0
for r in range(200):
    for c in range(-10, 10):
        if c not in cols:
            cols.add(c)
        else:
            cols.remove(c)
            found += 1
print("churn", found, sorted(cols))
print({x for x in range(100) if x % 7 == 0} == set(range(0, 100, 7)))
