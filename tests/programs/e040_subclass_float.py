# Subclasses of float: construction (args, keywords, __new__/__init__), the heap form of
# their instances (attributes, __slots__), arithmetic returning plain floats,
# dunder overrides taking priority, float() / int() / complex() / % on them.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class F(float):
    pass
class Money(float):
    def __new__(cls, amount, currency='EUR'):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self
    def __init__(self, amount, currency='EUR'):
        self.inited = True
    def __repr__(self):
        return '%s %.2f' % (self.currency, self)
    def __str__(self):
        return 'Money(' + float.__repr__(self) + ')'
    def __add__(self, other):
        return Money(float(self) + float(other), self.currency)
    __radd__ = __add__
    def __eq__(self, other):
        return float(self) == float(other)
    __hash__ = float.__hash__
class Neg(float):
    def __neg__(self):
        return 'negated'
    def __bool__(self):
        return True
    def __float__(self):
        return 99.0
    def __int__(self):
        return 77
    def __round__(self, n=None):
        return 'rounded'
    def __lt__(self, other):
        return 'lt'
    def __rsub__(self, other):
        return 'rsub'
    def __truediv__(self, other):
        return 'div'
    def __divmod__(self, other):
        return 'divmod'
    def __rdivmod__(self, other):
        return 'rdivmod'
    def __pow__(self, other, mod=None):
        return 'pow'
    def __rpow__(self, other, mod=None):
        return 'rpow'
