# dict error cases: KeyError repr of keys of many types, unhashable keys, changing size during iteration, missing view support
d = {'a': 1}
for key in ['missing', 42, 2.5, (1, 'x'), None, '', "it's", 'line\nbreak', True, frozenset(), -0.0]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError:', e, '|', repr(e), '|', e.args, '|', repr(str(e)))
try:
    del d['nope']
except KeyError as e:
    print('del KeyError:', e)
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print('TypeError:', e)
    try:
        print(bad in d)
    except TypeError as e:
        print('TypeError:', e)
    try:
        d.get(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    {[]: 1}
except TypeError as e:
    print('TypeError:', e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print('TypeError:', e)
e = {i: i for i in range(5)}
try:
    for k in e:
        if k == 2:
            e[99] = 99
except RuntimeError as ex:
    print('RuntimeError:', ex)
print(e)
try:
    for k in e:
        del e[k]
except RuntimeError as ex:
    print('RuntimeError:', ex)
print(e)
try:
    for v in e.values():
        e.pop(3)
except RuntimeError as ex:
    print('RuntimeError:', ex)
try:
    for kv in e.items():
        e.clear()
except RuntimeError as ex:
    print('RuntimeError:', ex)
f = {1: 'a', 2: 'b'}
for k in f:
    f[k] = f[k] * 2
print(f)
for k in list(f):
    if k == 1:
        del f[k]
print(f)
try:
    f.keys()[0]
except TypeError as ex:
    print('TypeError:', ex)
try:
    {}['k'] += 1
except KeyError as ex:
    print('KeyError:', ex)
try:
    {}.popitem()
except KeyError as ex:
    print('KeyError:', ex)
try:
    {1: 2} + {3: 4}
except TypeError as ex:
    print('TypeError:', ex)
try:
    {}.fromkeys()
except TypeError as ex:
    print('TypeError:', ex)
print(f.get([1]) if False else 'ok', {}.get(1, {}).get(2, 'chain'))
