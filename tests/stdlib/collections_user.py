# SPDX-License-Identifier: GPL-3.0-or-later
# collections: UserString, UserList, UserDict and ChainMap in more detail.
from collections import UserString, UserList, UserDict, ChainMap, Counter
s = UserString('Hello World')
for name in ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalpha', 'isascii', 'isupper', 'istitle', 'isspace', 'isdigit']:
    r = getattr(s, name)()
    print(name, repr(r), type(r).__name__)
print(s.center(15, '*'), s.ljust(13, '.'), s.rjust(13), s.zfill(14), s.expandtabs(), s.count('o'), s.count(UserString('l')), s.find(UserString('W')), s.rfind('o'))
print(s.index('W'), s.rindex('o'), s.startswith('He'), s.endswith(('ld', 'x')), s.partition(' '), s.rpartition('o'), s.split(), s.rsplit('o', 1), s.splitlines())
print(s.replace('l', 'L', 2), s.replace(UserString('World'), UserString('There')), s.strip('Hd'), s.lstrip('H'), s.rstrip('d'), s.removeprefix(UserString('Hello ')), s.removesuffix('World'))
print(s.join(['a', 'b']), s.translate({ord('o'): '0'}), s.encode(), s.encode(None, None), s.format(), UserString('{} {x}').format(1, x=2), UserString('%s!') % 'hi', s < 'Z', s >= UserString('Hello'))
print(len(s), s[0], s[-5:], s * 2, 'x' + s, s + 1, int(UserString('42')) + 1, float(UserString('1.5')), hash(s) == hash('Hello World'), 'World' in s, UserString('W') in s, UserString(12))
print(s.count.__name__, UserString.upper.__qualname__, s.isidentifier(), s.isprintable(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.islower())
try: s.index(UserString('W'))
except TypeError as e: print('TypeError', e)
l = UserList([3, 1, 2])
l2 = l + (9,); l3 = (8,) + l if False else [8] + l
l += UserList([7]); l *= 2
print(l, l2, l3, type(l2).__name__, l.count(3), l.pop(), l.pop(0), l, l < [9], l > UserList([0]), l.copy(), 3 in l)
l.extend(UserList([5])); l.remove(1); l.reverse(); l.insert(0, 'x'); print(l, l[::2], l.index(2))
del l[0]; l[0] = 'y'; l.clear(); print(l, UserList(), UserList('ab'), UserList(l) == l)
d = UserDict({'a': 1}, b=2)
print(d, d | UserDict(c=3), {'z': 0} | d, d.get('a'), d.get('q', 'dflt'), d.pop('a'), d.setdefault('n', 5), d, list(d.items()), d == {'b': 2, 'n': 5})
class Missing(UserDict):
    def __missing__(self, key): return key * 2
m = Missing(); print(m['ab'], 'ab' in m, len(m))
d |= {'k': 1}; print(d, d.copy(), type(Missing().copy()).__name__)
try: UserDict()['x']
except KeyError as e: print('KeyError', e)
c = ChainMap({'a': 1, 'b': 2}, {'b': 3, 'c': 4}, {'d': 5})
print(list(c), list(c.items()), len(c), c.get('d'), c.copy(), c.new_child(x=1), c.parents.parents, repr(ChainMap()))
c2 = ChainMap(); c2['self'] = c2; print(c2)
print(c.pop('a'), c.popitem(), c)
try: c.pop('zz')
except KeyError as e: print('KeyError', e)
try: ChainMap({}).popitem()
except KeyError as e: print('KeyError', e)
print({'q': 9} | c, c | {'q': 9}, c.__or__(3))
print(Counter('hello') & Counter('world'), Counter('hello') | Counter('world'), Counter(a=2, b=-1) - Counter(b=-3, c=-1), Counter(a=1) + Counter(b=-1, c=2))
print(Counter(a=1, b=2) > Counter(a=1), Counter(a=1) >= Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=1))
c4 = Counter(); c4.update(['a', 'b', 'a']); c4.subtract({'a': 5}); c4.subtract(['b']); print(c4, c4.most_common(1), list(c4.elements()))
