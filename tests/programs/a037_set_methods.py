# set methods and operators: add/remove/discard/pop/clear/copy/update variants, union/intersection with several args, subset tests, errors
a = {1, 2, 3}
b = {3, 4}
print(sorted(a.union(b, [9], 'x' and (10,))), sorted(a.intersection(b, {3, 9})), sorted(a.difference(b, [1])), sorted(a.symmetric_difference([3, 5])))
print(a.issubset({1, 2, 3, 4}), a.issubset(a), a.issuperset([1]), a.isdisjoint(b), a.isdisjoint([7, 8]), a <= a, a < a, a >= {1}, a > {1, 2, 3})
print({1} < {1, 2}, {1, 2} > {1}, {1} <= {2}, set() < {1}, set() <= set(), {1, 2} == {2, 1}, {1} != {1.0})
c = a.copy()
c.add(99)
c.update([5, 6], {7})
c.intersection_update(range(1, 8))
print(sorted(c), sorted(a))
c.difference_update({5}, [6])
print(sorted(c))
c.symmetric_difference_update({1, 100})
print(sorted(c))
c.clear()
print(c, len(c), bool(c))
d0 = {1}
for f in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1} | [2], lambda: {1} & 'a', lambda: {1} - None,
          lambda: {[1]}, lambda: set().add([]), lambda: {1} < [1], lambda: set(5), lambda: {1} + {2}, lambda: d0[0]]:
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ':', e)
d = {1, 2}
print(d.discard(5), d.discard(1), d, d.remove(2), d)
print(repr(set()), str(set()), repr({'a'}), set('aaa'), set({'k': 1}), set((1, 2, 2)), set([]))
words = 'the cat and the hat and the bat'.split()
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups, len(seen), sorted(seen))
print(sorted({w[0] for w in words}), sorted(set(words) - {'the'}), len(set(words) & {'cat', 'dog'}))
x = {1, 2}
y = x
x |= {3}
print(y, x is y)
x = x | {4}
print(y, x is y)
e = set()
e.add(())
e.add((1, 2))
e.add(frozenset([1]))
e.add(None)
print(len(e), () in e, (1, 2) in e, frozenset({1}) in e, {1} in e if False else 'skip')
try:
    {1} in e
except TypeError as ex:
    print('TypeError:', ex)
print(set.union({1}, {2}) == {1, 2}, set().union(), set().intersection(), {1, 2}.intersection())
