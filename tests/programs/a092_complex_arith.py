# complex arithmetic: + - * / ** with int, float, bool, complex on both sides; division and power algorithms and errors; unary ops; abs; pow(); unsupported operators
import math

inf = float('inf')
nan = float('nan')


def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '->', type(e).__name__, e)


operands = [2, -3, 0, True, False, 2.5, -0.0, 0.0, 1j, 1 + 2j, -1.5 - 0.5j, complex(0, -0.0), 2 ** 70]
operators = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
             ('/', lambda a, b: a / b), ('**', lambda a, b: a ** b)]
for a in operands:
    for b in operands:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        for symbol, op in operators:
            show('%r %s %r' % (a, symbol, b), lambda: op(a, b))

# signed zeros and special values pass through complex arithmetic (both operands become complex)
for a, b in [(complex(-0.0, -0.0), 0), (complex(-0.0, -0.0), -0.0), (0.0, complex(-0.0, -0.0)),
             (complex(inf, 0), 2.0), (2.0, complex(inf, 0)), (1j, inf), (inf, 1j), (complex(inf, inf), 0),
             (complex(nan, 1), 1), (complex(1, 1), complex(inf, inf)), (complex(1e308, 1e308), 10),
             (complex(1e-308, 1e-308), 1e-308), (-0.0, 0j)]:
    for symbol, op in operators:
        show('%r %s %r' % (a, symbol, b), lambda: op(a, b))

# division: Smith's algorithm, division by zero, nan divisors, extreme magnitudes
for a, b in [(1 + 2j, 3 + 4j), (1 + 2j, 3 - 1e-300j), (1e308 + 1e308j, 1e-308 + 1e-308j), (1, 1e-320j),
             (1 + 1j, complex(nan, 1)), (1 + 1j, complex(nan, nan)), (1 + 1j, complex(inf, 1)),
             (1 + 1j, complex(1, inf)), (complex(inf, inf), complex(inf, inf)), (3, 1 + 1j), (1j, 1j),
             (5 - 7j, -2 + 0.5j), (1e300 + 1e300j, 1e-300 + 1e300j), (1j, 0), (1j, 0.0), (1, 0j),
             (1j, complex(0, -0.0)), (0j, 0j), (complex(nan, nan), 0), (2 ** 60, 3j), (1j, False)]:
    show('%r / %r' % (a, b), lambda: a / b)

# powers: integer fast path (|n| <= 100), polar form, zero base, overflow
for a, b in [(1j, 2), (1j, 3), (1j, -1), (1j, 0), (0j, 0), (0j, 0j), (0j, 2), (0j, 2.5), (0j, -1), (0j, 1j),
             (0j, -1 + 0j), (0j, -0.5), (1 + 1j, 101), (1 + 1j, 100), (1 + 1j, -100), (1 + 1j, -101),
             (2 + 0j, 1023), (2 + 0j, 1024), (2 + 0j, 1024.5), (2 + 0j, -1074), (2 + 0j, -1080),
             (1e300 + 1e300j, 2), (1e200 + 1e200j, 2.5), (1e-200j, -2), (1e-200 + 0j, 2),
             (1 + 2j, 3 + 4j), (2, 1j), (2.0, 1 + 1j), (-1, 0.5), (-1 + 0j, 1e300), (-1 + 0j, 1e308),
             (2j, 1e300), (inf, 1j), (complex(inf, 0), 0.5), (complex(nan, 0), 2), (complex(nan, 0), 0),
             (1j, 1j), (-1, 1j), (1j, 2.0), (1j, 100.0), (1j, 100.5), (1j, -0.0), (1j, True), (1j, 2 ** 70),
             (1 + 1j, 1e-300), (10j, 308), (10j, 309), (0.5j, 1100), (complex(0, -0.0), 3)]:
    show('%r ** %r' % (a, b), lambda: a ** b)

