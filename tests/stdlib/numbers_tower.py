# The numeric tower: built-in types' places, subclassing, abstract methods.
import numbers

values = [1, True, 2.5, 1j, "1", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in
                    (numbers.Number, numbers.Complex, numbers.Real,
                     numbers.Rational, numbers.Integral)])

for cls in (int, bool, float, complex):
    print(cls.__name__, issubclass(cls, numbers.Number), issubclass(cls, numbers.Integral),
          issubclass(cls, numbers.Real), issubclass(cls, numbers.Complex))

print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Complex))
print(numbers.Number.__hash__, numbers.__all__)

for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__))

try:
    numbers.Real()
except TypeError as e:
    print(type(e).__name__, "Can't instantiate" in str(e))

numbers.Number()   # no abstract methods
print("Number() ok")


class MyInt(numbers.Integral):
    """A minimal integral wrapping an int, to exercise the mixin methods."""
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return b ** self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return o << self.v
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return o >> self.v
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return o & self.v
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return o ^ self.v
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return o | self.v
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return f"MyInt({self.v})"

m = MyInt(7)
print(isinstance(m, numbers.Integral), isinstance(m, numbers.Real))
print(m.numerator, m.denominator, m.real, m.imag, m.conjugate(), float(m), complex(m))
print(m.__index__(), [10, 20, 30, 40, 50, 60, 70, 80][MyInt(2)])
print(m - 2, 10 - m, divmod(m, 3), divmod(20, m), bool(m), bool(MyInt(0)))


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    __add__ = __radd__ = __neg__ = __pos__ = __mul__ = __rmul__ = None
    __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __abs__ = __eq__ = None
    __trunc__ = __floor__ = __ceil__ = __round__ = None
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __lt__ = __le__ = None

print(float(Half()), Half.__abstractmethods__)

numbers.Rational.register(MyInt)
print(issubclass(MyInt, numbers.Rational))


class Registered:
    pass

numbers.Real.register(Registered)
print(isinstance(Registered(), numbers.Complex), isinstance(Registered(), numbers.Rational))
