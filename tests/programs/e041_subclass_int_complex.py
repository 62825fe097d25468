# Subclasses of int and complex: construction with positional and keyword
# arguments, __new__/__init__ overrides, results of the base type, operator
# priority of a subclass on the right, __index__/__int__ rules, divmod.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class I(int):
    pass
class J(int):
    def __new__(cls, v, extra=0):
        o = super().__new__(cls, v + extra)
        o.extra = extra
        return o
    def __init__(self, v, extra=0):
        self.inited = True
    def __repr__(self):
        return 'J(%d)' % int(self)
    def __add__(self, other):
        return J(int(self) + int(other) + 1000)
    def __radd__(self, other):
        return 'radd'
show('I()', lambda: I())
show('I(5)', lambda: I(5))
show('I(x)', lambda: I(x=5))
show('I(base)', lambda: I('ff', 16))
show('I(base kw)', lambda: I('ff', base=16))
show('int x kw', lambda: int(x='1'))
show('int base kw', lambda: int('10', base=2))
show('int 3 args', lambda: int('10', 2, 3))
show('int kw bogus', lambda: int(y=3))
show('I+1', lambda: I(5) + 1)
show('1+I', lambda: 1 + I(5))
show('I*I', lambda: I(5) * I(2))
show('-I', lambda: -I(5))
show('+I', lambda: +I(5))
show('abs I', lambda: abs(I(-5)))
show('~I', lambda: ~I(5))
show('I//2', lambda: I(7) // 2)
show('divmod', lambda: divmod(I(7), 2))
show('rdivmod', lambda: divmod(7, I(2)))
show('I.__divmod__', lambda: I(7).__divmod__(2))
show('I**2', lambda: I(3) ** 2)
show('pow3', lambda: pow(I(3), 2, 5))
show('str', lambda: str(I(5)))
show('repr', lambda: repr(I(5)))
show('format', lambda: format(I(5), '>4'))
show('f-str', lambda: f'{I(5)}|{I(5)!r}')
show('%d', lambda: '%d %s %r' % (I(5), I(5), I(5)))
show('hash', lambda: hash(I(5)) == hash(5))
show('dictkey', lambda: {I(5): 'a'}[5])
show('J(3, 4)', lambda: J(3, 4))
show('J attrs', lambda: (J(3, 4).extra, J(3, 4).inited, J(3,4).__dict__))
show('J+1', lambda: J(3) + 1)
show('1+J', lambda: 1 + J(3))
show('I(1)+J(3)', lambda: I(1) + J(3))
show('int.__new__(I, 7)', lambda: int.__new__(I, 7))
show('int.__new__(I, "7", 8)', lambda: int.__new__(I, '17', 8))
show('int.__new__(int)', lambda: int.__new__(int))
show('int.__new__(float)', lambda: int.__new__(float))
show('int.__new__(str)', lambda: int.__new__(str))
show('isinstance', lambda: (isinstance(I(1), int), type(I(1)), issubclass(I, int)))
show('bool sub', lambda: type('B', (bool,), {}))
show('real', lambda: (type(I(5).real), type(I(5).numerator), type(I(5).imag)))
show('bit_length', lambda: I(255).bit_length())
show('int(I)', lambda: int(I(5)))
show('type int(I)', lambda: type(int(I(5))))
show('I(I(5))', lambda: I(I(5)))
show('I(2.7)', lambda: I(2.7))
show('I big', lambda: I(10**30))
show('I big +1', lambda: I(10**30) + 1)
show('I == ', lambda: I(10**30) == 10**30)
show('from_bytes', lambda: I.from_bytes(b'\x01\x00', 'big'))
show('to_bytes', lambda: I(256).to_bytes(2, 'big'))
show('index', lambda: [1,2,3][I(1)])
show('range', lambda: list(range(I(3))))
show('round', lambda: round(I(15), -1))
show('trunc', lambda: I(5).__trunc__())
show('slots', lambda: type('S', (int,), {'__slots__': ('a',)}))
show('slots empty', lambda: type('S', (int,), {'__slots__': ()})(5))
def slots_dict():
    S = type('S', (int,), {'__slots__': ()})
    s = S(5)
    s.x = 1
show('slots empty attr', slots_dict)
def cls_assign():
    i = I(5)
    i.__class__ = int
show('class assign to int', cls_assign)
def cls_assign2():
    i = I(5)
    class I2(int): pass
    i.__class__ = I2
    return type(i)
show('class assign to I2', cls_assign2)
def cls_assign3():
    i = 5
    i.__class__ = I
show('class assign int->I', cls_assign3)
show('vars', lambda: vars(I(5)))
show('sizeof', lambda: I(5).__sizeof__() > 0)
show('getnewargs', lambda: I(5).__getnewargs__())
show('conjugate', lambda: type(I(5).conjugate()))
show('I true div', lambda: I(5) / 2)
show('I < J', lambda: I(5) < J(6))
show('sorted', lambda: sorted([I(3), I(1), 2]))
show('bool(I(0))', lambda: bool(I(0)))
show('I & 3', lambda: I(6) & 3)
show('I << 2', lambda: I(6) << 2)
show('max', lambda: max(I(6), 3))
show('sum', lambda: sum([I(6), I(3)]))
class K(int):
    def __init__(self, *a, **k):
        print('K init', a, k)
show('K(3)', lambda: K(3))
show('K(3, y=1)', lambda: K('3', base=10))
class L(int):
    def __new__(cls, *a, **k):
        print('L new', a, k)
        return super().__new__(cls, *a, **k)
show('L(3)', lambda: L('11', base=2))
show('L(x=3)', lambda: L(x=3))
class C(complex):
    pass
class CN(complex):
    def __new__(cls, re, im=0, unit='m'):
        self = super().__new__(cls, re, im)
        self.unit = unit
        return self
    def __repr__(self):
        return 'CN(%r%s)' % (complex(self), self.unit)
    def __add__(self, o):
        return CN(complex(self) + o, unit=self.unit)
    __radd__ = __add__
c = C(1, 2)
show('C', lambda: c)
show('C()', lambda: C())
show('C kw', lambda: C(real=1, imag=2))
show('C str', lambda: C('1+2j'))
show('complex kw bad', lambda: complex(x=1))
show('complex 3', lambda: complex(1, 2, 3))
show('complex str+imag', lambda: complex('1', 2))
show('C +', lambda: c + 1)
show('+ C', lambda: 1 + c)
show('C *', lambda: c * c)
show('-C', lambda: -c)
show('+C', lambda: +c)
show('abs', lambda: abs(C(3, 4)))
show('C **', lambda: c ** 2)
show('C /', lambda: c / 2)
show('real', lambda: (c.real, c.imag))
show('conj', lambda: c.conjugate())
show('eq', lambda: (c == 1+2j, 1+2j == c))
show('hash', lambda: hash(c) == hash(1+2j))
show('str', lambda: str(c))
show('format', lambda: format(c, '.1f'))
show('f', lambda: f'{c}')
show('attr', lambda: (setattr(c, 'q', 1), c.q, c.__dict__))
show('CN', lambda: CN(1, 2, 's'))
show('CN +', lambda: CN(1) + 1)
show('+ CN', lambda: 1 + CN(1))
show('complex + CN', lambda: 1j + CN(1))
show('complex(C)', lambda: type(complex(c)).__name__)
show('complex(C) is', lambda: complex(c) is c)
show('complex.__new__(C)', lambda: complex.__new__(C, 5))
show('complex.__new__(C) t', lambda: type(complex.__new__(C, 5)).__name__)
show('C(C)', lambda: C(C(1, 1)))
class WithComplex:
    def __complex__(self):
        return C(7, 7)
show('__complex__ sub', lambda: complex(WithComplex()))
show('__complex__ sub t', lambda: type(complex(WithComplex())).__name__)
show('C(WithComplex)', lambda: C(WithComplex()))
show('slots', lambda: type('X', (complex,), {'__slots__': ('a',)})(1))
def sl():
    X = type('X', (complex,), {'__slots__': ('a',)})
    x = X(1)
    x.a = 5
    return x.a, x
show('slots set', sl)
def ca():
    x = C(1)
    class C2(complex): pass
    x.__class__ = C2
    return type(x).__name__
show('class assign', ca)
show('pow', lambda: pow(c, 2))
show('bool', lambda: bool(C()))
show('getnewargs', lambda: c.__getnewargs__())
