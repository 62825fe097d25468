# math error cases: "math domain error", "math range error", overflow on huge ints, wrong argument types, and special-value results
import math
cases = [('sqrt(-1)', lambda: math.sqrt(-1)), ('log(0)', lambda: math.log(0)), ('log(-1)', lambda: math.log(-1)),
         ('log(0.0)', lambda: math.log(0.0)), ('log(2, 1)', lambda: math.log(2, 1)), ('log(2, 0)', lambda: math.log(2, 0)), ('log10(-5)', lambda: math.log10(-5)),
         ('log2(0)', lambda: math.log2(0)), ('log1p(-1)', lambda: math.log1p(-1)), ('acos(2)', lambda: math.acos(2)), ('asin(-1.5)', lambda: math.asin(-1.5)),
         ('atanh(1)', lambda: math.atanh(1)), ('acosh(0)', lambda: math.acosh(0)), ('exp(1000)', lambda: math.exp(1000)), ('pow(0, -1)', lambda: math.pow(0, -1)),
         ('pow(-8, 1/3)', lambda: math.pow(-8, 1 / 3)), ('pow(10, 400)', lambda: math.pow(10, 400)), ('sin(inf)', lambda: math.sin(math.inf)),
         ('cos(-inf)', lambda: math.cos(-math.inf)), ('fmod(1, 0)', lambda: math.fmod(1, 0)), ('fmod(inf, 1)', lambda: math.fmod(math.inf, 1)),
         ('gamma(0)', lambda: math.gamma(0)), ('gamma(-1)', lambda: math.gamma(-1)), ('lgamma(-2)', lambda: math.lgamma(-2)),
         ('sqrt(10**400)', lambda: math.sqrt(10 ** 400)), ('exp(10**400)', lambda: math.exp(10 ** 400)), ('ldexp(1, 10000)', lambda: math.ldexp(1, 10000)),
         ('cosh(1000)', lambda: math.cosh(1000)), ('sqrt("4")', lambda: math.sqrt('4')), ('sqrt(None)', lambda: math.sqrt(None)),
         ('sqrt()', lambda: math.sqrt()), ('log()', lambda: math.log()), ('hypot("a")', lambda: math.hypot('a')), ('dist((1,), (1, 2))', lambda: math.dist((1,), (1, 2))),
         ('fsum([inf, -inf])', lambda: math.fsum([math.inf, -math.inf])), ('fsum([1e308]*2)', lambda: math.fsum([1e308, 1e308])),
         ('remainder(1, 0)', lambda: math.remainder(1, 0)), ('factorial(10**20)', lambda: math.factorial(10 ** 20)), ('comb(1, "a")', lambda: math.comb(1, 'a')),
         ('isqrt(-5)', lambda: math.isqrt(-5)), ('ceil(inf)', lambda: math.ceil(math.inf)), ('trunc(nan)', lambda: math.trunc(math.nan)),
         ('isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1)), ('copysign("a", 1)', lambda: math.copysign('a', 1))]
for text, f in cases:
    try:
        print(text, '->', f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(text, '->', type(e).__name__ + ':', e)
print(math.log(math.inf), math.exp(-math.inf), math.sqrt(math.inf), math.atan(math.inf), math.tanh(-math.inf), math.exp(math.nan))
print(math.isnan(math.sin(math.nan)), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.pow(math.nan, 1), math.log(10 ** 1000) > 2302)
print(math.floor(-0.5), math.ceil(-0.5), math.copysign(1, math.ceil(-0.5)), math.fmod(-1, math.inf), math.atan2(math.inf, math.inf))
