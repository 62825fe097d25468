# complex() of floats and ints takes a direct path; everything else (bools,
# complex arguments, strings, __complex__, __float__) still goes through the
# protocols, with CPython's results.
print(complex(1), complex(1.5), complex(-0.0), complex(0.0, -0.0), complex(2, 3), complex(2.5, -1), complex(2**62, 3), complex(-7), complex(1, 1e308))
print(complex(True), complex(1, False), complex(1j, 2), complex(3, 1j), complex("1+2j"), complex(2**70))
class C:
    def __complex__(self): return 5j
class F:
    def __float__(self): return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
import cmath
print(cmath.sqrt(-1), cmath.sqrt(C()))
try:
    complex(None)
except TypeError as e:
    print(e)
