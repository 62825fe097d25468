# Subclasses of dict: __missing__ (and what ignores it), overridden __getitem__/
# __setitem__/keys/__iter__ and which operations use them (dict(), update, **),
# __init__/__new__ overrides, fromkeys, | and |=, pattern matching.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class D(dict):
    pass
class Missing(dict):
    def __missing__(self, key):
        self[key] = v = len(key) if isinstance(key, str) else key
        return v
class Upper(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.upper(), v)
    def __getitem__(self, k):
        return dict.__getitem__(self, k.upper())
    def keys(self):
        return ['A', 'B']
class It(dict):
    def __iter__(self):
        return iter(['x'])
    def __len__(self):
        return 7
d = D(a=1)
show('D', lambda: d)
show('D(map, kw)', lambda: D({'a': 1}, b=2))
show('D(pairs)', lambda: D([('a', 1)]))
show('D 2 args', lambda: D({}, {}))
show('dict 2 args', lambda: dict({}, {}))
show('attr', lambda: (setattr(d, 'z', 1), d.z, d.__dict__))
show('copy', lambda: d.copy())
show('fromkeys', lambda: D.fromkeys('ab', 0))
show('fromkeys Missing', lambda: Missing.fromkeys('ab'))
show('or', lambda: D(a=1) | {'b': 2})
show('ror', lambda: {'b': 2} | D(a=1))
show('ior', lambda: type(D(a=1).__ior__({'b': 2})).__name__)
m = Missing()
show('missing', lambda: m['abc'])
show('missing after', lambda: m)
show('missing get', lambda: m.get('zz'))
show('missing in', lambda: 'zz' in m)
show('missing int', lambda: Missing()[5])
show('dict missing ignored', lambda: dict.__getitem__(Missing(), 'q'))
show('missing pop', lambda: Missing().pop('q', 'dflt'))
show('missing setdefault', lambda: Missing().setdefault('q', 1))
class Missing2(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + str(key))
show('missing raise', lambda: Missing2()['k'])
class NoMissingCall(dict):
    __missing__ = None
show('missing None', lambda: NoMissingCall()['k'])
u = Upper()
u['a'] = 1
show('Upper', lambda: u)
show('Upper get', lambda: u['a'])
show('Upper .get', lambda: u.get('a'))
show('Upper update', lambda: (lambda x: (x.update(b=2), x)[1])(Upper()))
show('Upper init', lambda: Upper(c=3))
show('Upper dict()', lambda: dict(Upper(c=3)))
show('Upper **', lambda: (lambda **k: k)(**u))
show('dict update from Upper', lambda: (lambda x: (x.update(Upper(q=1)), x)[1])({}))
show('It list', lambda: list(It(a=1)))
show('It dict()', lambda: dict(It(a=1)))
show('It **', lambda: (lambda **k: k)(**It(a=1)))
show('It len', lambda: len(It(a=1)))
show('It repr', lambda: repr(It(a=1)))
show('It keys', lambda: list(It(a=1).keys()))
show('It update', lambda: (lambda x: (x.update(It(a=1)), x)[1])({}))
show('It {**}', lambda: {**It(a=1)})
show('eq', lambda: D(a=1) == {'a': 1})
show('hash', lambda: hash(D()))
show('dict.__new__(D)', lambda: dict.__new__(D))
show('dict.__new__(D) attr', lambda: dict.__new__(D).__dict__)
class I(dict):
    def __init__(self, *a, **k):
        print('I init', a, k)
        super().__init__(*a, **k)
show('I', lambda: I({'x': 1}, y=2))
class N(dict):
    def __new__(cls, *a, **k):
        print('N new', a, k)
        return super().__new__(cls)
show('N', lambda: N({'x': 1}, y=2))
def m(v):
    match v:
        case {'a': x}:
            return ('a', x)
    return 'no'
show('match', lambda: m(D(a=5)))
show('match Missing', lambda: m(Missing()))
show('slots', lambda: type('X', (dict,), {'__slots__': ('a',)})(q=1))
def sl():
    X = type('X', (dict,), {'__slots__': ('a',)})
    x = X()
    x.a = 5
    return x.a
show('slots set', sl)
def ca():
    x = D(a=1)
    x.__class__ = Missing
    return x['zz'], x
show('class assign', ca)
show('globals D', lambda: eval('a + 1', D(a=1)))
class Glob(dict):
    def __missing__(self, key):
        return 100
show('exec locals Missing', lambda: eval('zz + 1', {}, Glob()))
show('vars', lambda: vars(D()))
show('print', lambda: print(D(a=[1])))
show('str', lambda: str(D()))
show('keys type', lambda: type(D(a=1).keys()).__name__)
show('sorted', lambda: sorted(D(b=1, a=2)))
show('popitem', lambda: D(a=1).popitem())
show('reversed', lambda: list(reversed(D(a=1, b=2))))
