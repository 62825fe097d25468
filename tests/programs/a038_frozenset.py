# frozenset: immutability, hashing, use as dict key / set element, mixed set/frozenset operator result types, equality with set
f = frozenset([3, 1, 2])
g = frozenset('ab')
print(len(f), 2 in f, sorted(f), sorted(g), f == {1, 2, 3}, {1, 2, 3} == f, frozenset() == set())
print(type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, type({1} - f).__name__, type(f ^ f).__name__)
print(type(f.union([9])).__name__, type(f.copy()).__name__, f.copy() is f, sorted(f.difference([1])), f.issubset(range(5)))
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update']:
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
try:
    f |= {9}
    print(sorted(f), type(f).__name__)
except TypeError as e:
    print('TypeError:', e)
d = {frozenset([1, 2]): 'pair', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], frozenset([1, 2]) in d)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset()))
print(repr(frozenset()), repr(frozenset([5])), str(frozenset(['only'])), frozenset(frozenset([7])))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(len(nested), frozenset([1]) in nested, sorted(len(x) for x in nested))
print({1, 2} == frozenset({1, 2}), {1, 2} < frozenset({1, 2, 3}), frozenset({1}) <= {1})
power = [frozenset()]
for item in [1, 2, 3]:
    power += [sub | {item} for sub in power]
print(len(power), sorted(sorted(p) for p in power))
print(set(frozenset([4, 5])) == {4, 5}, frozenset(x % 3 for x in range(10)) == frozenset({0, 1, 2}))
print(frozenset.__name__, isinstance(f, frozenset), isinstance(f, set), issubclass(frozenset, set))
