# Decimal contexts: precision, rounding modes, quantize, flags and traps
# (raised as C decimal raises them), localcontext, the template contexts
# and the Context methods.
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext,
                     BasicContext, ExtendedContext, DefaultContext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP,
                     InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, Underflow,
                     Subnormal, Clamped, FloatOperation, ConversionSyntax, DivisionImpossible,
                     DivisionUndefined, InvalidContext, DecimalException)

ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
             ROUND_HALF_EVEN, ROUND_05UP]
SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
           Inexact, Rounded, Clamped]


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


def flags(context):
    return [s.__name__ for s in SIGNALS if context.flags[s]]


print("-- the contexts")
print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=5, rounding=ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1,
              flags=[Inexact], traps=[Overflow]))
c = getcontext()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.HAVE_THREADS, decimal.__version__, sorted(n for n in dir(decimal) if not n.startswith("_")))

print("-- signal classes")
for signal in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
               Subnormal, Overflow, Underflow, FloatOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext]:
    print(signal.__name__, [base.__name__ for base in signal.__mro__[1:]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(InvalidOperation, ArithmeticError))

print("-- precision")
for prec in [1, 3, 9, 28, 50]:
    with localcontext() as ctx:
        ctx.prec = prec
        print(prec, D(1) / D(7), D(2).sqrt(), D(10) ** 20 + 1, D("123.456789") * 1, +D("9.99999"))

print("-- rounding modes")
values = ["2.5", "3.5", "-2.5", "2.55", "2.45", "-2.45", "0.05", "1.05", "1.15", "-1.05", "9.95", "7.04"]
for rounding in ROUNDINGS:
    results = [str(D(v).quantize(D("0.1"), rounding=rounding)) for v in values]
    with localcontext(prec=2, rounding=rounding) as ctx:
        results2 = [str(+D(v)) for v in values]
        results3 = [str(D(v).to_integral_value()) for v in values]
    print(rounding, results, results2, results3)

print("-- quantize")
for value, exponent in [("1.41421356", "0.01"), ("1.41421356", "1."), ("123.456", "1E+1"),
                        ("123.456", "1E-10"), ("-0.5", "1"), ("0", "0.001"), ("1E+5", "0.1"),
                        ("Infinity", "1"), ("Infinity", "Infinity"), ("1", "Infinity"), ("NaN", "1"),
                        ("1", "1E-30"), ("1E20", "1E-10"), ("12345.6789", "1E3")]:
    with localcontext() as ctx:
        ctx.traps[InvalidOperation] = False
        result = D(value).quantize(D(exponent))
        print(value, exponent, result, flags(ctx))
show("quantize trapped", lambda: D(1).quantize(D("1E-30")))
show("quantize rounding", lambda: D(1).quantize(D(1), rounding="bad"))
print(D("7.325").quantize(D(".01"), ROUND_DOWN), D("7.325").quantize(D("1."), ROUND_UP),
      D("2.675").quantize(D("0.01"), context=Context(rounding=ROUND_HALF_UP)))

print("-- flags and traps")
with localcontext(ExtendedContext) as ctx:
    for thunk_name, thunk in [("1/3", lambda: D(1) / 3), ("1/0", lambda: D(1) / 0),
                              ("0/0", lambda: D(0) / 0), ("sqrt-1", lambda: D(-1).sqrt()),
                              ("overflow", lambda: D("9E999999") * 10),
                              ("underflow", lambda: D("1E-999999") / 10 ** 10),
                              ("subnormal exact", lambda: D("1E-999999") / 10),
                              ("inexact sum", lambda: D("1.0000000001") + D("1E-20")),
                              ("exact", lambda: D("1.5") + D("2.25")), ("rounded", lambda: D("1.0000000000") * 1),
                              ("float op", lambda: D(0.5)), ("float cmp", lambda: D(1) < 0.5),
                              ("float eq", lambda: D(1) == 0.5), ("syntax", lambda: D("x")),
                              ("impossible", lambda: D(10 ** 20) // D("1E-10")),
                              ("inf-inf", lambda: D("inf") - D("inf")), ("snan", lambda: D("snan") + 1),
                              ("nan payload", lambda: D("-NaN123") + 1), ("divmod 0", lambda: divmod(D(1), 0)),
                              ("mod 0", lambda: D(1) % 0), ("0 % 0", lambda: D(0) % 0),
                              ("clamp", lambda: Context(Emax=3, prec=3, clamp=1).create_decimal("1E+3"))]:
        ctx.clear_flags()
        show(thunk_name, thunk)
        print("   ", flags(ctx))

with localcontext() as ctx:
    for thunk_name, thunk in [("syntax", lambda: D("x")), ("1/0", lambda: D(1) / 0),
                              ("0/0", lambda: D(0) / 0), ("sqrt-1", lambda: D(-1).sqrt()),
                              ("overflow", lambda: D("1E999999") * 10), ("1//0", lambda: D(1) // 0),
                              ("1%0", lambda: D(1) % 0), ("0%0", lambda: D(0) % 0),
                              ("divmod", lambda: divmod(D(1), 0)), ("impossible", lambda: D(10 ** 30) // D("1e-10")),
                              ("nan lt", lambda: D("nan") < 1), ("snan", lambda: D("snan") + 1),
                              ("0**0", lambda: D(0) ** 0), ("0**-1", lambda: D(0) ** -1),
                              ("neg frac pow", lambda: D(-2) ** D("0.5")), ("inf*0", lambda: D("inf") * 0),
                              ("pow mod", lambda: pow(D(3), 4, 0)), ("pow mod frac", lambda: pow(D("3.5"), 4, 5)),
                              ("ln neg", lambda: D(-1).ln()), ("log10 0", lambda: D(0).log10())]:
        ctx.clear_flags()
        show(thunk_name, thunk)
        print("   ", flags(ctx))
    ctx.traps[Inexact] = True
    ctx.traps[Rounded] = True
    show("inexact trapped", lambda: D(1) / 3)
    show("rounded trapped", lambda: D("1.00000000000000000000000000000") + 0)
    ctx.traps[FloatOperation] = True
    show("float ctor", lambda: D(0.5))
    show("from_float", lambda: D.from_float(0.5))
    show("float eq", lambda: D(1) == 0.5)
    show("float lt", lambda: D(1) < 0.5)
    show("create_decimal float", lambda: ctx.create_decimal(0.5))
    try:
        D(1) / 0
    except ZeroDivisionError as e:
        print("caught as ZeroDivisionError:", type(e).__name__, e.args)
    try:
        D("x")
    except DecimalException as e:
        print("caught as DecimalException:", type(e).__name__, e.args)

print("-- BasicContext traps")
with localcontext(BasicContext) as ctx:
    print(D(1) / 3, D(2) / 3, D(355) / 113)
    show("underflow", lambda: D("1E-999999") / 10 ** 10)
    show("clamped", lambda: ctx.create_decimal("1E+999999") * 1)
    print(flags(ctx))

print("-- exponent limits")
with localcontext(Context(prec=4, Emin=-5, Emax=5, traps=[])) as ctx:
    for text in ["99999", "999999", "1E+5", "1E+6", "9.9995E+5", "1E-5", "1E-6", "1.234E-7", "1E-9", "5E-9",
                 "4E-9", "-1E-10"]:
        ctx.clear_flags()
        print(text, +D(text), flags(ctx))
    for rounding in ROUNDINGS:
        ctx.rounding = rounding
        print(rounding, +D("1E+7"), +D("-1E+7"), D("9999") * 1000)
with localcontext(Context(prec=3, Emin=-5, Emax=5, clamp=1, traps=[])) as ctx:
    for text in ["1E+5", "1E+4", "1.2E+3", "0E+10", "0E-10", "123E+3"]:
        ctx.clear_flags()
        print(text, +D(text), flags(ctx))

print("-- localcontext and setcontext")
before = getcontext()
with localcontext(prec=5, rounding=ROUND_UP) as ctx:
    print(ctx.prec, ctx.rounding, getcontext() is ctx, D(1) / 3)
    with localcontext(Emax=99) as inner:
        print(inner.prec, inner.Emax, getcontext() is inner)
    print(getcontext() is ctx)
print(getcontext() is before, getcontext().prec, D(1) / 3)
show("bad keyword", lambda: localcontext(x=1))
show("bad prec", lambda: localcontext(prec="a"))
show("bad ctx", lambda: localcontext(5))
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, D(1) / 3)
own = Context(prec=6)
setcontext(own)
print(getcontext() is own, D(2).sqrt())
setcontext(DefaultContext)
print(getcontext().prec, D(2).sqrt())
show("setcontext bad", lambda: setcontext(1))

print("-- attribute validation")
ctx = Context()
for name, value in [("prec", 0), ("prec", "a"), ("prec", 10), ("rounding", "x"), ("rounding", ROUND_UP),
                    ("Emin", 1), ("Emin", -10), ("Emax", -1), ("Emax", 10), ("capitals", 2), ("capitals", 0),
                    ("clamp", 5), ("clamp", 1), ("foo", 1)]:
    try:
        setattr(ctx, name, value)
        print(name, value, "ok", getattr(ctx, name))
    except Exception as e:
        print(name, value, type(e).__name__, e)
print(ctx)
show("traps dict", lambda: Context(traps={Inexact: True}))
show("flags list", lambda: Context(flags=[Inexact, Rounded], traps=[]))
ctx.traps = {s: s is Overflow for s in SIGNALS}
ctx.flags = {s: s is Clamped for s in SIGNALS}
print(ctx)
show("flags list", lambda: setattr(ctx, "flags", [Clamped]))
show("flags short dict", lambda: setattr(ctx, "traps", {Clamped: True}))
ctx.clear_traps()
ctx.clear_flags()
print(ctx)
copy_of = ctx.copy()
copy_of.prec = 3
print(ctx.prec, copy_of.prec, copy_of.flags is ctx.flags)
print(ctx.to_sci_string(D("1.5E+3")), D("1.5E+3").to_eng_string(context=ctx))

print("-- Context methods")
ctx = Context(prec=6, rounding=ROUND_HALF_EVEN)
print(ctx.add(1, D("0.5")), ctx.subtract(1, 3), ctx.multiply(D("1.23456"), 7), ctx.divide(1, 7),
      ctx.divide_int(17, 5), ctx.remainder(17, 5), ctx.divmod(17, 5), ctx.power(2, 30), ctx.power(3, 4, 5),
      ctx.sqrt(2), ctx.exp(1), ctx.ln(10), ctx.log10(2), ctx.abs(-3), ctx.minus(3), ctx.plus(D("1.23456789")))
print(ctx.compare(1, 2), ctx.compare_signal(2, 1), ctx.compare_total(1, D("1.0")), ctx.copy_abs(-1),
      ctx.copy_negate(1), ctx.copy_sign(1, -2), ctx.copy_decimal(5), ctx.fma(2, 3, 4), ctx.max(1, 2),
      ctx.min(1, 2), ctx.max_mag(-3, 2), ctx.min_mag(-3, 2), ctx.next_plus(1), ctx.next_minus(1),
      ctx.next_toward(1, 0), ctx.normalize(D("1.500")), ctx.number_class(-0), ctx.quantize(D("1.2345"), D("0.01")),
      ctx.radix(), ctx.remainder_near(10, 6), ctx.same_quantum(1, 2), ctx.scaleb(1, 3),
      ctx.to_eng_string(D("1E+7")), ctx.to_sci_string(D("1E+7")), ctx.to_integral_exact(D("2.5")),
      ctx.to_integral_value(D("3.5")), ctx.to_integral(D("-3.5")), ctx.logb(1000))
show("is_canonical int", lambda: ctx.is_canonical(1))
print(ctx.is_canonical(D(1)), ctx.is_finite(1), ctx.is_infinite(1), ctx.is_nan(1), ctx.is_qnan(1), ctx.is_snan(1),
      ctx.is_signed(-1), ctx.is_zero(0), ctx.is_normal(1), ctx.is_subnormal(1))
print(ctx.create_decimal("3.14159265"), ctx.create_decimal(), ctx.create_decimal(10 ** 10 + 1),
      ctx.create_decimal_from_float(0.1), ctx.create_decimal("NaN123"), ctx.create_decimal("-sNaN123456"))
show("create long snan", lambda: ctx.create_decimal("-sNaN1234567"))
show("create long nan", lambda: ctx.create_decimal("NaN1234567"))
show("add float", lambda: ctx.add(1.5, 2))
show("add str", lambda: ctx.add("1", 2))
show("sqrt bad context", lambda: D(1).sqrt(1))

print("-- DefaultContext supplies new contexts' defaults")
DefaultContext.prec = 12
DefaultContext.capitals = 0
DefaultContext.rounding = ROUND_UP
DefaultContext.traps[Inexact] = True
print(Context())
print(Context(Emax=5, capitals=0))
setcontext(DefaultContext)
print(getcontext(), getcontext() is DefaultContext)
show("inexact now trapped", lambda: D(1) / 3)