f = F(1.5)
show('F', lambda: f)
show('F()', lambda: F())
show('F(str)', lambda: F(' 2.5 '))
show('F(int)', lambda: F(3))
show('F(big)', lambda: F(10**20))
show('F(F)', lambda: F(F(2.0)))
show('F(bytes)', lambda: F(b'1e3'))
show('F(inf)', lambda: F('inf'))
show('F(nan)', lambda: F('nan'))
show('F bad', lambda: F('x'))
show('F list', lambda: F([]))
show('F kw', lambda: F(x=1))
show('F 2', lambda: F(1, 2))
show('float kw', lambda: float(x='1'))
show('type', lambda: (type(f).__name__, isinstance(f, float), isinstance(f, F), issubclass(F, float)))
show('F + 1', lambda: f + 1)
show('1 + F', lambda: 1 + f)
show('F + F', lambda: f + f)
show('F - 1', lambda: f - 1)
show('F * 2', lambda: f * 2)
show('F / 2', lambda: f / 2)
show('F // 1', lambda: f // 1)
show('F % 1', lambda: f % 1)
show('F ** 2', lambda: f ** 2)
show('2 ** F', lambda: 2 ** f)
show('pow3', lambda: pow(f, 2, 3))
show('divmod', lambda: divmod(f, 1))
show('rdivmod', lambda: divmod(7, F(2.0)))
show('F.__divmod__', lambda: f.__divmod__(1))
show('F.__rdivmod__', lambda: f.__rdivmod__(4))
show('-F', lambda: -f)
show('+F', lambda: +f)
show('abs', lambda: abs(F(-2.5)))
show('F / 0', lambda: f / 0)
show('F // 0', lambda: f // F(0))
show('F < 2', lambda: (f < 2, f > 1, f == 1.5, 1.5 == f, f != 1.5, f <= F(1.5)))
show('F == int', lambda: F(2.0) == 2)
show('hash', lambda: (hash(f) == hash(1.5), hash(F(2.0)) == hash(2)))
show('dict key', lambda: {f: 'a'}[1.5])
show('dict key 2', lambda: {2: 'two'}[F(2.0)])
show('set', lambda: len({f, 1.5}))
show('bool', lambda: (bool(F(0.0)), bool(f)))
show('int', lambda: int(f))
show('float', lambda: float(f))
show('float type', lambda: type(float(f)).__name__)
show('complex', lambda: complex(f))
show('complex2', lambda: complex(f, f))
show('round', lambda: (round(F(2.567), 2), round(F(2.5))))
show('trunc', lambda: (f.__trunc__(), f.__floor__(), f.__ceil__()))
show('is_integer', lambda: (f.is_integer(), F(2.0).is_integer()))
show('as_integer_ratio', lambda: f.as_integer_ratio())
show('hex', lambda: f.hex())
show('fromhex', lambda: F.fromhex('0x1.8p1'))
show('conjugate', lambda: f.conjugate())
show('real imag', lambda: (f.real, f.imag, type(f.real).__name__))
show('repr', lambda: repr(f))
show('str', lambda: str(f))
show('format', lambda: format(f, '.3f'))
show('format empty', lambda: format(f, ''))
show('f-str', lambda: f'{f}|{f!r}|{f:>8.2f}|{f:e}')
show('%', lambda: '%s %r %f %d %.1e' % (f, f, f, f, f))
show('getnewargs', lambda: f.__getnewargs__())
show('attr', lambda: (setattr(f, 'unit', 'm'), f.unit, f.__dict__))
show('vars', lambda: vars(F(1.0)))
show('sum', lambda: sum([F(1.5), F(2.5)]))
show('max', lambda: max(F(1.5), 2.5, F(0.5)))
show('sorted', lambda: sorted([F(3.0), 1.0, F(2.0)]))
show('math', lambda: __import__('math').sqrt(F(16.0)))
show('math floor', lambda: __import__('math').floor(F(2.5)))
show('math isclose', lambda: __import__('math').isclose(F(1.0), 1.0))
show('list index', lambda: [1, 2, 3][F(1.0)])
show('range', lambda: range(F(3.0)))
show('Money', lambda: Money(3.5, 'USD'))
show('Money attrs', lambda: (Money(3.5).currency, Money(3.5).inited))
show('Money str', lambda: str(Money(3.5)))
show('Money print', lambda: print(Money(3.5)))
show('Money +', lambda: Money(1.0) + 2)
show('+ Money', lambda: 2 + Money(1.0, 'GBP'))
show('float + Money', lambda: 2.5 + Money(1.0, 'GBP'))
show('F + Money', lambda: F(2.5) + Money(1.0, 'GBP'))
show('Money eq', lambda: Money(1.0) == 1)
show('Money hash', lambda: hash(Money(1.5)) == hash(1.5))
show('Money f-str', lambda: f'{Money(2.0)}')
show('Money format', lambda: format(Money(2.0), '.1f'))
show('Money -', lambda: Money(5.0) - 1)
n = Neg(2.0)
show('Neg -', lambda: -n)
show('Neg bool', lambda: bool(Neg(0.0)))
show('Neg float', lambda: float(n))
show('Neg int', lambda: int(n))
show('Neg round', lambda: round(n))
show('Neg <', lambda: n < 1)
show('Neg >', lambda: 1 > n)
show('1 - Neg', lambda: 1 - n)
show('1.5 - Neg', lambda: 1.5 - n)
show('Neg - 1', lambda: n - 1)
show('Neg /', lambda: n / 2)
show('divmod Neg', lambda: divmod(n, 2))
show('divmod rNeg', lambda: divmod(2, n))
show('divmod float rNeg', lambda: divmod(2.0, n))
show('Neg **', lambda: n ** 2)
show('2 ** Neg', lambda: 2 ** n)
show('2.0 ** Neg', lambda: 2.0 ** n)
show('math.sqrt Neg', lambda: __import__('math').sqrt(n))
show('complex(Neg)', lambda: complex(n))
show('%f Neg', lambda: '%f %d' % (n, n))
show('float.__new__(F)', lambda: float.__new__(F, '2.5'))
show('float.__new__(F) type', lambda: type(float.__new__(F, '2.5')).__name__)
show('float.__new__(F) attr', lambda: (lambda x: (setattr(x, 'q', 1), x.q))(float.__new__(F, 2)))
show('float.__new__(int)', lambda: float.__new__(int, 2))
show('float.__new__()', lambda: float.__new__())
show('int.__new__(F)', lambda: int.__new__(F, 2))
show('object.__new__(F)', lambda: object.__new__(F))
show('float.__repr__(F)', lambda: float.__repr__(F(2.5)))
show('float.__add__', lambda: float.__add__(F(2.5), 1))
show('float.__radd__', lambda: float.__radd__(F(2.5), 1))
class FI(float):
    def __init__(self, *args, **kwargs):
        print('FI init', args, kwargs)
show('FI kw', lambda: FI(2, unit='m'))
show('FI kw only', lambda: FI(unit='m'))
class FN(float):
    def __new__(cls, *args, **kwargs):
        print('FN new', args, kwargs)
        return super().__new__(cls, *args)
show('FN', lambda: FN(2.5, unit='m'))
show('FN 3 args', lambda: FN(1, 2, 3))
class FS(float):
    __slots__ = ('unit',)
def fs():
    x = FS(1.0)
    x.unit = 'kg'
    return (x, x.unit, hasattr(x, '__dict__'))
show('FS', fs)
def fs2():
    x = FS(1.0)
    x.other = 1
show('FS other', fs2)
def ca():
    x = F(1.0)
    class F2(float): pass
    x.__class__ = F2
    return type(x).__name__, x
show('class assign', ca)
def ca2():
    x = F(1.0)
    x.__class__ = float
show('class assign float', ca2)
def ca3():
    x = 1.0
    x.__class__ = F
show('class assign 1.0', ca3)
def ca4():
    x = F(1.0)
    x.__class__ = FS
show('class assign FS', ca4)
class Sub2(F):
    pass
show('Sub2', lambda: (Sub2(3), type(Sub2(3) + 1).__name__, Sub2.__mro__))
show('multiple', lambda: type('X', (float, int), {}))
show('multiple2', lambda: type('X', (float, str), {}))
class Mixin:
    def describe(self):
        return 'value %s' % float(self)
class FM(Mixin, float):
    pass
show('mixin', lambda: FM(2.5).describe())
show('dir diff', lambda: sorted(set(dir(F)) - set(dir(float))))
show('dir float', lambda: [n for n in dir(float) if n.startswith('__') and 'div' in n])
show('isinstance float', lambda: isinstance(F(1), (int, float)))
def m(v):
    match v:
        case float(x):
            return ('float', x, type(x).__name__)
    return 'no'
show('match float', lambda: m(F(2.5)))
def m2(v):
    match v:
        case 2.5:
            return 'literal'
    return 'no'
show('match literal', lambda: m2(F(2.5)))
show('json-ish', lambda: str([F(1.5), {'k': F(2.0)}]))
show('nan eq', lambda: F('nan') == F('nan'))
show('neg zero', lambda: (F(-0.0), str(F('-0'))))
show('big exponent', lambda: F(1e308) * 10)
show('overflow pow', lambda: F(10.0) ** 400)
show('int of inf', lambda: int(F('inf')))
show('id distinct', lambda: F(1.5) is F(1.5))
show('__class__', lambda: f.__class__)
show('__sizeof__', lambda: f.__sizeof__() >= 24)
show('__getformat__', lambda: float.__getformat__('double'))
show('__init_subclass__', lambda: type('Q', (float,), {'__init_subclass__': classmethod(lambda cls: None)}))
