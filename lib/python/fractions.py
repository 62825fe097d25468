"""Rational numbers of arbitrary precision: Fraction(numerator, denominator).

A Fraction is kept normalised: the two integers have no common factor and
the denominator is positive. Arithmetic with ints and Fractions is exact;
with a float or a complex the Fraction is converted and the result is a
float or a complex, as CPython's fractions module does."""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

# The modulus of CPython's numeric hash (sys.hash_info), so that a Fraction
# hashes like the int or float it equals.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse_digits(text, start):
    """Reads digits with single underscores between them from text[start:].
    Returns (digits without underscores, end index); digits is '' if there
    are none."""
    position = start
    length = len(text)
    digits = []
    while position < length and text[position].isdecimal():
        digits.append(text[position])
        position += 1
        # An underscore counts only between two digits.
        if (position + 1 < length and text[position] == "_"
                and text[position + 1].isdecimal()):
            position += 1
    return "".join(digits), position


def _parse_fraction(literal):
    """The (numerator, denominator) a string like '-3/4', '1.5e3' or ' .5 '
    stands for, or None when it is not a valid Fraction literal."""
    text = literal.strip()
    position = 0
    negative = False
    if text[:1] in ("+", "-"):
        negative = text[0] == "-"
        position = 1
    whole, position = _parse_digits(text, position)
    numerator = int(whole or "0")
    denominator = 1
    if position < len(text) and text[position] == "/":
        if not whole:
            return None
        digits, position = _parse_digits(text, position + 1)
        if not digits:
            return None
        denominator = int(digits)
    else:
        fraction_digits = ""
        if position < len(text) and text[position] == ".":
            fraction_digits, position = _parse_digits(text, position + 1)
        if not whole and not fraction_digits:
            return None
        if fraction_digits:
            scale = 10 ** len(fraction_digits)
            numerator = numerator * scale + int(fraction_digits)
            denominator = scale
        if position < len(text) and text[position] in "eE":
            position += 1
            exponent_negative = False
            if text[position:position + 1] in ("+", "-"):
                exponent_negative = text[position] == "-"
                position += 1
            digits, position = _parse_digits(text, position)
            if not digits:
                return None
            exponent = int(digits)
            if exponent_negative:
                denominator *= 10 ** exponent
            else:
                numerator *= 10 ** exponent
    if position != len(text):
        return None
    return (-numerator if negative else numerator), denominator


def _is_decimal(value):
    # A Decimal exists only once the decimal module is loaded, so fractions
    # need not import it to recognise one.
    decimal_module = sys.modules.get("decimal")
    return decimal_module is not None and isinstance(value, decimal_module.Decimal)


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75),
    Fraction(Decimal('0.75')) or Fraction(other_rational)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_fraction(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational)
                and isinstance(denominator, numbers.Rational)):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            divisor = math.gcd(numerator, denominator)
            if denominator < 0:
                divisor = -divisor
            numerator //= divisor
            denominator //= divisor
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an integral number is accepted)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an integral number is accepted)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self; its convergents p/q are the
        # best approximations. Stop before q passes the limit, then compare
        # the last convergent with the best semiconvergent below the limit.
        previous_p, previous_q, current_p, current_q = 0, 1, 1, 0
        remaining_n, remaining_d = self._numerator, self._denominator
        while True:
            term = remaining_n // remaining_d
            next_q = previous_q + term * current_q
            if next_q > max_denominator:
                break
            previous_p, previous_q, current_p, current_q = (
                current_p, current_q, previous_p + term * current_p, next_q)
            remaining_n, remaining_d = remaining_d, remaining_n - term * remaining_d
        steps = (max_denominator - previous_q) // current_q
        semiconvergent = Fraction(previous_p + steps * current_p,
                                  previous_q + steps * current_q)
        convergent = Fraction(current_p, current_q)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Each binary operator exists in a forward (Fraction op x) and a
    # reflected (x op Fraction) form. Rationals are computed exactly; a float
    # or complex operand turns the computation into float or complex
    # arithmetic with the built-in operator.
    def _make_operators(exact, inexact):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented
        forward.__name__ = "__" + inexact.__name__ + "__"

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = "__r" + inexact.__name__ + "__"
        return forward, reverse

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        # Cancel common factors crosswise first, as CPython does; this also
        # makes a / 0 report Fraction(1, 0) (or -1, or 0) as CPython does.
        a_numerator, a_denominator = a.numerator, a.denominator
        b_numerator, b_denominator = b.numerator, b.denominator
        numerators_gcd = math.gcd(a_numerator, b_numerator)
        if numerators_gcd > 1:
            a_numerator //= numerators_gcd
            b_numerator //= numerators_gcd
        denominators_gcd = math.gcd(b_denominator, a_denominator)
        if denominators_gcd > 1:
            a_denominator //= denominators_gcd
            b_denominator //= denominators_gcd
        numerator = a_numerator * b_denominator
        denominator = b_numerator * a_denominator
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        return Fraction(numerator, denominator, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        quotient, remainder = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return quotient, Fraction(remainder, a.denominator * b.denominator)

    def _mod(a, b):
        remainder = (a.numerator * b.denominator) % (b.numerator * a.denominator)
        return Fraction(remainder, a.denominator * b.denominator)

    __add__, __radd__ = _make_operators(_add, operator.add)
    __sub__, __rsub__ = _make_operators(_sub, operator.sub)
    __mul__, __rmul__ = _make_operators(_mul, operator.mul)
    __truediv__, __rtruediv__ = _make_operators(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _make_operators(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _make_operators(_divmod, divmod)
    __mod__, __rmod__ = _make_operators(_mod, operator.mod)
    del _make_operators, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                # A fractional power is in general irrational.
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power,
                                _normalize=False)
            # A negative power inverts; the sign moves to the new numerator.
            if a._numerator >= 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power,
                                _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                            _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a Fraction exponent b."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self) is an int, halves going to the even neighbour;
        round(self, n) is a Fraction rounded to n decimal places."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # The hash of n/d is n * d**-1 modulo the hash modulus: the same
        # value int and float hashes give for the number they represent.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # d is a multiple of the modulus: the number hashes as infinity.
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # No fraction equals these; 0.0 stands for any finite value.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
