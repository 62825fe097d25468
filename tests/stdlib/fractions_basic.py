# Fraction: construction, arithmetic with every numeric type, comparisons,
# hashing, rounding, limit_denominator and the error messages.
import math
import sys
import copy
from fractions import Fraction
import numbers


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- construction")
for args in [(), (3,), (3, 4), (-6, 8), (6, -8), (-6, -8), (0, 5), (True,), (True, 2),
             (Fraction(1, 2),), (Fraction(1, 2), Fraction(3, 4)), (3, Fraction(1, 2)),
             (0.75,), (-0.1,), (1e20,), (5e-324,), (2 ** 100, 6), (1, 0), (Fraction(1, 2), 0),
             (3, Fraction(0)), (1.5, 2), (1, 2.0), ([1],), (None,), (1j,),
             (float("nan"),), (float("inf"),), (float("-inf"),)]:
    show(args, lambda: Fraction(*args))

print("-- strings")
for text in ["3/4", " -1.5e3 ", "+7", "-0", "1.", ".5", "1.25", "3.1415926535", "1e-3", "2E+2",
             "-.5e1", "1_000", "1_000.5_5e1_0", "10/4", "-10/4", "\t 22/7 \n", "1/0",
             "x", "", " ", "3 / 4", "3/-4", "3/", "/4", "e5", "1e", "1__0", "_1", "1_", ".",
             "1.5/2", "1/2e3", "+-1", "٣/٤", "\u2003 1/2\u2003", "inf", "nan", "0x10"]:
    show(repr(text), lambda: Fraction(text))

print("-- attributes")
f = Fraction(-22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(repr(f), str(f), str(Fraction(5)), repr(Fraction(5)), f"{f}", f"{f!r:>20}|", format(f, ""))
show("format .2f", lambda: format(f, ".2f"))
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Integral), isinstance(f, numbers.Real))
show("set numerator", lambda: setattr(f, "numerator", 3))
show("attribute", lambda: setattr(f, "other", 3))

print("-- from_float / from_decimal")
for value in [0.1, -2.5, 0.0, -0.0, 1e-10, 7, True]:
    show(("from_float", value), lambda: Fraction.from_float(value))
show("from_float str", lambda: Fraction.from_float("1"))
show("from_float nan", lambda: Fraction.from_float(float("nan")))
show("from_float inf", lambda: Fraction.from_float(float("-inf")))
show("from_decimal float", lambda: Fraction.from_decimal(1.5))
show("from_decimal int", lambda: Fraction.from_decimal(3))

print("-- arithmetic")
a, b = Fraction(1, 3), Fraction(-3, 4)
operands = [Fraction(2, 5), 3, -2, True, 0.5, 1.25, 2j, 1 + 1j]
for name, op in [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
                 ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
                 ("divmod", divmod), ("**", lambda x, y: x ** y)]:
    for other in operands:
        show((name, "a", other), lambda: op(a, other))
        show((name, other, "b"), lambda: op(other, b))

print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), divmod(b, a))
print(-a, +b, abs(b), -Fraction(0), a + a + a, a * 3 == 1, type(a * 3))
print(sum([Fraction(1, n) for n in range(1, 11)]))
print(math.prod([Fraction(n, n + 1) for n in range(1, 10)]))

print("-- powers")
for base in [Fraction(2, 3), Fraction(-2, 3), Fraction(0), Fraction(4, 9), Fraction(-8, 27)]:
    for exponent in [0, 1, 2, 3, -1, -2, -3, Fraction(1, 2), Fraction(-1, 2), Fraction(3), 0.5, 2.0]:
        show((base, "**", exponent), lambda: base ** exponent)
for base in [2, -2, 0, 2.0, 4.0, -8, 1j, Fraction(9, 4)]:
    for exponent in [Fraction(2), Fraction(-2), Fraction(1, 2), Fraction(0)]:
        show((base, "**", exponent), lambda: base ** exponent)
show("pow mod", lambda: pow(Fraction(2), 3, 5))

