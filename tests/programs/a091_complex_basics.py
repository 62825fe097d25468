# complex: literals, constructor forms, string parsing, repr edge cases, attributes, hashing, bool, subclassing
inf = float('inf')
nan = float('nan')


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# literals and constant folding
print(1j, 2.5j, 0j, 1e3j, 1E-3J, 10_000j, 0x10 + 1j)
print(1 + 2j, 1 - 2j, -1j, -1 - 2j, 1.5 + 0.25j, -(1 + 2j), (1j, 2 + 3j, -4j))
print(type(1j), type(1j).__name__, isinstance(1j, complex), isinstance(1, complex), isinstance(1j, (int, float)))
print(complex, complex.__name__, type(complex), issubclass(complex, object), issubclass(bool, complex))
x = 3 - 4j
print(x.real, x.imag, x.conjugate(), type(x.real), (1j).real, (-0.0 - 0j).real, (1j).conjugate())
print((2 + 3j).__getnewargs__(), (1j).__complex__(), complex.conjugate(5j))
print([1j, 2j][1], {1j: 'a'}[1j], 1j in [0, 1j], (1 + 2j) in {1 + 2j}, sorted([3, 1]) + [1j])

# repr: +0 real part omitted, signed zeros, inf, nan, exponents
for z in [complex(0, 0), complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), complex(1, 0),
          complex(0, 1), complex(0, -1), complex(-1, 0), complex(1.5, -2.25), complex(inf, 0),
          complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(1, nan),
          complex(nan, nan), complex(-nan, -nan), complex(1e300, 1), complex(1e16, 1e-5),
          complex(1e15, 123456789.125), complex(5e-324, 1.7976931348623157e308),
          complex(0.1, 0.2), complex(1 / 3, 2 / 3), complex(100, 1e22), complex(12345678901234567890, 1)]:
    print(repr(z), str(z), z)

# constructor: numbers
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(1j, 2))
print(complex(real=1), complex(imag=2), complex(real=1, imag=2), complex(1, imag=3), complex(-0.0), complex(0.0, -0.0))
print(complex(2 ** 53), complex(-(2 ** 60), 2 ** 70), complex(False, True), complex(nan, 1j))
z = 1 + 2j
print(complex(z) is z, complex(z, 0) is z, complex(z) == z)


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 'nope'


class BadFloat:
    def __float__(self):
        return 1


class RaisingComplex:
    def __complex__(self):
        raise RuntimeError('boom')


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))
print(complex(WithComplex(), 1), complex(1, WithFloat()), complex(WithIndex(), WithComplex()) if False else 'skip')
for f in [lambda: complex(BadComplex()), lambda: complex(BadFloat()), lambda: complex(RaisingComplex()),
          lambda: complex(None), lambda: complex(1, None), lambda: complex([]), lambda: complex(1, []),
          lambda: complex(b'1'), lambda: complex('1', 2), lambda: complex('1', imag=0), lambda: complex(1, '2'),
          lambda: complex('1+2j', None), lambda: complex(1, 2, 3), lambda: complex(x=1),
          lambda: complex(1, real=1), lambda: complex(real=1, imag=2, other=3), lambda: complex(10 ** 400),
          lambda: complex(1, 10 ** 400), lambda: complex(1, WithComplex()), lambda: complex({})]:
    show(f)

# constructor: strings
for s in ['1+2j', '1-2j', ' ( 1+2j ) ', '(1+2j)', '1', '-1.5', 'j', 'J', '-j', '+J', '1+j', '1-J',
          '1e5+1E-5J', '.5j', '5.j', '1.e1j', 'infj', '-infj', 'infinityj', 'nan', '-nan-infj', 'NaN+InFj',
          'inf+nanj', '1e400+1e400j', '1e-400j', '-0', '-0j', '-0-0j', '0-0j', '1_0+2_0j', '1e1_0j',
          '\u0661+\u0662j', '\u20031j\u2003', ' \t\n1j\r\x0c\x0b', '0x10', '1+2jj', '1+2j+3', '()', '(j)',
          '', ' ', '(', ')', '(1+2j', '1+2j)', '1+ 2j', ' 1 + 2j', '1e+j', '1e', '1ej', '.j', '.', '+', '-',
          'j1', '1j2', '1__0j', '_1j', '1_j', '1_0_', '1\x00', '1_0\x00', '\x001', 'é', '1é_', '2\x1cj',
          '1+2i', 'infinity', '-infinityj', '1+infinity', '1+infj', 'nanj', '+nanj', '1.5e-3-2.5e+4j',
          '00012j', '1e0j', '1E+00-1E-00j']:
    try:
        print(repr(s), '->', repr(complex(s)))
    except Exception as e:
        print(repr(s), '->', type(e).__name__, e)

