# Subclasses of set and frozenset: construction and keyword rules, operators and
# methods returning the base type, frozenset.__new__ overrides, hashing,
# overridden __iter__/__contains__/__len__, no __weakref__ added.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class S(set):
    pass
class F(frozenset):
    pass
class FN(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __init__(self, *items):
        self.count = len(items)
class SI(set):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label
s = S([1, 2])
f = F([1, 2])
show('S', lambda: s)
show('F', lambda: f)
show('S()', lambda: S())
show('F()', lambda: F())
show('F empty is', lambda: F() is F())
show('frozenset() is', lambda: frozenset() is frozenset())
show('S kw', lambda: S(iterable=[1]))
show('set kw', lambda: set(iterable=[1]))
show('F kw', lambda: F(iterable=[1]))
show('frozenset kw', lambda: frozenset(iterable=[1]))
show('set 2', lambda: set([1], [2]))
show('frozenset 2', lambda: frozenset([1], [2]))
show('S |', lambda: s | {3})
show('| S', lambda: {3} | s)
show('S &', lambda: s & {1})
show('S -', lambda: s - {1})
show('S ^', lambda: s ^ {1, 5})
show('F |', lambda: f | {3})
show('frozenset | F', lambda: frozenset({3}) | f)
show('F union', lambda: f.union([7]))
show('F copy', lambda: f.copy())
show('F copy is', lambda: f.copy() is f)
show('frozenset copy is', lambda: (lambda x: x.copy() is x)(frozenset([1])))
show('S copy', lambda: s.copy())
show('S union', lambda: s.union([7]))
show('S intersection', lambda: s.intersection([1]))
show('S difference', lambda: s.difference([1]))
show('S symdiff', lambda: s.symmetric_difference([1, 9]))
show('S |=', lambda: type(S([1]).__ior__({2})).__name__)
show('hash F', lambda: hash(f) == hash(frozenset([1, 2])))
show('hash S', lambda: hash(s))
show('eq', lambda: (s == {1, 2}, f == {1, 2}, s == f))
show('in set', lambda: F([1]) in {frozenset([1])})
show('attr S', lambda: (setattr(s, 'q', 1), s.q, s.__dict__))
show('attr F', lambda: (setattr(f, 'q', 1), f.q, f.__dict__))
show('FN', lambda: FN(1, 2, 3))
show('FN count', lambda: FN(1, 2, 3).count)
show('SI', lambda: SI([1], 'L'))
show('SI label', lambda: SI([1], 'L').label)
show('SI |', lambda: SI([1], 'L') | {2})
show('frozenset.__new__(F)', lambda: frozenset.__new__(F, [1]))
show('set.__new__(S)', lambda: set.__new__(S, [1]))
show('frozenset(F)', lambda: type(frozenset(F([1]))).__name__)
show('frozenset(frozenset) is', lambda: (lambda x: frozenset(x) is x)(frozenset([1])))
show('F(F) is', lambda: (lambda x: F(x) is x)(F([1])))
show('sorted', lambda: sorted(s))
show('len', lambda: len(f))
show('repr empty', lambda: (repr(S()), repr(F())))
class R(set):
    def __repr__(self):
        return 'R!'
show('R', lambda: [R()])
class It(set):
    def __iter__(self):
        return iter([99])
    def __contains__(self, x):
        return x == 'magic'
    def __len__(self):
        return 1000
show('It list', lambda: list(It([1])))
show('It set', lambda: set(It([1])))
show('It |', lambda: It([1]) | {2})
show('It update', lambda: (lambda x: (x.update(It([1])), x)[1])(set()))
show('It in', lambda: ('magic' in It(), 1 in It([1])))
show('It len', lambda: len(It()))
show('It issubset', lambda: It([1]).issubset({1}))
show('It eq', lambda: It([1]) == {1})
show('slots', lambda: type('X', (frozenset,), {'__slots__': ('a',)})([1]))
def ca():
    x = S([1])
    x.__class__ = set
show('class assign', ca)
def ca2():
    x = F([1])
    class F2(frozenset): pass
    x.__class__ = F2
    return type(x).__name__
show('class assign F2', ca2)
show('weakref', lambda: ('__weakref__' in dir(S), '__weakref__' in dir(set)))
