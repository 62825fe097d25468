# Decimal: construction, string forms, arithmetic, comparisons with other
# numeric types, conversions and hashing under the default context.
import math
import sys
from decimal import Decimal as D
import decimal
from fractions import Fraction


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- construction")
for value in ["0", "-0", "1.5", " -1.5e3 ", "+7", "1.", ".5", "1_000.5", "1e+5", "1E-7", "-0.000",
              "123456789012345678901234567890.123", "Inf", "-Infinity", "inf", "NaN", "-nan", "NaN123",
              "sNaN", "-sNaN0012", "nan" + "1" * 35, "١٢٣.٤", "\t12\n", "0E+10", "1e999999999"]:
    show(repr(value), lambda: D(value))
for value in [0, -5, 10 ** 30, True, 0.1, -0.0, 1.5, 1e300, 5e-324, float("nan"), float("-inf"),
              (0, (1, 4, 1), -2), (1, (0,), 0), [0, [1, 2], 1], (0, (), 0), (0, (1,), "F"),
              (1, (1, 2), "n"), (1, (), "N"), D("3.14")]:
    show(repr(value), lambda: D(value))
print("-- construction errors")
for value in ["x", "1 .5", ".", "1e", "e5", "1__0", "_1", "1_", "_", "1_.5", "n_an", "1 _", "--1", "1.2.3", "", "  ", "infinit", "nan1.5",
              (2, (1,), 0), (0, (10,), 0), (0, (1, "a"), 1), (0, (1,), "x"), (0, (1,)), (0, (1,), 1.5),
              1j, None, [1], Fraction(1, 2)]:
    show(repr(value), lambda: D(value))
show("context arg", lambda: D("1", 5))
show("from_float", lambda: D.from_float(0.1))
show("from_float int", lambda: D.from_float(7))
show("from_float str", lambda: D.from_float("1"))
show("subclass", lambda: type(D.from_float(1.5)).__name__)

print("-- str, repr, eng")
for text in ["0", "-0", "0.000", "0E+3", "0E-7", "1E+3", "1.5E+3", "12345E-10", "123.456", "1E-6", "1E-7",
             "0.000001", "0.0000001", "-1.23E+10", "1.5E-7", "123456789E+20", "NaN", "-sNaN7", "-Infinity",
             "1E+999999", "9.99E-999999"]:
    d = D(text)
    print(text, str(d), repr(d), d.to_eng_string(), d.adjusted(), d.as_tuple())

print("-- arithmetic")
pairs = [("1.30", "1.20"), ("1", "3"), ("2", "3"), ("-7", "2"), ("7", "-2"), ("1.5", "0.4"), ("-1.5", "0.4"),
         ("1E+2", "1E-2"), ("0", "-0"), ("-0", "-0"), ("123456789012345678901234567890", "1"),
         ("1E+30", "-1"), ("0.1", "0.2"), ("10", "0.001"), ("5E-3", "2.5E-3"), ("1000", "1E+3")]
for x, y in pairs:
    a, b = D(x), D(y)
    show((x, y), lambda: (a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a.remainder_near(b)))
print(D(2) ** 10, D(2) ** -2, D("2.0") ** -1, D("1.0") ** 2, D("1.00") ** 3, D(10) ** -3, D("0.5") ** 3,
      D(3) ** -1, D(2) ** 100, D("-1.5") ** 3, D(4) ** D("0.5"), D("1.5") ** D("2.5"), D(2) ** D("0.5"))
print(D("-0") ** 3, D("-0") ** -3, D(0) ** 2, D("inf") ** -1, D("-inf") ** 3, D(1) ** D("inf"),
      D("0.5") ** D("inf"), D(2) ** D("-inf"), pow(D(3), 4, 5), pow(D(-2), 3, 5), pow(D(12), D(1000), D(7)))
