# every dict method: get/setdefault/pop with default/popitem LIFO/update forms/keys/values/items/copy/clear/fromkeys, and errors
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 99), d.setdefault('c'), d.setdefault('e', []), d)
d['e'].append('shared?')
print(d, d.pop('c'), d.pop('missing', 'dflt'), d)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError:', e)
d.update({'x': 10}, y=20)
d.update([('z', 30), ('a', 0)])
d.update(b=-2)
d.update()
print(d)
print(d.popitem(), d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print('KeyError:', ex)
print(list(d.keys()), list(d.values()), list(d.items()), len(d.keys()))
c = d.copy()
c['new'] = 1
print(d, c, c is d)
c.clear()
print(c, d)
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), 'v'), dict.fromkeys([]))
f = dict.fromkeys(['p', 'q'], [])
f['p'].append(1)
print(f)
print(dict(), dict(a=1, b=2), dict([('k', 'v'), ['x', 'y']]), dict({'m': 1}, n=2), dict(zip('ab', [1, 2])), dict({1: 2}.items()))
print(dict(['ab', 'cd']), dict([(1, 2), (1, 3)]), dict(a=1, **{'b': 2}))
for f2 in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(['abc']), lambda: dict(5), lambda: {}.update(3),
           lambda: {}.update([(1,)]), lambda: d.get(), lambda: {}.pop(), lambda: dict({}, {})]:
    try:
        print(f2())
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ':', ex)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
inv = {v: k for k, v in counts.items()}
print(inv)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested, nested['a']['b']['c'])
print({1: 'int', 2.5: 'float', (1, 2): 'tuple', None: 'none', 'k': 'str', True: 'bool-overrides-1', frozenset([1]): 'fs'})
