# statistics with Decimal and mixed data: results keep the data's type and
# are exact (Decimal results at the context's precision).
import statistics
from decimal import Decimal as D, localcontext
from fractions import Fraction as F


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        # CPython's C type is named 'decimal.Decimal' in built-in messages.
        print(label, type(e).__name__, str(e).replace("decimal.Decimal", "Decimal"))


datasets = [
    [D("0.5"), D("0.75"), D("0.625"), D("0.375")],
    [D(1), D(2), D(3), D(4)],
    [D(1), D(3), D(5)],
    [D(1), D(2), D(4)],
    [D("1.1"), D("2.2"), D("3.3"), D("4.4"), D("5.5")],
    [D("1E+20"), D(1), D("-1E+20")],
    [D(1), 2, True],
    [D("-2.5"), D("-1.25")],
    [D(7), D(7)],
    [D("NaN"), D(1)],
    [D("Infinity"), D(1)],
]
functions = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode",
             "variance", "pvariance", "stdev", "pstdev", "harmonic_mean", "geometric_mean"]
for data in datasets:
    print("data", data)
    for name in functions:
        show("  " + name, lambda: getattr(statistics, name)(data))

print("-- precision")
with localcontext(prec=10):
    data = [D("1.1"), D("2.2"), D("3.3"), D("4.4"), D("5.6")]
    print(statistics.mean(data), statistics.variance(data), statistics.stdev(data),
          statistics.pstdev(data), statistics.harmonic_mean(data))
print(statistics.stdev([D(2), D(4), D(4), D(4), D(5), D(5), D(7), D(9)]))
print(statistics.variance([D("0.1")] * 3 + [D("0.3")]), statistics.pstdev([D(0), D(0)]))
print(statistics.variance([D(1), D(2), D(3)], D(2)), statistics.pvariance([D(1), D(2), D(3)], D("1.5")))
print(statistics.quantiles([D(1), D(2), D(3), D(4), D(5)], n=4))
print(statistics.quantiles([D(1), D(2), D(3), D(4), D(5)], n=4, method="inclusive"))
print(statistics.harmonic_mean([D(40), D(60)], weights=[D(5), D(30)]))

print("-- mixed types")
show("decimal and float", lambda: statistics.mean([D(1), 1.5]))
show("decimal and fraction", lambda: statistics.mean([D(1), F(1, 2)]))
show("fraction and float", lambda: statistics.mean([F(1, 2), 0.25]))
show("decimal and int", lambda: statistics.variance([D("1.5"), 2, 3]))
show("float and int", lambda: statistics.mean([1, 2.0, 3]))

print("-- fractions from decimals")
from fractions import Fraction
for text in ["1.25", "-0.001", "1E+3", "0", "123.456"]:
    print(text, Fraction(D(text)), Fraction.from_decimal(D(text)), D(text).as_integer_ratio())
show("nan", lambda: Fraction(D("NaN")))
show("inf", lambda: Fraction(D("-Infinity")))
show("from_decimal float", lambda: Fraction.from_decimal(1.5))
show("from_decimal int", lambda: Fraction.from_decimal(3))
print(Fraction(1, 2) == D("0.5"), D("0.5") == Fraction(1, 2), Fraction(1, 3) < D("0.34"))
