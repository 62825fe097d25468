# C.__dict__ and vars(C) are read-only mappingproxy views; changes go through the class
class C:
    x = 1
    def m(self): return 2
d = C.__dict__
print(type(d).__name__, d['x'], 'm' in d, len(d) > 3, sorted(k for k in d if not k.startswith('__')))
try:
    d['y'] = 2
except TypeError as e:
    print(e)
print(vars(C)['x'], d.get('zz', 5), list(d.keys())[:0], repr(type(d)({'a': 1})))
try:
    type(d)([1])
except TypeError as e:
    print(e)
print(type(d)({'a': 1}) | {'b': 2}, {'b': 2} | type(d)({'a': 1}))
print(type(d)({'a': 1}) == {'a': 1})
C.x = 5
print(C().x, C.__dict__['x'])