# attributes are read-only
for f in [lambda: setattr(1j, 'real', 1), lambda: delattr(1j, 'imag'), lambda: setattr(1j, 'foo', 1),
          lambda: (1j).foo, lambda: (1j).conjugate(1), lambda: (1j).__getnewargs__(1), lambda: (1j).__complex__(1)]:
    show(f)

# bool
print(bool(0j), bool(-0.0 - 0j), bool(1j), bool(complex(1, 0)), bool(complex(nan, 0)), not 0j, 1j and 'y', 0j or 'n')

# hashing: equal numbers hash equally; CPython's combination of the parts
for z in [0j, 1 + 0j, 1.5 + 0j, -1 + 0j, 1j, -1j, 1 + 1j, 3 - 4j, complex(1e300, 1e-300), complex(inf, 0),
          complex(0, inf), complex(-inf, inf), complex(2 ** 61, 0), complex(-2, 0), complex(0, -2),
          complex(1, -1 / 1000003), complex(12345.678, -9876.54321)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(-1 + 0j) == hash(-1), hash(complex(-1, 0)))
print(len({1, 1.0, 1 + 0j}), len({1j, complex(0, 1), 2j}), {0j: 'zero'}[0], {2: 'two'}[2 + 0j])
n = complex(nan, 1)
print(hash(n) == hash(n), n == n, n in [n], {n: 1}[n])

# comparisons: only == and !=
print(1j == 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, 1 + 0j == 1.0, 1j != 1, 1j == 'x', 1j != None)
print(complex(2 ** 53, 0) == 2 ** 53, complex(2 ** 53, 0) == 2 ** 53 + 1, 2 ** 53 + 1 == complex(2 ** 53, 0))
print(1j == 10 ** 400, complex(inf, 0) == 10 ** 400, complex(nan, 0) == nan, complex(nan, 0) != 0, True == 1 + 0j)
print(complex(0, -0.0) == 0, complex(-0.0, 0) == 0.0, [1j, 2] == [1j, 2], (1 + 0j, 2) == (1, 2.0))
for f in [lambda: 1j < 1, lambda: 1 <= 1j, lambda: 1j > 1j, lambda: 2.0 >= 1j, lambda: 1j < 'a',
          lambda: sorted([1j, 2j]), lambda: max(1j, 2j), lambda: [1j] < [2j]]:
    show(f)


# subclassing
class MyComplex(complex):
    def double(self):
        return self * 2


m = MyComplex(1, 2)
print(m, repr(m), type(m).__name__, isinstance(m, complex), m.real, m.imag, m.double(), type(m.double()).__name__)
print(MyComplex('3-4j'), MyComplex(), MyComplex(real=5), MyComplex(1j, 1j), type(MyComplex(1j)).__name__)
print(m + 1, type(m + 1).__name__, type(-m).__name__, type(+m).__name__, +m, type(m.conjugate()).__name__)
print(complex(m), type(complex(m)).__name__, m == 1 + 2j, hash(m) == hash(1 + 2j), abs(MyComplex(3, 4)))
m.tag = 'tagged'
print(m.tag, m.__dict__, type(m.__complex__()).__name__, m.__complex__())


class Pretty(complex):
    def __repr__(self):
        return 'Pretty(%r, %r)' % (self.real, self.imag)

    def __add__(self, other):
        return 'added'

    def __radd__(self, other):
        return 'radded'

    def __eq__(self, other):
        return 'eq'

    __hash__ = complex.__hash__


p = Pretty(1, 1)
print(p, repr(p), str(p), f'{p}', p + 1, 1 + p, 1j + p, p == 0, 0 == p, hash(p) == hash(1 + 1j))


class WithNew(complex):
    def __new__(cls, value):
        return super().__new__(cls, value, value)


w = WithNew(2)
print(w, type(w).__name__, w.real, w.imag)
