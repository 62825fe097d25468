# cmath at infinities, NaNs and signed zeros: every function over the grid of
# special classes (C99 Annex G's values, with their signs), and the errors
# CPython raises for some of these points.
import cmath

inf = float('inf')
nan = float('nan')
values = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
functions = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
             'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']


def attempt(label, f, *args):
    try:
        result = f(*args)
    except (ValueError, OverflowError) as e:
        result = '%s: %s' % (type(e).__name__, e)
    print(label, result)


for name in functions:
    f = getattr(cmath, name)
    for x in values:
        for y in values:
            attempt('%s(complex(%r, %r))' % (name, x, y), f, complex(x, y))

# rect with an infinite modulus and a finite nonzero angle takes its signs
# from cos and sin of the angle.
for r in values:
    for phi in values + [1.0, 3.0, -3.0]:
        attempt('rect(%r, %r)' % (r, phi), cmath.rect, r, phi)

for x in [0.0, -0.0, 1.0, 2.0, inf, nan, complex(0, inf)]:
    for base in [0.0, 1.0, 2.0, 10.0, inf, nan, 1j]:
        attempt('log(%r, %r)' % (x, base), cmath.log, x, base)

for x in values:
    for y in values:
        z = complex(x, y)
        print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