print(-D("1.5"), +D("-0"), -D("0"), abs(D("-2.50")), +D("1.23456789012345678901234567890"))
print(sum([D("0.1")] * 10), sum(D(i) / 7 for i in range(10)), D(1) / D(7) * 7)
print(3 + D("0.5"), 3 - D("0.5"), 3 * D("0.5"), 3 / D("0.5"), 7 // D(2), 7 % D(2), divmod(7, D(2)), 2 ** D(3))

print("-- special values")
inf, nan = D("Infinity"), D("NaN")
print(inf + 1, inf - 1e0 if False else inf * 2, -inf, inf / 3, 3 / inf, nan + 1, D("-NaN5") * 2,
      inf // 3, D(5) % inf, D(5) // inf, divmod(D(5), inf))

print("-- comparisons")
values = [D("1.5"), D("-0"), D("0"), D("2"), D("1.50")]
others = [1, 2, 1.5, 0.0, Fraction(3, 2), Fraction(1, 3), D("1.5"), True, 2 ** 70]
for v in values:
    print(v, [v == o for o in others], [v < o for o in others], [v >= o for o in others])
print(D("0.1") == 0.1, D("0.5") == 0.5, D(1) == 1 + 0j, D(1) == 1j, D(1) != 1j, D(2) > Fraction(5, 3))
print(sorted([D("2.5"), 1, 0.5, D("-1"), Fraction(7, 4), D("1.75")]))
print(max(D("1.0"), D(1)), min(D(1), D("1.0")), D("1.0") == D("1.00"), D("-0") == D("0"))
show("lt str", lambda: D(1) < "a")
show("lt complex", lambda: D(1) < 1j)
show("nan lt", lambda: D("nan") < 1)
show("nan eq", lambda: D("nan") == D("nan"))
show("snan eq", lambda: D("snan") == 1)
show("nan float lt", lambda: D(1) < float("nan"))

print("-- conversions")
for text in ["1.9", "-1.9", "2.5", "3.5", "-2.5", "0.0001", "1E+3", "-0", "123456789.987654321"]:
    d = D(text)
    print(text, int(d), float(d), round(d), round(d, 1), round(d, -1), math.floor(d), math.ceil(d),
          math.trunc(d), bool(d), complex(d), d.as_integer_ratio())
for thunk_name, thunk in [("int nan", lambda: int(D("nan"))), ("int inf", lambda: int(D("-inf"))),
                          ("float snan", lambda: float(D("snan"))), ("float nan", lambda: float(D("-nan"))),
                          ("float inf", lambda: float(D("-inf"))), ("round nan", lambda: round(D("nan"))),
                          ("round inf", lambda: round(D("inf"))), ("round inf 2", lambda: round(D("inf"), 2)),
                          ("round nan 2", lambda: round(D("nan"), 2)), ("round float", lambda: round(D(1), 1.5)),
                          ("ratio nan", lambda: D("nan").as_integer_ratio()),
                          ("ratio inf", lambda: D("inf").as_integer_ratio()),
                          ("index", lambda: [1, 2][D(1)])]:
    show(thunk_name, thunk)

print("-- hash")
for value in [0, 1, -1, 10 ** 20, 0.5, -0.25, 1e100, 0.1, 2.0 ** -60, 1.5]:
    print(repr(value), hash(D(value)) == hash(value))
for text in ["1.0", "1.00", "-0", "100E-2", "1E+100", "123.456", "Infinity", "-Infinity"]:
    print(text, hash(D(text)))
print(hash(D("1.5")) == hash(Fraction(3, 2)), len({D("1.0"), 1, 1.0, D("1.00"), Fraction(1)}))
show("hash snan", lambda: hash(D("snan")))
nan = D("nan")
print(hash(nan) == hash(nan))  # by identity (two NaNs hash apart unless one reuses the other's memory)

print("-- unsupported operands")
for thunk_name, thunk in [("add float", lambda: D(1) + 1.5), ("radd float", lambda: 1.5 + D(1)),
                          ("add str", lambda: D(1) + "a"), ("add fraction", lambda: D(1) + Fraction(1, 2)),
                          ("mul list", lambda: D(2) * [1]), ("neg float pow", lambda: D(2) ** 0.5)]:
    try:
        thunk()
    except TypeError as e:
        # CPython's C type is named 'decimal.Decimal' in these messages.
        print(thunk_name, "TypeError", str(e).replace("decimal.Decimal", "Decimal"))

print("-- methods")
x = D("-12.3400")
print(x.copy_abs(), x.copy_negate(), x.copy_sign(D(1)), D(5).copy_sign(D("-0")), x.normalize(),
      D("120.00").normalize(), D("0.000").normalize(), x.is_signed(), x.is_zero(), x.is_finite(),
      x.is_infinite(), x.is_nan(), x.is_qnan(), x.is_snan(), x.is_normal(), x.is_subnormal(),
      x.is_canonical(), x.canonical(), x.radix(), x.number_class(), x.real, x.imag, x.conjugate())
for text in ["0", "-0", "1", "-1", "1E-999999", "1E-1000000", "inf", "-inf", "nan", "snan"]:
    d = D(text)
    print(text, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_zero(), d.adjusted())
print(D("1.5").compare(2), D(2).compare(D("2.0")), D(3).compare(1), D("nan").compare(1))
print(D("12.0").compare_total(D(12)), D(12).compare_total(D("12.0")), D("-1").compare_total(D("nan")),
      D("nan").compare_total(D("snan")), D("-inf").compare_total(D("-1E+999")),
      D("-3").compare_total_mag(D(2)))
print(D(1).max(2), D(1).min(2), D("1.0").max(D(1)), D("1.0").min(D(1)), D("nan").max(D(1)),
      D(-3).max_mag(D(2)), D(-3).min_mag(D(2)), D(2).max_mag(D(-2)), D(-2).min_mag(D(2)))
print(D("1.5").same_quantum(D("2.7")), D("1.5").same_quantum(D(2)), D("nan").same_quantum(D("nan")))
print(D(7).next_plus(), D(7).next_minus(), D("-0").next_plus(), D("inf").next_minus(),
      D("-inf").next_plus(), D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1))
print(D(1).fma(2, 3), D("1.5").fma(D("2.5"), D("-0.75")), D(10).logb(), D("0.001").logb(),
      D(1).scaleb(2), D("1.5").scaleb(-3), D("1.5").scaleb(D(4)))
print(D("7.5").to_integral_value(), D("8.5").to_integral(), D("-7.5").to_integral_exact(),
      D("7.5").to_integral_value(rounding=decimal.ROUND_UP), D("123E+2").to_integral_value())
show("logb 0", lambda: D(0).logb())
show("quantize float", lambda: D(1).quantize(1.5))
show("compare float", lambda: D(1).compare(1.5))
show("scaleb frac", lambda: D(1).scaleb(D("1.5")))
print(D(3).__round__(), D("3.14159").__round__(3), D("1234").__round__(-2))
print(D("1.5").__reduce__(), D(5).__complex__(), D("-2.5").__float__())

import copy
d = D("3.25")
print(copy.copy(d) is d, copy.deepcopy(d) is d)


class Money(D):
    def __repr__(self):
        return "Money(%s)" % self


m = Money("1.50")
print(repr(m), type(m).__name__, type(m + 1).__name__, repr(Money(D("2"))), isinstance(m, D),
      type(D(m)).__name__, repr(D(m)))

print("-- coefficients past str()'s 4300-digit limit")
big = D(10 ** 5000 + 7)
print(len(str(big)), str(big)[:5], str(big)[-5:], len(big.as_tuple().digits), big.adjusted())
print(big + 1, big * 3, D("9" * 6000) / 7, len(repr(D("-" + "12345" * 1200 + "E-3"))))
print(int(D("1" * 4500)) % 1000, hash(big) == hash(10 ** 5000 + 7), D("1" * 4500).sqrt())
