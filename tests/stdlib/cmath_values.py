# cmath on finite arguments, from tiny (subnormal) to huge, near the branch
# points and cuts, and around the overflow thresholds: results must agree
# with CPython to the last bit.
import cmath

values = [-1e308, -710.0, -2.5, -1.0, -1e-300, -0.0, 0.0, 5e-324, 1e-310, 0.75, 1.0, 1.2,
          3.0, 709.0, 711.0, 1e154, 1e308]
functions = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
             'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']

for name in functions:
    f = getattr(cmath, name)
    for i, x in enumerate(values):
        for j, y in enumerate(values):
            if (i + j) % 3:
                continue
            try:
                result = f(complex(x, y))
            except (ValueError, OverflowError) as e:
                result = '%s: %s' % (type(e).__name__, e)
            print(name, complex(x, y), result)

# A seeded sweep over random magnitudes.
seed = 12345
def draw():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    mantissa = (seed >> 11) / 2 ** 53 * 2 - 1
    exponent = (seed >> 3) % 40 - 20
    return mantissa * 10.0 ** exponent

for k in range(60):
    z = complex(draw(), draw())
    print(z, [getattr(cmath, name)(z) for name in ('sqrt', 'exp', 'log', 'asinh', 'atanh', 'tan')])

for z in [1, -1, 1j, -1j, 2, -2, 0.5, -0.5, 1 + 1e-17j, 1 - 1e-17j, -1 + 0j, -1 - 0j, complex(-1, -0.0)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.acos(z), cmath.asin(z), cmath.acosh(z), cmath.atan(z) if z not in (1j, -1j) else '-')
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-8, -2), cmath.log10(1000), cmath.log10(-1))
print(cmath.rect(2, cmath.pi / 4), cmath.rect(1, -0.0), cmath.rect(-1, 0.0), cmath.rect(0, 2), cmath.rect(1e308, 1.0))
print(cmath.polar(3 + 4j), cmath.polar(-1), cmath.polar(-1 - 0j), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
