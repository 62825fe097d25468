# cmath's argument conversions (int, float, complex, __complex__, __float__,
# __index__), its constants, isclose, and every error message.
import cmath


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.inf).__name__, type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.25


class WithIndex:
    def __index__(self):
        return 16


class WithBoth:
    def __complex__(self):
        return -4 + 0j

    def __float__(self):
        return 4.0


class BadComplex:
    def __complex__(self):
        return 3


class RaisingComplex:
    def __complex__(self):
        raise RuntimeError('no complex today')


class SubComplex(complex):
    pass


class SubFloat(float):
    pass


for arg in [4, -4, True, 2.25, -0.0, 3 + 4j, SubComplex(0, 4), SubFloat(9.0), 10 ** 20, 10 ** 400,
            WithComplex(), WithFloat(), WithIndex(), WithBoth(), BadComplex(), RaisingComplex(),
            '4', None, [], 1 + 0j]:
    attempt('sqrt(%s)' % type(arg).__name__, cmath.sqrt, arg)
    attempt('phase(%s)' % type(arg).__name__, cmath.phase, arg)
    attempt('isnan(%s)' % type(arg).__name__, cmath.isnan, arg)

attempt('sqrt()', cmath.sqrt)
attempt('sqrt(1, 2)', cmath.sqrt, 1, 2)
attempt('sqrt(z=1)', cmath.sqrt, z=1)
attempt('exp(1000)', cmath.exp, 1000)
attempt('exp(710+1j)', cmath.exp, 710 + 1j)
attempt('exp(709+1j)', cmath.exp, 709 + 1j)
attempt('exp(-1000)', cmath.exp, -1000)
attempt('cosh(1000)', cmath.cosh, 1000)
attempt('sinh(-1000j+1000)', cmath.sinh, 1000 - 1000j)
attempt('cos(1000j)', cmath.cos, 1000j)
attempt('tanh(1000)', cmath.tanh, 1000)
attempt('tan(1000j)', cmath.tan, 1000j)
attempt('log(0)', cmath.log, 0)
attempt('log(-0.0)', cmath.log, -0.0)
attempt('log10(0j)', cmath.log10, 0j)
attempt('log(1, 1)', cmath.log, 1, 1)
attempt('log(0, 2)', cmath.log, 0, 2)
attempt('log(2, 0)', cmath.log, 2, 0)
attempt('log()', cmath.log)
attempt('log(1, 2, 3)', cmath.log, 1, 2, 3)
attempt('log(x=1)', cmath.log, x=1)
attempt('log(1, "a")', cmath.log, 1, 'a')
attempt('atanh(1)', cmath.atanh, 1)
attempt('atanh(-1)', cmath.atanh, -1)
attempt('atan(1j)', cmath.atan, 1j)
attempt('atan(-1j)', cmath.atan, -1j)
attempt('polar(1e308+1e308j)', cmath.polar, complex(1e308, 1e308))
attempt('polar(1.7e308+1.7e308j)', cmath.polar, complex(1.7e308, 1.7e308))
attempt('phase(2+5e-324j)', cmath.phase, complex(2, 5e-324))
attempt('polar()', cmath.polar)
attempt('rect(1)', cmath.rect, 1)
attempt('rect(1j, 2)', cmath.rect, 1j, 2)
attempt('rect(1, "a")', cmath.rect, 1, 'a')
attempt('rect(1, 2, 3)', cmath.rect, 1, 2, 3)
attempt('rect(r=1, phi=2)', cmath.rect, r=1, phi=2)
attempt('rect(WithIndex(), WithFloat())', cmath.rect, WithIndex(), WithFloat())
attempt('rect(10**400, 1)', cmath.rect, 10 ** 400, 1)
attempt('rect(1, inf)', cmath.rect, 1, float('inf'))
attempt('rect(0, inf)', cmath.rect, 0, float('inf'))

attempt('isclose(1, 1+1e-10j)', cmath.isclose, 1, 1 + 1e-10j)
attempt('isclose(1, 1+1e-8j)', cmath.isclose, 1, 1 + 1e-8j)
attempt('isclose(1, 1.1, rel_tol=0.2)', cmath.isclose, 1, 1.1, rel_tol=0.2)
attempt('isclose(0, 1e-10, abs_tol=1e-9)', cmath.isclose, 0, 1e-10, abs_tol=1e-9)
attempt('isclose(inf, inf)', cmath.isclose, float('inf'), float('inf'))
attempt('isclose(infj, infj)', cmath.isclose, cmath.infj, cmath.infj)
attempt('isclose(inf, 1e308)', cmath.isclose, float('inf'), 1e308, abs_tol=float('inf'))
attempt('isclose(nan, nan)', cmath.isclose, cmath.nan, cmath.nan)
attempt('isclose(a=1, b=1)', cmath.isclose, a=1, b=1)
attempt('isclose(1)', cmath.isclose, 1)
attempt('isclose(1, 2, 3)', cmath.isclose, 1, 2, 3)
attempt('isclose(1, 2, rel_tol=-1)', cmath.isclose, 1, 2, rel_tol=-1)
attempt('isclose(1, 2, abs_tol=-1)', cmath.isclose, 1, 2, abs_tol=-1)
attempt('isclose(1, 2, foo=1)', cmath.isclose, 1, 2, foo=1)
attempt('isclose(1, "a")', cmath.isclose, 1, 'a')
attempt('isclose(1, 2, abs_tol=1j)', cmath.isclose, 1, 2, abs_tol=1j)
attempt('isclose(1, 2, rel_tol=WithIndex())', cmath.isclose, 1, 2, rel_tol=WithIndex())
attempt('isclose(1, b=2, a=1)', cmath.isclose, 1, b=2, a=1)
attempt('isnan()', cmath.isnan)
attempt('isinf(1, 2)', cmath.isinf, 1, 2)
