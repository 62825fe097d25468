# Long add/remove churn on sets, with keys that are all distinct: deleted
# markers must never fill the table, so every probe ends and each loop stays
# fast.

s = set()
for i in range(50000):
    s.add(i)
    s.pop()
print("add/pop", len(s))

s = set()
for i in range(50000):
    s.add(i * 7919)
    s.discard(i * 7919)
print("add/discard", len(s))

# A sliding window of 100 keys.
s = set(range(100))
for i in range(100, 20000):
    s.add(i)
    s.remove(i - 100)
print("window", len(s), min(s), max(s))

# str and tuple keys, and keys that collide on purpose.
class Same:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, Same) and self.n == other.n


s = set()
for i in range(10000):
    s.add(f"k{i}")
    s.discard(f"k{i}")
    s.add((i, i))
    s.pop()
for i in range(300):
    s.add(Same(i))
    s.discard(Same(i))
print("mixed", len(s))

# Absent keys are still found absent after the churn.
print("absent", 123456789 in s, Same(5) in s)

# set operations that churn: symmetric_difference_update back and forth.
s = {1, 2, 3}
for i in range(5000):
    s ^= {i + 10}
    s ^= {i + 10}
print("xor churn", sorted(s))

# frozenset built from a churned set hashes the same as a fresh one.
s = set()
for i in range(1000):
    s.add(i)
    s.discard(i)
s.update([1, 2, 3])
print("frozen", hash(frozenset(s)) == hash(frozenset([1, 2, 3])), frozenset(s) == {1, 2, 3})
