# Decimal formatting (format specs, f-strings) and the correctly rounded
# functions: sqrt, exp, ln, log10 and powers, at several precisions.
from decimal import Decimal as D, localcontext, Context, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, getcontext


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- format")
specs = ["", ".2", ".2f", ",", ",.2f", ">10", "<10", "^10", "=+10", "010.3f", "+", " ", "e", ".3e", "E",
         "g", ".3g", "G", "%", ".1%", "n", "z.1f", "015,.2f", "*^12,.1f", ".0f", ".0e", ".0g", "-^9.1f",
         "20,.3f", ".10e", "F", "+015.4F", "_", "#", "x", ".2d", "*>05", "<05", ",n", "10,"]
values = ["1234567.891", "-0.000012345", "0", "-0", "-0.001", "1E+5", "NaN", "-Infinity", "1.50", "0E+3",
          "2.675", "999.95", "-1234.5"]
for spec in specs:
    row = []
    for value in values:
        try:
            row.append(format(D(value), spec))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), row)
for spec in [" z5.0F", "z.0F", "z.0f", "z.1f", "z.0%", "zF", "z.2F", "z.0e", "z"]:
    print(repr(spec), [format(D(v), spec) for v in ["-0.0005", "-0", "-0.04", "-0.06", "-0E+2", "-1E-9"]])
amount = D("1234.5678")
print(f"{amount:.2f}|{amount:,}|{amount:>12,.1f}|{amount:e}|{amount!r}|{amount!s}|{amount:%}")
with localcontext(rounding=ROUND_DOWN):
    print(format(D("1.25"), ".1f"), format(D("1.35"), ".1f"), format(D("-1.99"), ".0f"))
with localcontext(rounding=ROUND_HALF_UP):
    print(format(D("1.25"), ".1f"), format(D("2.5"), ".0f"), format(D("0.125"), ".2%"))
with localcontext(capitals=0):
    print(format(D("1E+20"), ""), str(D("1E+20")), repr(D("1E-20")), format(D("1E+20"), ".3"))
print("{:.3f} {:>8} {:+}".format(D("3.14159"), D("2.5"), D("7")))

print("-- sqrt")
for value in ["2", "4", "100", "1.00", "0.01", "1E-3", "0", "-0", "0E3", "1E+10", "1E+11", "0.5", "123456789",
              "Infinity", "NaN", "2E-999999"]:
    print(value, D(value).sqrt())
for prec in [1, 5, 50]:
    with localcontext(prec=prec):
        print(prec, D(2).sqrt(), D(3).sqrt(), D("0.0004").sqrt())

print("-- exp, ln, log10")
for value in ["0", "1", "-1", "2", "0.5", "10", "-10", "100", "1E-10", "-1E-30", "0.693147180559945309417232121458",
              "230", "-230", "2302585", "-2302590", "Infinity", "-Infinity", "NaN"]:
    show("exp " + value, lambda: D(value).exp())
for value in ["1", "1.000", "2", "10", "0.5", "1E-10", "1E+100", "2.718281828459045235360287471", "0.9999999999",
              "1.0000000001", "12345.6789", "Infinity", "0", "-0", "NaN", "1E-999999"]:
    show("ln " + value, lambda: D(value).ln())
    show("log10 " + value, lambda: D(value).log10())
for prec in [1, 3, 9, 40, 60]:
    with localcontext(prec=prec):
        print(prec, D(1).exp(), D(2).ln(), D(3).log10(), D("0.5").exp(), D(10).ln())
for value in ["-1", "-Infinity"]:
    show("ln " + value, lambda: D(value).ln())
    show("log10 " + value, lambda: D(value).log10())
show("exp overflow", lambda: D("1E+100").exp())
show("exp underflow", lambda: D("-1E+100").exp())
with localcontext(Context(traps=[])) as ctx:
    print(D(3000000).exp(), D(-3000000).exp(), [s.__name__ for s, on in ctx.flags.items() if on])

print("-- powers")
for base, exponent in [("2", "0.5"), ("4", "0.5"), ("25", "0.5"), ("8", "0.3333333333333333333333333333"),
                       ("1.5", "2.5"), ("10", "1E-30"), ("2", "-0.5"), ("0.5", "1.5"), ("1.000001", "1000000"),
                       ("3", "100"), ("1.1", "-100"), ("2", "1000"), ("7", "-7"), ("1E+500000", "3"),
                       ("1E-500000", "3"), ("2", "10000000000000000000000000000"), ("0.9", "1E+20"),
                       ("-2", "3"), ("-2", "-3"), ("-8", "0.5"), ("0", "0"), ("0", "-2"), ("-0", "-3"),
                       ("Infinity", "0.5"), ("-Infinity", "-2"), ("1", "Infinity"), ("2", "Infinity"),
                       ("0.5", "-Infinity"), ("NaN", "2"), ("2", "sNaN")]:
        show((base, exponent), lambda: D(base) ** D(exponent))
with localcontext(prec=5):
    print(D(2) ** D("0.5"), D("1.0001") ** 10000, D(3) ** 50, D("1.23") ** -4)
with localcontext(rounding=ROUND_UP, prec=10):
    print(D(2) ** D("0.5"), D(3) ** 40, D(10) ** D("0.5"))
with localcontext(rounding=ROUND_DOWN, prec=10):
    print(D(2) ** D("0.5"), D(3) ** 40, D(10) ** D("0.5"))
