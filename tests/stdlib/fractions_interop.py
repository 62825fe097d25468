# Fractions and Decimals with the rest of Python: math, %-formatting, format(),
# json, sum/max/sorted, hashing across types, the numbers ABCs.
import math, json
from fractions import Fraction as F
from decimal import Decimal as D
def show(label, thunk):
    try: print(label, repr(thunk()))
    except Exception as e: print(label, type(e).__name__, str(e).replace('decimal.Decimal', 'Decimal'))
show("sqrt frac", lambda: math.sqrt(F(1, 4)))
show("floor dec", lambda: math.floor(D("2.5")))
show("ceil frac", lambda: math.ceil(F(7, 2)))
show("isclose", lambda: math.isclose(F(1, 3), 0.3333333333333333))
show("pct f", lambda: "%.2f" % D("1.235"))
show("pct d dec", lambda: "%d" % D("7.9"))
show("pct d frac", lambda: "%d" % F(7, 2))
show("pct s", lambda: "%s|%r" % (F(1, 2), D("1.5")))
show("json parse_float", lambda: json.loads('{"a": 1.10}', parse_float=D))
show("json dumps dec", lambda: json.dumps(D("1.5")))
show("sum start", lambda: sum([F(1, 3)] * 3, F(0)))
show("max mixed", lambda: max([F(1, 3), 0.3, D("0.31")]))
show("range dec", lambda: range(D(3)))
show("index frac", lambda: [1, 2, 3][F(1)])
show("complex frac", lambda: complex(F(1, 2), F(1, 4)))
show("float frac", lambda: float(F(10 ** 400, 10 ** 399)))
show("int dec str", lambda: int(D("1e3")))
show("divmod float frac", lambda: divmod(7.5, F(2)))
show("pow neg float", lambda: (-8.0) ** F(1, 3))
show("frac pow complex", lambda: F(2) ** 1j)
show("fmt dec str", lambda: "{:>10}".format(D("1.5")))
show("fmt frac", lambda: "{:>10}".format(F(1, 2)))
show("fmt frac spec", lambda: "{:.2f}".format(F(1, 2)))
show("bool dec", lambda: [bool(D(0)), bool(D("0.0")), bool(D("nan")), bool(F(0))])
show("hash set", lambda: len({D("0.5"), F(1, 2), 0.5}))
show("dict key", lambda: {F(1, 2): "a"}[0.5])
show("sorted dec", lambda: sorted([D("1.10"), D("1.1"), D("1.0"), 1]))
show("isinstance", lambda: [isinstance(D(1), t) for t in (int, float, object)])
import numbers
show("numbers dec", lambda: [isinstance(D(1), c) for c in (numbers.Number, numbers.Complex, numbers.Real)])
show("numbers frac", lambda: [isinstance(F(1), c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