# float and int powers that become complex: a negative base to a fractional exponent
for a, b in [(-8, 1 / 3), (-8.0, 0.5), (-2, -0.5), (-2, 2.5), (-1, 0.5), (-1.5, 1.5), (-1e300, 0.5),
             (-2, 0.1), (-0.5, -2.5), (-inf, 0.5), (-2, inf), (-2.0, 3.0), (-8, 1 // 3)]:
    show('%r ** %r' % (a, b), lambda: a ** b)
show('pow(-8, 1/3)', lambda: pow(-8, 1 / 3))
show('pow(-8.0, 0.5, None)', lambda: pow(-8.0, 0.5, None))

# pow() with three arguments
for args in [(2j, 2, None), (2j, 2, 3), (2, 2j, 3), (2, 2, 3j), (2.0, 2, 3j), (1j, 'x', 3), ('x', 1j, 3),
             (2, 3, 5), (1j, 2.0, 1)]:
    show('pow%r' % (args,), lambda: pow(*args))

# unary operators and abs
for z in [1 + 2j, -1 - 2j, 0j, complex(-0.0, -0.0), complex(0, -0.0), complex(inf, nan), complex(nan, inf),
          complex(nan, 1), complex(3, 4), complex(-3, -4), complex(1e308, 1e308), complex(1e-320, 1e-320),
          complex(1e-320, 0), complex(-inf, 0), complex(1.7976931348623157e308, 1),
          complex(1.7976931348623157e308, -1.7976931348623157e308)]:
    show('-(%r)' % z, lambda: -z)
    show('+(%r)' % z, lambda: +z)
    show('abs(%r)' % z, lambda: abs(z))
y = 3 + 4j
imaginary_index = 1j
print(+y is y, -(-y) == y, abs(y) == 5.0, type(abs(y)).__name__)
for f in [lambda: ~1j, lambda: 1j // 1, lambda: 1 // 1j, lambda: 1j % 1, lambda: 2.5 % 1j, lambda: divmod(1j, 1),
          lambda: divmod(1, 1j), lambda: 1j << 1, lambda: 1 >> 1j, lambda: 1j & 1, lambda: 1j | 1j, lambda: 1j ^ 1,
          lambda: 1j @ 1j, lambda: 1j + 'a', lambda: 'a' + 1j, lambda: 1j * 'a', lambda: [1] * 1j, lambda: 1j + None,
          lambda: None - 1j, lambda: 1j + [], lambda: (1,) + 1j, lambda: 10 ** 400 + 1j, lambda: 1j - 10 ** 400,
          lambda: 10 ** 400 * 1j, lambda: 1j / 10 ** 400, lambda: 1j ** 10 ** 400, lambda: int(1j), lambda: float(1j),
          lambda: round(1j), lambda: round(1j, 2), lambda: math.floor(1j), lambda: math.sqrt(1j), lambda: math.trunc(1j),
          lambda: int('1j'), lambda: float('1j'), lambda: range(1j), lambda: [1, 2][imaginary_index], lambda: hex(1j),
          lambda: '%d' % 1j, lambda: '%f' % 1j, lambda: '%x' % 1j, lambda: '%s|%r' % (1j, 1 + 2j), lambda: chr(1j)]:
    show('op', f)

# augmented assignment
z = 1j
z += 1
z *= 2
z -= 0.5j
z /= 2
z **= 2
print(z)
w = 2
w += 1j
w *= 1j
print(w)
try:
    z //= 1
except TypeError as e:
    print(e)
try:
    z %= 1
except TypeError as e:
    print(e)
try:
    z @= 1
except TypeError as e:
    print(e)

# sum, mixed containers, dunder methods called directly
print(sum([1j, 2j, 3]), sum([1 + 1j] * 10), sum([0.5, 1j], 1j), sum((complex(i, -i) for i in range(5)), 0j))
print((1j).__add__(1), (1j).__radd__(1), (1j).__sub__(1), (1j).__rsub__(1), (1j).__mul__(2), (1j).__rmul__(2))
print((1j).__truediv__(2), (1j).__rtruediv__(2), (1j).__pow__(2), (1j).__rpow__(2), (1j).__add__('x'))
print((1j).__neg__(), (1j).__pos__(), (1j).__abs__(), (1j).__bool__(), (1j).__eq__(1j), (1j).__ne__(1), (1j).__lt__(1))
print((2).__add__(1j), (2.0).__mul__(1j), (2).__radd__(1j), (2.0).__rtruediv__(1j), (2).__eq__(2 + 0j))


# a class with reflected methods meets complex
class R:
    def __radd__(self, other):
        return 'R.__radd__(%r)' % (other,)

    def __rmul__(self, other):
        return 'R.__rmul__(%r)' % (other,)

    def __rpow__(self, other):
        return 'R.__rpow__(%r)' % (other,)


print(1j + R(), 1j * R(), 1j ** R())


class Sub(complex):
    def __radd__(self, other):
        return 'Sub.__radd__'

    def __rtruediv__(self, other):
        return 'Sub.__rtruediv__'


print(1j + Sub(1), 1 + Sub(1), 1.0 / Sub(2), Sub(1) + Sub(2), Sub(1) / 2, type(Sub(2) ** 2).__name__)