print("-- division by zero")
for thunk_name, thunk in [("a/0", lambda: a / 0), ("a/F0", lambda: a / Fraction(0)),
                          ("a//0", lambda: a // 0), ("a%0", lambda: a % 0),
                          ("divmod", lambda: divmod(a, 0)), ("1/F0", lambda: 1 / Fraction(0)),
                          ("1%F0", lambda: 1 % Fraction(0)), ("a/0.0", lambda: a / 0.0),
                          ("F0**-1", lambda: Fraction(0) ** -1), ("7/3 / 0", lambda: Fraction(7, 3) / 0),
                          ("-7/3 / F0", lambda: Fraction(-7, 3) / Fraction(0)), ("0 / 0", lambda: Fraction(0) / 0),
                          ("6 / F0", lambda: 6 / Fraction(0)), ("F(-8, 5)**-2 ok", lambda: Fraction(-8, 5) ** -2), ("F0**-2.0", lambda: Fraction(0) ** -2.0)]:
    show(thunk_name, thunk)

print("-- unsupported operands")
for thunk_name, thunk in [("a+str", lambda: a + "x"), ("str+a", lambda: "x" + a), ("a*list", lambda: a * [1]),
                          ("a<1j", lambda: a < 1j), ("a<str", lambda: a < "a"), ("a>=None", lambda: a >= None),
                          ("a&1", lambda: a & 1), ("~a", lambda: ~a)]:
    show(thunk_name, thunk)

print("-- comparisons")
values = [Fraction(1, 2), Fraction(1, 3), 0, 1, 0.5, 0.3333333333333333, float("inf"), float("-inf"),
          float("nan"), 0.5 + 0j, 1j, True, False]
for x in [Fraction(1, 2), Fraction(-1, 3), Fraction(1, 3)]:
    for y in values:
        results = []
        for op in (lambda p, q: p == q, lambda p, q: p != q):
            results.append(op(x, y))
            results.append(op(y, x))
        if not isinstance(y, complex):
            for op in (lambda p, q: p < q, lambda p, q: p <= q, lambda p, q: p > q, lambda p, q: p >= q):
                results.append(op(x, y))
                results.append(op(y, x))
        print(x, repr(y), results)
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(-1, 3), 0, Fraction(3, 4)]))
print(max(Fraction(1, 3), 0.3), min(Fraction(1, 3), 0.34), Fraction(1, 10) == 0.1, Fraction(1, 2) == 0.5)
print(Fraction(3, 1) == 3, 3 == Fraction(3), Fraction(3, 2) == 1.5, Fraction(2 ** 70) == 2.0 ** 70)

print("-- bool, int, float, complex")
for value in [Fraction(0), Fraction(7, 2), Fraction(-7, 2), Fraction(1, 3), Fraction(-1, 3), Fraction(10 ** 30, 3)]:
    print(value, bool(value), int(value), float(value), complex(value), math.trunc(value),
          math.floor(value), math.ceil(value), round(value))

print("-- round")
for value in [Fraction(1, 2), Fraction(3, 2), Fraction(5, 2), Fraction(-1, 2), Fraction(-3, 2),
              Fraction(7, 3), Fraction(-7, 3), Fraction(12345, 100), Fraction(1, 8), Fraction(-15, 8)]:
    print(value, round(value), type(round(value)).__name__, round(value, 0), round(value, 1),
          round(value, 2), round(value, -1), round(value, -2))

print("-- hash")
for value in [Fraction(0), Fraction(5), Fraction(-5), Fraction(1, 2), Fraction(-1, 2), Fraction(1, 3),
              Fraction(2 ** 61 - 1), Fraction(2 ** 70, 3), Fraction(1, 2 ** 61 - 1),
              Fraction(-1, 2 ** 61 - 1), Fraction(-1), Fraction(3, 2 ** 80)]:
    print(value, hash(value))
for number in [0, 1, -1, 7, 2 ** 64, -2 ** 70, 0.5, -0.25, 1e100, 0.1, 2.0 ** -80]:
    print(repr(number), hash(Fraction(number)) == hash(number))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4), 1, Fraction(1), True}))
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)

print("-- limit_denominator")
pi = Fraction(math.pi)
for limit in [1, 2, 7, 10, 100, 113, 1000, 10 ** 6]:
    print(limit, pi.limit_denominator(limit))
print(Fraction("3.1415926535897932").limit_denominator(1000), Fraction(1, 3).limit_denominator(),
      Fraction(-8, 7).limit_denominator(3), Fraction(201, 200).limit_denominator(100),
      Fraction(4321, 8765).limit_denominator(10000), Fraction(0.1).limit_denominator(),
      Fraction(-0.1).limit_denominator(50))
show("limit 0", lambda: Fraction(1, 3).limit_denominator(0))

print("-- copy and subclasses")
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__reduce__())


class Money(Fraction):
    pass

m = Money(5, 2)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(copy.copy(m)).__name__, copy.copy(m) == m)
print(repr(Money("1.5")), repr(Money.from_float(0.25)), isinstance(m, Fraction))
print(Fraction(m), Fraction(3) / Fraction(2), Fraction(m, Fraction(1, 2)))

print("-- exactness")
x = Fraction(0)
for _ in range(10):
    x += Fraction(1, 10)
print(x, x == 1, float(x))
print(Fraction(1, 3) + 1 / 3, Fraction(2, 3) * 1.5, 1.5 / Fraction(3, 4), 0.1 + Fraction(1, 5))
print(Fraction(10 ** 40 + 1, 10 ** 40), float(Fraction(10 ** 400, 3 * 10 ** 399)))
show("huge float", lambda: float(Fraction(10 ** 400)))
