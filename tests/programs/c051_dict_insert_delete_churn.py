# Long insert/delete churn must never fill a dict's index table with deleted
# markers: every probe has to meet an empty slot and end. Each loop below
# used to hang (LRU-style set-then-popitem) or must stay fast.

# LRU-style: add the newest, drop it again with popitem.
d = {}
for i in range(200000):
    d[i] = i
    d.popitem()
print("popitem churn", len(d))

# A bounded cache: add the newest, evict the oldest.
cache = {}
for i in range(50000):
    cache[i] = i
    if len(cache) > 100:
        del cache[next(iter(cache))]
print("evict oldest", len(cache), min(cache), max(cache))

# Add then pop the same key, with str keys and with tuple keys.
d = {}
for i in range(20000):
    d[f"k{i}"] = i
    d.pop(f"k{i}")
for i in range(20000):
    d[(i, i)] = i
    del d[(i, i)]
print("pop/del churn", len(d))

# popitem on a dict that keeps a few long-lived keys.
d = {"a": 1, "b": 2, "c": 3}
total = 0
for i in range(30000):
    d[i] = i
    key, value = d.popitem()
    total += value
print("kept keys", sorted(d), total)

# Lookups of absent keys in a churned dict still end (they probe to an empty slot).
d = {}
for i in range(1000):
    d[i] = i
    d.popitem()
print("absent", d.get(12345), 12345 in d, len(d))

# setdefault/pop churn, and a dict that grows and shrinks repeatedly.
d = {}
for i in range(20000):
    d.setdefault(i, []).append(i)
    d.pop(i)
for round in range(5):
    for i in range(1000):
        d[i] = round
    for i in range(1000):
        del d[i]
print("grow/shrink", len(d))
