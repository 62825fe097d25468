# Decimal's logical operations, rotate and shift, with their invalid operands.
from decimal import *
D = Decimal
def show(label, thunk):
    try: print(label, repr(thunk()))
    except Exception as e: print(label, type(e).__name__, e)
c = Context(prec=9, traps=[])
for a, b in [("1101", "1011"), ("0", "1"), ("111111111", "10"), ("1111111111111", "1"), ("12", "1"), ("-1", "1"), ("1.0", "1"), ("10E+1", "1"), ("NaN", "1")]:
    show((a, b), lambda: (c.logical_and(D(a), D(b)), c.logical_or(D(a), D(b)), c.logical_xor(D(a), D(b)), c.logical_invert(D(a))))
for a, n in [("123456789", 2), ("123456789", -2), ("12", 3), ("12", -3), ("123", 9), ("123", 10), ("123", -10), ("1234567890123", 1), ("-12.5", 1), ("Infinity", 2), ("NaN", 1), ("5", "1.0"), ("5", "1E+0"), ("0", 4)]:
    show((a, n), lambda: (c.rotate(D(a), D(n)), c.shift(D(a), D(n)), D(a).rotate(n, context=c), D(a).shift(n, context=c)))
print(c.flags[InvalidOperation])
show("trapped", lambda: D(2).logical_and(1))
print(D(1101).logical_and(D(1011)), D(1).logical_invert(), D(123).rotate(1), D(123).shift(-1))
