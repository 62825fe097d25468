# dict insertion order after delete/reinsert and value update, views are live, view set operations, | and |=, equality, reversed
d = {}
for k in ['c', 'a', 'd', 'b']:
    d[k] = len(d)
print(d)
del d['a']
d['a'] = 'again'
d['c'] = 'updated keeps position'
print(d, list(d))
d.pop('d')
d['d'] = 0
print(list(d.items()))
keys = d.keys()
vals = d.values()
items = d.items()
d['new'] = 'n'
del d['c']
print(keys, vals, items, len(keys))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(keys & {'a', 'zz'}, sorted(keys | {'x'}), sorted(keys - {'a'}), sorted(keys ^ {'a', 'q'}), keys == {'b', 'a', 'd', 'new'})
print(('a', 'again') in items, ('a', 'x') in items, sorted(items & {('d', 0), ('q', 1)}), 'again' in vals)
print(keys.isdisjoint({'zz'}), keys >= {'a'}, keys < {'a', 'b', 'd', 'new', 'extra'})
x = {'a': 1, 'b': 2}
y = {'b': 3, 'c': 4}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [('d', 5)]
print(x)
try:
    x | [('e', 6)]
except TypeError as e:
    print('TypeError:', e)
print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {} == {}, {1: [1]} == {1: [1]}, {'a': 1} == [('a', 1)])
try:
    {1: 2} < {1: 2, 3: 4}
except TypeError as e:
    print('TypeError:', e)
print(list({True: 'a', 1: 'b', 1.0: 'c'}.items()), {0: 0, False: 1, 0.0: 2})
print(str(d.keys())[:9], type(d.values()).__name__, type(d.items()).__name__, repr({}.keys()), repr({}.items()))
print(list(zip(d, d.values())), list(enumerate(d)), dict(reversed(list(d.items()))))
print(d.values() == d.values(), list(d.values()) == list(d.values()))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
for i in range(0, 10, 2):
    big[i] = 'back'
print(len(big), list(big)[:5], list(big)[-6:])
