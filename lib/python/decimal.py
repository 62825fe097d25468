"""Decimal floating-point arithmetic (the General Decimal Arithmetic
Specification), with the results, signals and messages of CPython's C
decimal module.

A Decimal is a sign, an integer coefficient and a power-of-ten exponent
(or a NaN or an infinity); it is exact and immutable. Operations round
their result to the current Context's precision with its rounding mode and
record what happened (Inexact, Rounded, ...) in the context's flags; a
signal whose trap is set raises instead. Everything is integer arithmetic
on the coefficients: there is no binary floating point inside.

exp, ln, log10 and non-integral powers are correctly rounded: they are
computed with guard digits, and with more until the rounding is certain."""

# Imported under private names: like C decimal, the module has no __all__,
# so "from decimal import *" exports every public name it holds.
import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple


__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10_INVERSE = pow(10, -1, _HASH_MODULUS)


# ---- signals ----------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals in the order of a context's flags and traps dicts, which is
# also the order of precedence when several trapped signals fire at once.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
# The order in which Context's repr lists flags and traps.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
# Conditions are finer than signals: each sets its signal's flag.
_INVALID_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible,
                       DivisionUndefined, InvalidContext)
_CONDITION_SIGNAL = {condition: InvalidOperation for condition in _INVALID_CONDITIONS}


# ---- contexts ---------------------------------------------------------------

class _SignalDict(dict):
    """A context's flags or traps: a bool per signal."""

    def __repr__(self):
        return "{" + ", ".join("%r:%r" % item for item in self.items()) + "}"


def _signal_dict(enabled):
    return _SignalDict((signal, signal in enabled) for signal in _SIGNALS)


_ROUNDING_ERROR = ("valid values for rounding are:\n"
                   "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                   "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                   "   ROUND_05UP]")


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return value


class Context:
    """The environment of decimal arithmetic: precision, rounding mode,
    exponent limits, and the flags and traps of the signals."""

    __slots__ = ("_prec", "_rounding", "_Emin", "_Emax", "_capitals",
                 "_clamp", "_flags", "_traps")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        # Precision, rounding and exponent limits not given come from
        # DefaultContext, as in C decimal (the templates themselves are built
        # with every field given); capitals and clamp default to 1 and 0.
        template = globals().get("DefaultContext")

        def given_or_default(value, name):
            return value if value is not None else getattr(template, name)

        self.prec = given_or_default(prec, "prec")
        self.rounding = given_or_default(rounding, "rounding")
        self.Emin = given_or_default(Emin, "Emin")
        self.Emax = given_or_default(Emax, "Emax")
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = self._signal_dict_from_argument(flags if flags is not None else [])
        if traps is None:
            traps = [signal for signal, on in template.traps.items() if on]
        self.traps = self._signal_dict_from_argument(traps)

    # Attributes are validated as CPython's C decimal validates them.
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not 1 <= _check_int(value) <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        object.__setattr__(self, "_prec", value)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError(_ROUNDING_ERROR)
        object.__setattr__(self, "_rounding", value)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not MIN_EMIN <= _check_int(value) <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        object.__setattr__(self, "_Emin", value)

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not 0 <= _check_int(value) <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        object.__setattr__(self, "_Emax", value)

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        object.__setattr__(self, "_capitals", value)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        object.__setattr__(self, "_clamp", value)

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        object.__setattr__(self, "_flags", self._signal_dict_from(value))

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        object.__setattr__(self, "_traps", self._signal_dict_from(value))

    @staticmethod
    def _signal_dict_from(value):
        """A dict with a bool for every signal (assignment takes only that)."""
        if not isinstance(value, dict):
            raise TypeError("argument must be a signal dict")
        if len(value) != len(_SIGNALS) or any(signal not in value for signal in _SIGNALS):
            raise KeyError("invalid signal dict")
        return _SignalDict((signal, bool(value[signal])) for signal in _SIGNALS)

    @staticmethod
    def _signal_dict_from_argument(value):
        """Context()'s flags and traps: a signal dict or a list of signals."""
        if isinstance(value, dict):
            return Context._signal_dict_from(value)
        enabled = list(value)
        for signal in enabled:
            if signal not in _SIGNALS:
                raise KeyError("invalid error flag")
        return _signal_dict(enabled)

    def __setattr__(self, name, value):
        if name not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp",
                        "flags", "traps"):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _REPR_ORDER if self._flags[s])
        traps = ", ".join(s.__name__ for s in _REPR_ORDER if self._traps[s])
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self._prec, self._rounding, self._Emin, self._Emax,
                                             self._capitals, self._clamp, flags, traps))

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self._flags[s]]
        traps = [s for s in _SIGNALS if self._traps[s]]
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp, flags, traps))

    def Etiny(self):
        """The smallest exponent of a subnormal number: Emin - prec + 1."""
        return self._Emin - self._prec + 1

    def Etop(self):
        """The largest exponent of a full-precision number: Emax - prec + 1."""
        return self._Emax - self._prec + 1

    def copy(self):
        duplicate = Context.__new__(Context)
        for slot in ("_prec", "_rounding", "_Emin", "_Emax", "_capitals", "_clamp"):
            object.__setattr__(duplicate, slot, getattr(self, slot))
        object.__setattr__(duplicate, "_flags", _SignalDict(self._flags))
        object.__setattr__(duplicate, "_traps", _SignalDict(self._traps))
        return duplicate

    __copy__ = copy

    def clear_flags(self):
        for signal in _SIGNALS:
            self._flags[signal] = False

    def clear_traps(self):
        for signal in _SIGNALS:
            self._traps[signal] = False

    def _signal(self, conditions):
        """Records the conditions an operation raised in the flags, and
        raises the most important trapped one with the list CPython shows."""
        signals = {_CONDITION_SIGNAL.get(condition, condition) for condition in conditions}
        for signal in signals:
            self._flags[signal] = True
        trapped = [signal for signal in _SIGNALS if signal in signals and self._traps[signal]]
        if not trapped:
            return
        listing = []
        if self._traps[InvalidOperation]:
            listing = [c for c in _INVALID_CONDITIONS if c in conditions]
        listing += [s for s in _SIGNALS[1:] if s in conditions and self._traps[s]]
        raise trapped[0](listing)

    def _run(self, operation, *operands):
        """Runs operation(*operands, context, status), then signals."""
        status = set()
        result = operation(*operands, self, status)
        if status:
            self._signal(status)
        return result

    def create_decimal(self, num="0"):
        """num as a Decimal rounded to this context (NaN payloads too long
        for it are a ConversionSyntax)."""
        if isinstance(num, float):
            self._signal({FloatOperation})
        value = Decimal(num, self)
        status = set()
        if value._is_special:
            if value._exp in "nN" and _digit_count(value._int) > self._prec - self._clamp:
                status.add(ConversionSyntax)
                result = _nan(0, 0)
            else:
                result = value
        else:
            result = _fix(value._sign, value._int, value._exp, self, status)
        if status:
            self._signal(status)
        return result

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    # Context methods: the operation of the same name under this context.
    def abs(self, a):
        return _strict(a).__abs__(context=self)

    def add(self, a, b):
        return self._run(_add, _strict(a), _strict(b))

    def subtract(self, a, b):
        return self._run(_subtract, _strict(a), _strict(b))

    def multiply(self, a, b):
        return self._run(_multiply, _strict(a), _strict(b))

    def divide(self, a, b):
        return self._run(_divide, _strict(a), _strict(b))

    def divide_int(self, a, b):
        return self._run(_floor_divide, _strict(a), _strict(b))

    def remainder(self, a, b):
        return self._run(_remainder, _strict(a), _strict(b))

    def divmod(self, a, b):
        return self._run(_divmod, _strict(a), _strict(b))

    def power(self, a, b, modulo=None):
        return _strict(a).__pow__(_strict(b), modulo, context=self)

    def compare(self, a, b):
        return _strict(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return _strict(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _strict(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _strict(a).compare_total_mag(b)

    def copy_abs(self, a):
        return _strict(a).copy_abs()

    def copy_negate(self, a):
        return _strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _strict(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_strict(a))

    def exp(self, a):
        return _strict(a).exp(context=self)

    def ln(self, a):
        return _strict(a).ln(context=self)

    def log10(self, a):
        return _strict(a).log10(context=self)

    def logb(self, a):
        return _strict(a).logb(context=self)

    def sqrt(self, a):
        return _strict(a).sqrt(context=self)

    def fma(self, a, b, c):
        return _strict(a).fma(b, c, context=self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a.is_canonical()

    def is_finite(self, a):
        return _strict(a).is_finite()

    def is_infinite(self, a):
        return _strict(a).is_infinite()

    def is_nan(self, a):
        return _strict(a).is_nan()

    def is_qnan(self, a):
        return _strict(a).is_qnan()

    def is_snan(self, a):
        return _strict(a).is_snan()

    def is_signed(self, a):
        return _strict(a).is_signed()

    def is_zero(self, a):
        return _strict(a).is_zero()

    def is_normal(self, a):
        return _strict(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _strict(a).is_subnormal(context=self)

    def max(self, a, b):
        return _strict(a).max(b, context=self)

    def min(self, a, b):
        return _strict(a).min(b, context=self)

    def max_mag(self, a, b):
        return _strict(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _strict(a).min_mag(b, context=self)

    def minus(self, a):
        return _strict(a).__neg__(context=self)

    def plus(self, a):
        return _strict(a).__pos__(context=self)

    def next_minus(self, a):
        return _strict(a).next_minus(context=self)

    def next_plus(self, a):
        return _strict(a).next_plus(context=self)

    def next_toward(self, a, b):
        return _strict(a).next_toward(b, context=self)

    def normalize(self, a):
        return _strict(a).normalize(context=self)

    def number_class(self, a):
        return _strict(a).number_class(context=self)

    def quantize(self, a, b):
        return _strict(a).quantize(b, context=self)

    def radix(self):
        return Decimal(10)

    def remainder_near(self, a, b):
        return _strict(a).remainder_near(b, context=self)

    def same_quantum(self, a, b):
        return _strict(a).same_quantum(b)

    def scaleb(self, a, b):
        return _strict(a).scaleb(b, context=self)

    def to_eng_string(self, a):
        return _strict(a).to_eng_string(context=self)

    def to_sci_string(self, a):
        return _strict(a).__str__(context=self)

    def to_integral_exact(self, a):
        return _strict(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _strict(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def logical_and(self, a, b):
        return _strict(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _strict(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _strict(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _strict(a).logical_invert(context=self)

    def rotate(self, a, b):
        return _strict(a).rotate(b, context=self)

    def shift(self, a, b):
        return _strict(a).shift(b, context=self)


# The current context. pyvm runs one thread, so it is a module variable.
_current_context = None


def getcontext():
    """The current context (a copy of DefaultContext until one is set)."""
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    """Makes context the current one (a copy, for the three templates)."""
    global _current_context
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_context = context


class _LocalContext:
    def __init__(self, context):
        self.new_context = context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc_info):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (or of the current context),
    with the attributes given as keywords, current within its block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new_context = ctx.copy()
    for name, value in kwargs.items():
        if name not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp",
                        "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(new_context, name, value)
    return _LocalContext(new_context)


def _context_argument(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


# ---- helpers on coefficients ------------------------------------------------

def _digit_count(n):
    """The number of decimal digits of n >= 0 (1 for 0)."""
    if n < 10 ** 15:
        return len(str(n))
    # An estimate from the bit length, corrected by one comparison.
    estimate = (n.bit_length() * 30103) // 100000
    return estimate + 1 if n >= 10 ** estimate else estimate


def _digits_text(n):
    """str(n) for n >= 0 of any size (str() refuses ints past 4300 digits)."""
    if n.bit_length() < 12000:
        return str(n)
    half = _digit_count(n) // 2
    high, low = divmod(n, 10 ** half)
    return _digits_text(high) + _digits_text(low).rjust(half, "0")


def _int_from_digits(text):
    """int(text) for an ASCII digit string of any length."""
    if len(text) < 3000:
        return int(text)
    half = len(text) // 2
    return _int_from_digits(text[:-half]) * 10 ** half + _int_from_digits(text[-half:])


def _round_coefficient(sign, coefficient, drop, rounding):
    """coefficient without its last drop (> 0) digits, rounded by the mode:
    (new coefficient, whether a nonzero digit was dropped)."""
    if drop > _digit_count(coefficient) + 1:
        # Everything goes and what goes is less than half a unit.
        quotient, remainder, divisor = 0, coefficient, None
    else:
        divisor = 10 ** drop
        quotient, remainder = divmod(coefficient, divisor)
    if remainder == 0:
        return quotient, False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = quotient % 5 == 0
    else:
        twice = remainder * 2
        if divisor is None or twice < divisor:
            up = False
        elif twice > divisor:
            up = True
        elif rounding == ROUND_HALF_UP:
            up = True
        elif rounding == ROUND_HALF_DOWN:
            up = False
        else:
            up = quotient & 1 == 1
    return quotient + up, True


def _new(sign, coefficient, exponent):
    result = object.__new__(Decimal)
    result._sign = sign
    result._int = coefficient
    result._exp = exponent
    result._is_special = False
    return result


def _special(sign, kind, payload=0):
    """A NaN ('n'), signaling NaN ('N') or infinity ('F')."""
    result = object.__new__(Decimal)
    result._sign = sign
    result._int = payload
    result._exp = kind
    result._is_special = True
    return result


def _nan(sign, payload):
    return _special(sign, "n", payload)


def _infinity(sign):
    return _special(sign, "F")


def _invalid(status, condition=InvalidOperation):
    status.add(condition)
    return _nan(0, 0)


def _overflow(sign, context, status, rounding):
    status.update((Overflow, Inexact, Rounded))
    to_infinity = (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                   or (rounding == ROUND_CEILING and sign == 0)
                   or (rounding == ROUND_FLOOR and sign == 1))
    if to_infinity:
        return _infinity(sign)
    return _new(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)


def _fix(sign, coefficient, exponent, context, status, rounding=None):
    """The finite number sign, coefficient, exponent fitted to context:
    rounded to its precision, and to its exponent range (overflow,
    subnormal results, clamping), with the signals that raises."""
    if rounding is None:
        rounding = context._rounding
    precision = context._prec
    etiny = context._Emin - precision + 1
    etop = context._Emax - precision + 1
    if coefficient == 0:
        highest = etop if context._clamp else context._Emax
        clamped = min(max(exponent, etiny), highest)
        if clamped != exponent:
            status.add(Clamped)
        return _new(sign, 0, clamped)
    digits = _digit_count(coefficient)
    # The exponent that leaves exactly `precision` digits.
    lowest = exponent + digits - precision
    if lowest > etop:
        return _overflow(sign, context, status, rounding)
    subnormal = lowest < etiny
    if subnormal:
        lowest = etiny
    if exponent < lowest:
        coefficient, inexact = _round_coefficient(sign, coefficient, lowest - exponent, rounding)
        if coefficient and _digit_count(coefficient) > precision:
            # 999.. rounded up to 1000..: drop the extra zero.
            coefficient //= 10
            lowest += 1
        if lowest > etop:
            result = _overflow(sign, context, status, rounding)
        else:
            result = _new(sign, coefficient, lowest)
        if inexact and subnormal:
            status.add(Underflow)
        if subnormal:
            status.add(Subnormal)
        if inexact:
            status.add(Inexact)
        status.add(Rounded)
        if coefficient == 0:
            status.add(Clamped)
        return result
    if subnormal:
        status.add(Subnormal)
    if context._clamp and exponent > etop:
        status.add(Clamped)
        return _new(sign, coefficient * 10 ** (exponent - etop), etop)
    return _new(sign, coefficient, exponent)


def _fix_decimal(value, context, status, rounding=None):
    if value._is_special:
        return value
    return _fix(value._sign, value._int, value._exp, context, status, rounding)


def _quiet_nan(value, context):
    """A NaN operand as a quiet NaN result, its payload cut to what the
    context allows."""
    payload = value._int
    allowed = context._prec - context._clamp
    if payload and _digit_count(payload) > allowed:
        payload %= 10 ** allowed
    return _nan(value._sign, payload)


def _check_nans(a, b, context, status):
    """The NaN result of an operation with a NaN operand, or None.
    Signaling NaNs are invalid operations; the first NaN wins."""
    a_kind = a._exp if a._is_special else None
    b_kind = b._exp if b is not None and b._is_special else None
    if a_kind == "N" or b_kind == "N":
        status.add(InvalidOperation)
        return _quiet_nan(a if a_kind == "N" else b, context)
    if a_kind == "n":
        return _quiet_nan(a, context)
    if b_kind == "n":
        return _quiet_nan(b, context)
    return None


# ---- conversions --------------------------------------------------------------

def _parse_digits(text):
    """The ASCII form of a string of decimal digits, or None."""
    if not text.isdecimal():
        return None
    if not text.isascii():
        text = "".join(str(int(ch)) for ch in text)
    return text


def _parse_decimal(text):
    """A Decimal from its string form, or None if it is not valid. As in
    C decimal, underscores anywhere inside are ignored."""
    text = text.strip().replace("_", "")
    sign = 0
    if text[:1] in ("+", "-"):
        sign = 1 if text[0] == "-" else 0
        text = text[1:]
    lowered = text.lower()
    if lowered in ("inf", "infinity"):
        return _infinity(sign)
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if lowered.startswith(prefix):
            payload_text = text[len(prefix):]
            if not payload_text:
                return _special(sign, kind)
            digits = _parse_digits(payload_text)
            return None if digits is None else _special(sign, kind, _int_from_digits(digits))
    exponent = 0
    mark = lowered.find("e")
    if mark >= 0:
        exponent_text = text[mark + 1:]
        text = text[:mark]
        exponent_sign = 1
        if exponent_text[:1] in ("+", "-"):
            exponent_sign = -1 if exponent_text[0] == "-" else 1
            exponent_text = exponent_text[1:]
        digits = _parse_digits(exponent_text)
        if digits is None:
            return None
        exponent = exponent_sign * int(digits)
    whole, point, fraction = text.partition(".")
    if not whole and not fraction:
        return None
    whole_digits = _parse_digits(whole) if whole else ""
    fraction_digits = _parse_digits(fraction) if fraction else ""
    if whole_digits is None or fraction_digits is None:
        return None
    return _new(sign, _int_from_digits(whole_digits + fraction_digits),
                exponent - len(fraction_digits))


def _from_float(value):
    if _math.isnan(value):
        return _nan(1 if _math.copysign(1.0, value) < 0 else 0, 0)
    sign = 1 if _math.copysign(1.0, value) < 0 else 0
    if _math.isinf(value):
        return _infinity(sign)
    numerator, denominator = abs(value).as_integer_ratio()
    # The denominator is 2**k, and n / 2**k = n * 5**k / 10**k exactly.
    k = denominator.bit_length() - 1
    return _new(sign, numerator * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exponent = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exponent == "F":
        return _infinity(sign)
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coefficient = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coefficient = coefficient * 10 + digit
    if exponent in ("n", "N"):
        return _special(sign, exponent, coefficient)
    if isinstance(exponent, str):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    if not isinstance(exponent, int):
        raise ValueError("exponent must be an integer")
    return _new(sign, coefficient, exponent)


def _operand(value):
    """An arithmetic operand as a Decimal, or NotImplemented."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    return NotImplemented


def _strict(value):
    """An operand of a method as a Decimal; other types are a TypeError."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)


def _from_int(value):
    value = int(value)
    return _new(1 if value < 0 else 0, abs(value), 0)


# ---- arithmetic on Decimals ---------------------------------------------------
#
# Each operation takes its operands, the context and a status set it adds
# the conditions it raises to; Context._run applies the status afterwards.

def _add(a, b, context, status, negate_b=False):
    b_sign = b._sign ^ negate_b
    if a._is_special or b._is_special:
        nan = _check_nans(a, b, context, status)
        if nan is not None:
            return nan
        if a._exp == "F":
            if b._exp == "F" and a._sign != b_sign:
                return _invalid(status)
            return _infinity(a._sign)
        return _infinity(b_sign)
    exponent = min(a._exp, b._exp)
    # An exact zero sum is positive, unless both operands are negative or
    # the signs differ under ROUND_FLOOR.
    zero_sign = 1 if context._rounding == ROUND_FLOOR and a._sign != b_sign else 0
    if not a._int and not b._int:
        sign = 1 if zero_sign or (a._sign and b_sign) else 0
        return _fix(sign, 0, exponent, context, status)
    if not a._int:
        exponent = max(exponent, b._exp - context._prec - 1)
        return _fix(b_sign, b._int * 10 ** (b._exp - exponent), exponent, context, status)
    if not b._int:
        exponent = max(exponent, a._exp - context._prec - 1)
        return _fix(a._sign, a._int * 10 ** (a._exp - exponent), exponent, context, status)
    big, small = (a._int, a._exp, a._sign), (b._int, b._exp, b_sign)
    if big[1] < small[1]:
        big, small = small, big
    # When the smaller-exponent operand lies entirely below the digits the
    # rounded result can keep, only its presence matters: replace it by a
    # single digit there so the alignment below stays small.
    floor_exponent = big[1] + min(-1, _digit_count(big[0]) - context._prec - 2)
    if _digit_count(small[0]) + small[1] - 1 < floor_exponent:
        small = (1, floor_exponent, small[2])
    exponent = small[1]
    big_value = big[0] * 10 ** (big[1] - exponent)
    total = (-big_value if big[2] else big_value) + (-small[0] if small[2] else small[0])
    if total == 0:
        return _fix(zero_sign, 0, exponent, context, status)
    return _fix(1 if total < 0 else 0, abs(total), exponent, context, status)


def _subtract(a, b, context, status):
    return _add(a, b, context, status, negate_b=True)


def _multiply(a, b, context, status):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _check_nans(a, b, context, status)
        if nan is not None:
            return nan
        if (a._exp == "F" and not b._is_special and not b._int) or \
                (b._exp == "F" and not a._is_special and not a._int):
            return _invalid(status)
        return _infinity(sign)
    return _fix(sign, a._int * b._int, a._exp + b._exp, context, status)


def _divide(a, b, context, status):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _check_nans(a, b, context, status)
        if nan is not None:
            return nan
        if a._exp == "F":
            if b._exp == "F":
                return _invalid(status)
            return _infinity(sign)
        status.add(Clamped)
        return _new(sign, 0, context.Etiny())
    if not b._int:
        if not a._int:
            return _invalid(status, DivisionUndefined)
        status.add(DivisionByZero)
        return _infinity(sign)
    ideal_exponent = a._exp - b._exp
    if not a._int:
        return _fix(sign, 0, ideal_exponent, context, status)
    # A quotient of at least prec + 1 digits; an inexact one gets a last
    # digit other than 0 or 5 so that every rounding mode rounds it right.
    shift = _digit_count(b._int) - _digit_count(a._int) + context._prec + 1
    exponent = ideal_exponent - shift
    if shift >= 0:
        quotient, remainder = divmod(a._int * 10 ** shift, b._int)
    else:
        quotient, remainder = divmod(a._int, b._int * 10 ** -shift)
    if remainder:
        if quotient % 5 == 0:
            quotient += 1
    else:
        while exponent < ideal_exponent and quotient % 10 == 0:
            quotient //= 10
            exponent += 1
    return _fix(sign, quotient, exponent, context, status)


def _integer_division(a, b, context, status):
    """The truncated quotient and the remainder of two finite numbers, b
    nonzero: (quotient, remainder) with the remainder not yet fitted."""
    sign = a._sign ^ b._sign
    ideal_exponent = min(a._exp, b._exp)
    if b._exp == "F":
        return _new(sign, 0, 0), a
    exponent_difference = (a._exp + _digit_count(a._int)) - (b._exp + _digit_count(b._int))
    if not a._int or exponent_difference <= -2:
        remainder = _new(a._sign, a._int * 10 ** (a._exp - ideal_exponent), ideal_exponent)
        return _new(sign, 0, 0), remainder
    if exponent_difference <= context._prec:
        a_value, b_value = a._int, b._int
        if a._exp >= b._exp:
            a_value *= 10 ** (a._exp - b._exp)
        else:
            b_value *= 10 ** (b._exp - a._exp)
        quotient, remainder = divmod(a_value, b_value)
        if quotient < 10 ** context._prec:
            return _new(sign, quotient, 0), _new(a._sign, remainder, ideal_exponent)
    nan = _invalid(status, DivisionImpossible)
    return nan, nan


def _quotient_special(a, b, context, status):
    """a // b when an operand is special or b is zero, else None."""
    nan = _check_nans(a, b, context, status)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == "F":
        return _invalid(status) if b._exp == "F" else _infinity(sign)
    if b._exp == "F":
        return _new(sign, 0, 0)
    if not b._int:
        if not a._int:
            return _invalid(status, DivisionUndefined)
        status.add(DivisionByZero)
        return _infinity(sign)
    return None


def _remainder_special(a, b, context, status):
    """a % b when an operand is special or b is zero, else None."""
    nan = _check_nans(a, b, context, status)
    if nan is not None:
        return nan
    if a._exp == "F":
        return _invalid(status)
    if b._exp == "F":
        return _fix_decimal(a, context, status)
    if not b._int:
        return _invalid(status, InvalidOperation if a._int else DivisionUndefined)
    return None


def _floor_divide(a, b, context, status):
    if a._is_special or b._is_special or not b._int:
        return _quotient_special(a, b, context, status)
    return _fix_decimal(_integer_division(a, b, context, status)[0], context, status)


def _remainder(a, b, context, status):
    if a._is_special or b._is_special or not b._int:
        return _remainder_special(a, b, context, status)
    remainder = _integer_division(a, b, context, status)[1]
    return _fix_decimal(remainder, context, status)


def _divmod(a, b, context, status):
    if a._is_special or b._is_special or not b._int:
        nan = _check_nans(a, b, context, status)
        if nan is not None:
            return nan, nan
        sign = a._sign ^ b._sign
        if a._exp == "F":
            if b._exp == "F":
                nan = _invalid(status)
                return nan, nan
            return _infinity(sign), _invalid(status)
        if b._exp == "F":
            return _new(sign, 0, 0), _fix_decimal(a, context, status)
        if not a._int:
            nan = _invalid(status, DivisionUndefined)
            return nan, nan
        status.add(DivisionByZero)
        return _infinity(sign), _invalid(status)
    quotient, remainder = _integer_division(a, b, context, status)
    return _fix_decimal(quotient, context, status), _fix_decimal(remainder, context, status)


def _compare_values(a, b):
    """-1, 0 or 1 as a < b, a == b, a > b for non-NaN Decimals."""
    if a._is_special or b._is_special:
        a_rank = (-1 if a._sign else 1) if a._exp == "F" else 0
        b_rank = (-1 if b._sign else 1) if b._exp == "F" else 0
        if a_rank == b_rank:
            return 0
        if a_rank or b_rank:
            return -1 if a_rank < b_rank else 1
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    direction = -1 if a._sign else 1
    a_adjusted = a._exp + _digit_count(a._int)
    b_adjusted = b._exp + _digit_count(b._int)
    if a_adjusted != b_adjusted:
        return direction if a_adjusted > b_adjusted else -direction
    # Same magnitude: align the coefficients (their lengths differ by the
    # exponents' difference, so this stays small).
    a_value, b_value = a._int, b._int
    if a._exp > b._exp:
        a_value *= 10 ** (a._exp - b._exp)
    else:
        b_value *= 10 ** (b._exp - a._exp)
    if a_value == b_value:
        return 0
    return direction if a_value > b_value else -direction


def _is_integral(value):
    if value._is_special:
        return False
    if value._exp >= 0 or not value._int:
        return True
    return value._int % 10 ** -value._exp == 0


def _integral_value(value):
    """The int a finite integral Decimal equals."""
    if value._exp >= 0:
        magnitude = value._int * 10 ** value._exp
    else:
        magnitude = value._int // 10 ** -value._exp
    return -magnitude if value._sign else magnitude


def _rescale(value, exponent, rounding):
    """A finite value with the given exponent, rounded if digits go."""
    if not value._int:
        return _new(value._sign, 0, exponent)
    if value._exp >= exponent:
        return _new(value._sign, value._int * 10 ** (value._exp - exponent), exponent)
    coefficient, _ = _round_coefficient(value._sign, value._int, exponent - value._exp, rounding)
    return _new(value._sign, coefficient, exponent)


def _round_significant(value, digits, rounding):
    """A finite value rounded to `digits` significant digits."""
    if value._is_special or not value._int:
        return value
    adjusted = value._exp + _digit_count(value._int) - 1
    result = _rescale(value, adjusted + 1 - digits, rounding)
    result_adjusted = result._exp + _digit_count(result._int) - 1
    if result._int and result_adjusted != adjusted:
        # 9.99 rounded to 2 digits became 10.0: one digit too many.
        result = _rescale(result, result_adjusted + 1 - digits, rounding)
    return result


# ---- square root, exp, ln, log10, power ---------------------------------------

def _sqrt(a, context, status):
    if a._is_special:
        nan = _check_nans(a, None, context, status)
        if nan is not None:
            return nan
        if a._sign == 0:
            return a
        return _invalid(status)
    if not a._int:
        return _fix(a._sign, 0, a._exp // 2, context, status)
    if a._sign:
        return _invalid(status)
    # sqrt(c * 10**e) with e made even: sqrt(c') * 10**(e'/2). Scale c' by
    # 100**shift so that its integer root has prec + 1 digits.
    working_precision = context._prec + 1
    coefficient, exponent = a._int, a._exp
    if exponent & 1:
        coefficient *= 10
        root_digits = (_digit_count(a._int) >> 1) + 1
    else:
        root_digits = (_digit_count(a._int) + 1) >> 1
    half_exponent = exponent >> 1
    shift = working_precision - root_digits
    if shift >= 0:
        coefficient *= 100 ** shift
        exact = True
    else:
        coefficient, remainder = divmod(coefficient, 100 ** -shift)
        exact = not remainder
    root = _math.isqrt(coefficient)
    exact = exact and root * root == coefficient
    if exact:
        # Undo the scaling: an exact root has the ideal exponent e // 2.
        if shift >= 0:
            root //= 10 ** shift
        else:
            root *= 10 ** -shift
        result_exponent = half_exponent
    else:
        if root % 5 == 0:
            root += 1
        result_exponent = half_exponent - shift
    return _fix(0, root, result_exponent, context, status, ROUND_HALF_EVEN)


_CONSTANTS = {}


def _atanh_of_inverse(k, digits):
    """atanh(1/k) * 10**digits, truncated (k > 1)."""
    scale = 10 ** (digits + 4)
    power = scale // k
    total = power
    k_squared = k * k
    odd = 1
    while power:
        power //= k_squared
        odd += 2
        total += power // odd
    return total // 10 ** 4


def _log_constant(name, digits):
    """ln(2) or ln(10) times 10**digits, truncated (error at most 1)."""
    cached = _CONSTANTS.get(name)
    if cached is None or cached[0] < digits:
        working = digits + 10
        ln2 = 2 * _atanh_of_inverse(3, working)
        # ln(10) = 3 ln(2) + ln(5/4), and ln(5/4) = 2 atanh(1/9).
        ln10 = 3 * ln2 + 2 * _atanh_of_inverse(9, working)
        _CONSTANTS["ln2"] = (working, ln2)
        _CONSTANTS["ln10"] = (working, ln10)
        cached = _CONSTANTS[name]
    return cached[1] // 10 ** (cached[0] - digits)


def _atanh_fixed(numerator, denominator, scale):
    """atanh(numerator / denominator) * scale for a small ratio."""
    negative = (numerator < 0) != (denominator < 0)
    z = abs(numerator) * scale // abs(denominator)
    z_squared = z * z // scale
    power = total = z
    odd = 1
    while power:
        power = power * z_squared // scale
        odd += 2
        total += power // odd
    return -total if negative else total


def _ln_fixed(coefficient, exponent, digits):
    """ln(coefficient * 10**exponent) * 10**digits, within a few units."""
    count = _digit_count(coefficient)
    # x = m * 10**k with m in [1, 10); m / 2**j in [0.75, 1.5).
    decade = exponent + count - 1
    leading = coefficient * 100 // 10 ** (count - 1) if count <= 2 \
        else coefficient // 10 ** (count - 3)
    if leading < 150:
        halvings = 0
    elif leading < 300:
        halvings = 1
    elif leading < 600:
        halvings = 2
    else:
        halvings = 3
    guard = 6 + len(str(abs(decade)))
    working = digits + guard
    base = 10 ** (count - 1) * 2 ** halvings
    # ln(u) = 2 atanh((u - 1) / (u + 1)) for u = coefficient / base.
    total = 2 * _atanh_fixed(coefficient - base, coefficient + base, 10 ** working)
    total += halvings * _log_constant("ln2", working) + decade * _log_constant("ln10", working)
    return total // 10 ** guard


def _exp_fixed(t_fixed, digits):
    """exp(t) for t = t_fixed / 10**digits: (coefficient, exponent,
    error bound in units of the coefficient)."""
    ln10 = _log_constant("ln10", digits + 2)
    # exp(t) = 10**k * exp(r) with r = t - k ln(10) small.
    k = (t_fixed * 200 + ln10) // (2 * ln10)
    guard = 12 + len(str(abs(k)))
    working = digits + guard
    scale = 10 ** working
    r = t_fixed * 10 ** guard - k * _log_constant("ln10", working)
    # exp(r) = exp(r / 2**10) ** (2**10): the series converges fast.
    halvings = 10
    r_small = r >> halvings
    total = term = scale
    n = 1
    while term:
        term = term * r_small // (scale * n)
        total += term
        n += 1
    for _ in range(halvings):
        total = total * total // scale
    return total, k - working, 10 ** (guard + 3)


def _correctly_rounded(compute, sign, context, status, rounding=ROUND_HALF_EVEN, extra=0):
    """The correctly rounded result of an inexact computation: compute(d)
    approximates it to about d digits as (coefficient, exponent, error
    bound in units of the coefficient); the guard digits beyond the
    precision double until both ends of the error interval round alike.
    (Only an exact tie, which these functions never produce, could keep
    them apart; after ten rounds the upper end is taken.)"""
    guard = 12
    for _ in range(10):
        coefficient, exponent, error = compute(context._prec + guard + extra)
        low_status, high_status = set(), set()
        low = _fix(sign, max(coefficient - error, 1), exponent, context, low_status, rounding)
        high = _fix(sign, coefficient + error, exponent, context, high_status, rounding)
        if low._is_special == high._is_special and low._int == high._int and low._exp == high._exp:
            break
        guard *= 2
    status.update(high_status)
    status.update((Inexact, Rounded))
    return high


def _to_fixed(value, digits):
    """floor(value * 10**digits) for a finite Decimal."""
    shift = value._exp + digits
    if shift >= 0:
        magnitude = value._int * 10 ** shift
        return -magnitude if value._sign else magnitude
    if value._exp + _digit_count(value._int) + digits < -2:
        return -1 if value._sign else 0
    magnitude = value._int // 10 ** -shift
    exact = magnitude * 10 ** -shift == value._int
    return -(magnitude + (not exact)) if value._sign else magnitude


def _log10_estimate(value):
    """A float close to log10(|value|) for a finite nonzero Decimal."""
    count = _digit_count(value._int)
    if count > 17:
        leading = value._int // 10 ** (count - 17)
        return _math.log10(leading) + (count - 17) + value._exp
    return _math.log10(value._int) + value._exp


def _out_of_range(log10_result, sign, context, status):
    """The overflowing or underflowing result when log10 of its magnitude
    is far outside the context's range, or None."""
    if log10_result > context._Emax + 2:
        return _fix(sign, 1, context._Emax + 1, context, status, ROUND_HALF_EVEN)
    if log10_result < context.Etiny() - 3:
        return _fix(sign, 1, context.Etiny() - 2, context, status, ROUND_HALF_EVEN)
    return None


def _exp(a, context, status):
    if a._is_special:
        nan = _check_nans(a, None, context, status)
        if nan is not None:
            return nan
        return _new(0, 0, 0) if a._sign else a
    if not a._int:
        return _new(0, 1, 0)
    adjusted = a._exp + _digit_count(a._int) - 1
    if adjusted > 20:
        log10_result = _math.inf if a._sign == 0 else -_math.inf
    else:
        log10_result = float(a) / _math.log(10)
    extreme = _out_of_range(log10_result, 0, context, status)
    if extreme is not None:
        return extreme
    return _correctly_rounded(lambda digits: _exp_fixed(_to_fixed(a, digits), digits),
                              0, context, status)


def _distance_from_one_digits(a):
    """How many digits of the result ln(a) lie after the point beyond the
    precision: -log10|a - 1| when a is near 1, else 0."""
    count = _digit_count(a._int)
    if a._exp + count not in (0, 1):
        return 0
    difference = a._int - 10 ** -a._exp if a._exp < 0 else a._int * 10 ** a._exp - 1
    if not difference:
        return 0
    return max(0, -(a._exp + _digit_count(abs(difference))) + 2)


def _ln_like(a, context, status, base10):
    if a._is_special:
        nan = _check_nans(a, None, context, status)
        if nan is not None:
            return nan
        if a._sign:
            return _invalid(status)
        return a
    if not a._int:
        return _infinity(1)
    if a._sign:
        return _invalid(status)
    count = _digit_count(a._int)
    if a._int == 10 ** (count - 1):
        # A power of ten: log10 is an exact integer, and ln(1) is 0.
        power = a._exp + count - 1
        if base10:
            return _fix(1 if power < 0 else 0, abs(power), 0, context, status)
        if power == 0:
            return _new(0, 0, 0)
    extra = _distance_from_one_digits(a)

    def compute(digits):
        logarithm = _ln_fixed(a._int, a._exp, digits + 3)
        if base10:
            logarithm = logarithm * 10 ** digits // _log_constant("ln10", digits + 3)
        else:
            logarithm //= 1000
        return abs(logarithm), -digits, 100

    sign = 1 if _compare_values(a, _new(0, 1, 0)) < 0 else 0
    return _correctly_rounded(compute, sign, context, status, extra=extra)


def _ln(a, context, status):
    return _ln_like(a, context, status, base10=False)


def _log10(a, context, status):
    return _ln_like(a, context, status, base10=True)


def _power_by_exp_ln(base, exponent, sign, context, status):
    """|base| ** exponent correctly rounded, through exp(exponent * ln|base|)."""
    estimate = float(exponent) * _log10_estimate(base) if exponent._int else 0.0
    extreme = _out_of_range(estimate, sign, context, status)
    if extreme is not None:
        return extreme
    exponent_adjusted = exponent._exp + _digit_count(exponent._int) - 1
    extra = max(0, exponent_adjusted + 1) + 3

    def compute(digits):
        logarithm = _ln_fixed(base._int, base._exp, digits + extra)
        product = exponent._int * logarithm
        shift = exponent._exp - extra
        product = product * 10 ** shift if shift >= 0 else product // 10 ** -shift
        return _exp_fixed(-product if exponent._sign else product, digits)

    return _correctly_rounded(compute, sign, context, status, context._rounding)


def _power(a, b, context, status):
    """a ** b as CPython's C decimal (libmpdec) computes it: integral
    powers by repeated squaring with a few guard digits, others through
    exp(b * ln(a)) correctly rounded."""
    if a._is_special or b._is_special:
        nan = _check_nans(a, b, context, status)
        if nan is not None:
            return nan
    integral = _is_integral(b)
    result_sign = a._sign & _integral_value(b) if integral else 0
    b_is_zero = not b._is_special and not b._int
    if not a._is_special and not a._int:
        if b_is_zero:
            return _invalid(status)
        if b._sign:
            return _infinity(result_sign)
        return _new(result_sign, 0, 0)
    if a._sign and not integral:
        return _invalid(status)
    magnitude = _new(0, a._int, 0) if a._is_special else _new(0, a._int, a._exp)
    if b._exp == "F":
        comparison = _compare_values(magnitude, _new(0, 1, 0)) if not a._is_special else 1
        if comparison == 0:
            status.update((Inexact, Rounded))
            return _new(result_sign, 10 ** (context._prec - 1), 1 - context._prec)
        if comparison * (-1 if b._sign else 1) < 0:
            return _new(result_sign, 0, 0)
        return _infinity(result_sign)
    if a._exp == "F":
        if b_is_zero:
            return _new(result_sign, 1, 0)
        if b._sign:
            return _new(result_sign, 0, 0)
        return _infinity(result_sign)
    if b_is_zero:
        return _new(result_sign, 1, 0)
    if _compare_values(magnitude, _new(0, 1, 0)) == 0:
        # 1 ** y keeps the exponent an exact product would have.
        if integral:
            if b._sign:
                return _new(result_sign, 1, 0)
            shift = _integral_value(b) * -a._exp
            if shift > context._prec - 1:
                shift = context._prec - 1
                status.add(Rounded)
        else:
            shift = context._prec - 1
            status.update((Inexact, Rounded))
        return _new(result_sign, 10 ** shift, -shift)
    certain = _power_out_of_range(magnitude, b, result_sign, context, status)
    if certain is not None:
        return certain
    if integral:
        return _integral_power(a, b, result_sign, context, status)
    return _power_by_exp_ln(magnitude, b, 0, context, status)


def _power_out_of_range(magnitude, b, result_sign, context, status):
    """The result of |x| ** y when a cheap bound on log10|log10(x ** y)|
    shows that it overflows or underflows, else None."""
    adjusted = magnitude.adjusted()
    if adjusted > 0:
        zeta_bound = _digit_count(adjusted) - 1
    elif adjusted < -1:
        zeta_bound = _digit_count(-(adjusted + 1)) - 1
    else:
        difference = _add(magnitude, _new(1, 1, 0), _UNBOUNDED_CONTEXT, set())
        zeta_bound = difference.adjusted() - (2 if adjusted == 0 else 1)
    theta_bound = b.adjusted()
    grows = (adjusted < 0) == (b._sign == 1)
    if grows:
        if _digit_count(context._Emax) < zeta_bound + theta_bound:
            return _fix(result_sign, 1, _HUGE_EXPONENT, context, status)
    elif _digit_count(-context.Etiny()) < zeta_bound + theta_bound:
        return _fix(result_sign, 1, context.Etiny() - 1, context, status)
    return None


def _integral_power(a, b, result_sign, context, status):
    """a ** n for an integral b = n: left-to-right binary powering, each
    product rounded half-even to prec + digits(n) + 2 digits, then the
    result rounded to the context."""
    work = context.copy()
    n = _integral_value(b)
    object.__setattr__(work, "_prec", context._prec + _digit_count(b._int) + b._exp + 2)
    object.__setattr__(work, "_rounding", ROUND_HALF_EVEN)
    object.__setattr__(work, "_clamp", 0)
    work_status = set()
    base = a
    if n < 0:
        object.__setattr__(work, "_prec", work._prec + 1)
        base = _divide(_new(0, 1, 0), a, work, work_status)
        if work_status & {InvalidOperation, DivisionByZero}:
            status.update(work_status)
            return _nan(0, 0)
    result = base
    for bit in bin(abs(n))[3:]:
        result = _multiply(result, result, work, work_status)
        if bit == "1":
            result = _multiply(result, base, work, work_status)
        if result._is_special or (not result._int and Clamped in work_status):
            break
    status.update(work_status)
    if result._is_special:
        return _fix(result_sign, 1, _HUGE_EXPONENT, context, status)
    return _fix(result_sign, result._int, result._exp, context, status)


def _power_modulo(a, b, modulo, context, status):
    for operand in (a, b, modulo):
        if operand._is_special and operand._exp == "N":
            status.add(InvalidOperation)
            return _quiet_nan(operand, context)
    for operand in (a, b, modulo):
        if operand._is_special and operand._exp == "n":
            return _quiet_nan(operand, context)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(modulo)):
        return _invalid(status)
    if b._sign and b._int:
        return _invalid(status)
    if not modulo._int:
        return _invalid(status)
    if modulo._exp + _digit_count(modulo._int) - 1 >= context._prec:
        return _invalid(status)
    if not a._int and not b._int:
        return _invalid(status)
    exponent = _integral_value(b)
    sign = a._sign if exponent & 1 else 0
    result = pow(abs(_integral_value(a)), exponent, abs(_integral_value(modulo)))
    return _new(sign, result, 0)


# ---- formatting ---------------------------------------------------------------

def _to_string(value, engineering, capitals):
    sign = "-" if value._sign else ""
    if value._is_special:
        if value._exp == "F":
            return sign + "Infinity"
        payload = _digits_text(value._int) if value._int else ""
        return sign + ("NaN" if value._exp == "n" else "sNaN") + payload
    digits = _digits_text(value._int)
    left_digits = value._exp + len(digits)
    if value._exp <= 0 and left_digits > -6:
        point = left_digits
    elif not engineering:
        point = 1
    elif not value._int:
        point = (left_digits + 1) % 3 - 1
    else:
        point = (left_digits - 1) % 3 + 1
    if point <= 0:
        integer_part = "0"
        fraction_part = "." + "0" * -point + digits
    elif point >= len(digits):
        integer_part = digits + "0" * (point - len(digits))
        fraction_part = ""
    else:
        integer_part = digits[:point]
        fraction_part = "." + digits[point:]
    if left_digits == point:
        exponent = ""
    else:
        exponent = ("E" if capitals else "e") + "%+d" % (left_digits - point)
    return sign + integer_part + fraction_part + exponent


def _parse_format_spec(spec):
    """The parts of a Decimal format specification as a dict; a ValueError
    for one Decimal does not accept."""
    parts = {"fill": " ", "align": None, "sign": "-", "no_neg_zero": False, "zeropad": False,
             "width": 0, "thousands": False, "precision": None, "type": None}
    position = 0
    length = len(spec)
    if length >= 2 and spec[1] in "<>=^":
        parts["fill"], parts["align"] = spec[0], spec[1]
        position = 2
    elif length >= 1 and spec[0] in "<>=^":
        parts["align"] = spec[0]
        position = 1
    if position < length and spec[position] in "+- ":
        parts["sign"] = spec[position]
        position += 1
    if position < length and spec[position] == "z":
        parts["no_neg_zero"] = True
        position += 1
    if position < length and spec[position] == "0":
        if parts["align"] is not None:
            raise ValueError("invalid format string")
        parts["zeropad"] = True
        position += 1
    start = position
    while position < length and spec[position].isdigit():
        position += 1
    if position > start:
        parts["width"] = int(spec[start:position])
    if position < length and spec[position] == ",":
        parts["thousands"] = True
        position += 1
    if position < length and spec[position] == ".":
        position += 1
        start = position
        while position < length and spec[position].isdigit():
            position += 1
        if position == start:
            raise ValueError("invalid format string")
        parts["precision"] = int(spec[start:position])
    if position < length and spec[position] in "eEfFgGn%":
        parts["type"] = spec[position]
        position += 1
    if position != length:
        raise ValueError("invalid format string")
    if parts["type"] == "n" and parts["thousands"]:
        raise ValueError("invalid format string")
    return parts


def _group_digits(digits, thousands, min_width):
    """digits padded with zeros to min_width characters (separators
    included) and, with thousands, grouped by threes with commas."""
    if not thousands:
        return digits.rjust(max(min_width, 1), "0")
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, "0") if digits else "0" * size)
        digits = digits[:-size] if len(digits) > size else ""
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= 1
    return ",".join(reversed(groups))


def _align(sign, body, parts):
    padding = parts["width"] - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    fill = parts["fill"] * padding
    align = parts["align"]
    if align == "<":
        return sign + body + fill
    if align == "=":
        return sign + fill + body
    if align == "^":
        half = padding // 2
        return fill[:half] + sign + body + fill[half:]
    return fill + sign + body


def _format(value, spec, context):
    parts = _parse_format_spec(spec)
    if parts["zeropad"]:
        parts["fill"], parts["align"] = "0", "="
    sign_text = "-" if value._sign else {"+": "+", " ": " "}.get(parts["sign"], "")
    if value._is_special:
        if parts["zeropad"]:
            parts["fill"], parts["align"] = " ", ">"
        body = _to_string(_special(0, value._exp, value._int), False, 1)
        if parts["type"] == "%":
            body += "%"
        return _align(sign_text, body, parts)
    # C decimal applies 'z' to an 'F' format only when the value itself is a
    # zero, and to the others after rounding.
    if parts["no_neg_zero"] and parts["type"] == "F":
        parts["no_neg_zero"] = False
        if not value._int:
            value = _new(0, 0, value._exp)
    kind = parts["type"]
    if kind is None:
        kind = "G" if context.capitals else "g"
    elif kind == "n":
        kind = "g"
    if kind == "%":
        value = _new(value._sign, value._int, value._exp + 2)
    precision = parts["precision"]
    rounding = context.rounding
    if precision is not None:
        if kind in "eE":
            value = _round_significant(value, precision + 1, rounding)
        elif kind in "fF%":
            value = _rescale(value, -precision, rounding)
        elif kind in "gG":
            if precision == 0:
                precision = 1
            if _digit_count(value._int) > precision:
                value = _round_significant(value, precision, rounding)
    if not value._int and value._exp > 0 and kind in "fF%":
        value = _rescale(value, 0, rounding)
    if not value._int and parts["no_neg_zero"]:
        value = _new(0, 0, value._exp)
    sign_text = "-" if value._sign else {"+": "+", " ": " "}.get(parts["sign"], "")
    digits = _digits_text(value._int)
    left_digits = value._exp + len(digits)
    if kind in "eE":
        point = 1 - precision if not value._int and precision is not None else 1
    elif kind in "fF%":
        point = left_digits
    elif value._exp <= 0 and left_digits > -6:
        point = left_digits
    else:
        point = 1
    if point < 0:
        integer_part = "0"
        fraction_part = "0" * -point + digits
    elif point > len(digits):
        integer_part = digits + "0" * (point - len(digits))
        fraction_part = ""
    else:
        integer_part = digits[:point] or "0"
        fraction_part = digits[point:]
    exponent = left_digits - point
    tail = "." + fraction_part if fraction_part else ""
    if exponent != 0 or kind in "eE":
        tail += ("E" if kind in "EG" else "e") + "%+d" % exponent
    if kind == "%":
        tail += "%"
    min_width = parts["width"] - len(tail) - len(sign_text) if parts["zeropad"] else 0
    integer_part = _group_digits(integer_part, parts["thousands"], min_width)
    return _align(sign_text, integer_part + tail, parts)


DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---- the Decimal type ---------------------------------------------------------

class Decimal:
    """An exact decimal number: Decimal('3.14'), Decimal(314), Decimal(3.14)
    (the float's exact value), Decimal((0, (3, 1, 4), -2))."""

    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        if context is not None:
            _context_argument(context)
        if isinstance(value, str):
            parsed = _parse_decimal(value)
            if parsed is None:
                context = _context_argument(context)
                context._signal({ConversionSyntax})
                parsed = _nan(0, 0)
        elif isinstance(value, int):
            parsed = _from_int(value)
        elif isinstance(value, Decimal):
            if type(value) is Decimal and cls is Decimal:
                return value
            parsed = (_special(value._sign, value._exp, value._int) if value._is_special
                      else _new(value._sign, value._int, value._exp))
        elif isinstance(value, float):
            _context_argument(context)._signal({FloatOperation})
            parsed = _from_float(value)
        elif isinstance(value, (tuple, list)):
            parsed = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is Decimal:
            return parsed
        result = object.__new__(cls)
        result._sign = parsed._sign
        result._int = parsed._int
        result._exp = parsed._exp
        result._is_special = parsed._is_special
        return result

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            result = _from_int(f)
        elif isinstance(f, float):
            result = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return result if cls is Decimal else cls(result)

    # -- predicates and parts --

    def is_nan(self):
        return self._is_special and self._exp != "F"

    def is_qnan(self):
        return self._is_special and self._exp == "n"

    def is_snan(self):
        return self._is_special and self._exp == "N"

    def is_infinite(self):
        return self._is_special and self._exp == "F"

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        context = _context_argument(context)
        if self._is_special or not self._int:
            return False
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        context = _context_argument(context)
        if self._is_special or not self._int:
            return False
        return self.adjusted() < context.Emin

    def adjusted(self):
        """The exponent of the most significant digit (0 for NaN and
        infinity)."""
        if self._is_special:
            return 0
        return self._exp + _digit_count(self._int) - 1

    def as_tuple(self):
        if self._is_special and self._exp == "F":
            digits = (0,)
        elif self._is_special and not self._int:
            digits = ()
        else:
            digits = tuple(int(digit) for digit in _digits_text(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if not self._int:
            return 0, 1
        numerator, denominator = self._int, 1
        if self._exp >= 0:
            numerator *= 10 ** self._exp
        else:
            # Cancel the factors of 2 and 5 the coefficient shares with 10**-e.
            power = -self._exp
            denominator = 10 ** power
            divisor = _math.gcd(numerator, denominator)
            numerator //= divisor
            denominator //= divisor
        return (-numerator if self._sign else numerator), denominator

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def number_class(self, context=None):
        context = _context_argument(context)
        sign = "-" if self._sign else "+"
        if self._is_special:
            if self._exp == "N":
                return "sNaN"
            if self._exp == "n":
                return "NaN"
            return sign + "Infinity"
        if not self._int:
            return sign + "Zero"
        if self.adjusted() < context.Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    # -- conversions --

    def __str__(self, eng=False, context=None):
        context = _context_argument(context)
        return _to_string(self, eng, context.capitals)

    def to_eng_string(self, context=None):
        context = _context_argument(context)
        return _to_string(self, True, context.capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, getcontext().capitals)

    def __format__(self, specifier, context=None):
        return _format(self, specifier, _context_argument(context))

    def __bool__(self):
        return self._is_special or self._int != 0

    def __int__(self):
        if self._is_special:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            magnitude = self._int * 10 ** self._exp
        else:
            magnitude = self._int // 10 ** -self._exp
        return -magnitude if self._sign else magnitude

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self._exp == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._exp == "n":
                return -_math.nan if self._sign else _math.nan
            return -_math.inf if self._sign else _math.inf
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def _to_integer(self, rounding):
        if self._is_special:
            return int(self)
        if self._exp >= 0:
            return int(self)
        return int(_rescale(self, 0, rounding))

    def __floor__(self):
        return self._to_integer(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_integer(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_integer(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_new(0, 1, -n))

    def __hash__(self):
        if self._is_special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exponent_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exponent_hash = pow(_HASH_10_INVERSE, -self._exp, _HASH_MODULUS)
        result = self._int * exponent_hash % _HASH_MODULUS
        if self._sign:
            result = -result
        return -2 if result == -1 else result

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- arithmetic operators --

    def __add__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_add, self, other)

    def __radd__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_add, other, self)

    def __sub__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_subtract, self, other)

    def __rsub__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_subtract, other, self)

    def __mul__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_multiply, self, other)

    def __rmul__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_multiply, other, self)

    def __truediv__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divide, self, other)

    def __rtruediv__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divide, other, self)

    def __floordiv__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_floor_divide, self, other)

    def __rfloordiv__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_floor_divide, other, self)

    def __mod__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_remainder, self, other)

    def __rmod__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_remainder, other, self)

    def __divmod__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divmod, self, other)

    def __rdivmod__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divmod, other, self)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        context = _context_argument(context)
        if modulo is None:
            return context._run(_power, self, other)
        modulo = _operand(modulo)
        if modulo is NotImplemented:
            return modulo
        return context._run(_power_modulo, self, other, modulo)

    def __rpow__(self, other, modulo=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo)

    def __neg__(self, context=None):
        context = _context_argument(context)
        status = set()
        nan = _check_nans(self, None, context, status) if self._is_special else None
        if nan is not None:
            result = nan
        elif self._is_special:
            result = _infinity(1 - self._sign)
        elif not self._int and context.rounding != ROUND_FLOOR:
            result = _fix(0, 0, self._exp, context, status)
        else:
            result = _fix(1 - self._sign, self._int, self._exp, context, status)
        if status:
            context._signal(status)
        return result

    def __pos__(self, context=None):
        context = _context_argument(context)
        status = set()
        nan = _check_nans(self, None, context, status) if self._is_special else None
        if nan is not None:
            result = nan
        elif self._is_special:
            result = self
        elif not self._int and context.rounding != ROUND_FLOOR:
            result = _fix(0, 0, self._exp, context, status)
        else:
            result = _fix(self._sign, self._int, self._exp, context, status)
        if status:
            context._signal(status)
        return result

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    # -- comparisons --

    def _compare_operand(self, other, equality):
        """other as a Decimal for a comparison, or a Fraction for a
        rational, or NotImplemented."""
        if isinstance(other, (Decimal, int)):
            return _operand(other)
        if isinstance(other, float):
            context = getcontext()
            if equality:
                context._flags[FloatOperation] = True
            else:
                context._signal({FloatOperation})
            return _from_float(other)
        if equality and isinstance(other, complex) and other.imag == 0:
            getcontext()._flags[FloatOperation] = True
            return _from_float(other.real)
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _order(self, other, accept):
        """The ordering comparison self ? other: accept(-1|0|1)."""
        other = self._compare_operand(other, equality=False)
        if other is NotImplemented:
            return other
        if isinstance(other, Decimal):
            if self.is_nan() or other.is_nan():
                getcontext()._signal({InvalidOperation})
                return False
            return accept(_compare_values(self, other))
        if self.is_nan():
            getcontext()._signal({InvalidOperation})
            return False
        return accept(self._compare_rational(other))

    def _compare_rational(self, other):
        if self._is_special:
            return -1 if self._sign else 1
        from fractions import Fraction
        mine = Fraction(*self.as_integer_ratio())
        return (mine > other) - (mine < other)

    def __eq__(self, other):
        other = self._compare_operand(other, equality=True)
        if other is NotImplemented:
            return other
        if self.is_snan() or (isinstance(other, Decimal) and other.is_snan()):
            getcontext()._signal({InvalidOperation})
            return False
        if self.is_nan() or (isinstance(other, Decimal) and other.is_nan()):
            return False
        if isinstance(other, Decimal):
            return _compare_values(self, other) == 0
        return self._compare_rational(other) == 0

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); a NaN for a NaN operand."""
        other = _strict(other)
        context = _context_argument(context)
        status = set()
        if self._is_special or other._is_special:
            nan = _check_nans(self, other, context, status)
            if nan is not None:
                if status:
                    context._signal(status)
                return nan
        return _from_int(_compare_values(self, other))

    def compare_signal(self, other, context=None):
        other = _strict(other)
        context = _context_argument(context)
        if self.is_nan() or other.is_nan():
            status = {InvalidOperation}
            nan = _check_nans(self, other, context, set())
            context._signal(status)
            return nan
        return _from_int(_compare_values(self, other))

    def _total_order_key(self):
        """A key ordering Decimals as compare_total does, for a
        positive sign (the caller handles signs)."""
        if self._is_special:
            rank = {"F": 1, "n": 3, "N": 2}[self._exp]
            return (rank, self._int if rank > 1 else 0)
        return (0, None)

    def compare_total(self, other, context=None):
        """Compares by the abstract representation: -NaN < -sNaN < -Infinity
        < negative numbers < ... < Infinity < sNaN < NaN; equal values are
        ordered by exponent."""
        other = _strict(other)
        if self._sign != other._sign:
            return _from_int(-1 if self._sign else 1)
        direction = -1 if self._sign else 1
        my_key, other_key = self._total_order_key(), other._total_order_key()
        if my_key[0] != other_key[0]:
            return _from_int(direction if my_key[0] > other_key[0] else -direction)
        if my_key[0] >= 2:
            if self._int == other._int:
                return _from_int(0)
            return _from_int(direction if self._int > other._int else -direction)
        if my_key[0] == 1:
            return _from_int(0)
        comparison = _compare_values(self, other)
        if comparison:
            return _from_int(comparison)
        if self._exp == other._exp:
            return _from_int(0)
        return _from_int(direction if self._exp > other._exp else -direction)

    def compare_total_mag(self, other, context=None):
        other = _strict(other)
        return self.copy_abs().compare_total(other.copy_abs())

    def _min_max(self, other, context, want_max, by_magnitude):
        other = _strict(other)
        context = _context_argument(context)
        status = set()
        if self.is_nan() or other.is_nan():
            # A quiet NaN loses against a number.
            if self.is_qnan() and not other.is_nan():
                result = _fix_decimal(other, context, status)
            elif other.is_qnan() and not self.is_nan():
                result = _fix_decimal(self, context, status)
            else:
                result = _check_nans(self, other, context, status)
        else:
            if by_magnitude:
                comparison = _compare_values(self.copy_abs(), other.copy_abs())
            else:
                comparison = _compare_values(self, other)
            if comparison == 0:
                # Equal values: ordered by sign, then exponent.
                comparison = _integral_value(self.compare_total(other))
            if want_max:
                chosen = other if comparison < 0 else self
            else:
                chosen = other if comparison > 0 else self
            result = _fix_decimal(chosen, context, status)
        if status:
            context._signal(status)
        return result

    def max(self, other, context=None):
        return self._min_max(other, context, True, False)

    def min(self, other, context=None):
        return self._min_max(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._min_max(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._min_max(other, context, False, True)

    def same_quantum(self, other, context=None):
        other = _strict(other)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # -- sign manipulation --

    def copy_abs(self):
        if self._is_special:
            return _special(0, self._exp, self._int)
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        if self._is_special:
            return _special(1 - self._sign, self._exp, self._int)
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _strict(other)
        if self._is_special:
            return _special(other._sign, self._exp, self._int)
        return _new(other._sign, self._int, self._exp)

    # -- methods with a context --

    def _run(self, operation, context, *operands):
        return _context_argument(context)._run(operation, self, *operands)

    def sqrt(self, context=None):
        return self._run(_sqrt, context)

    def exp(self, context=None):
        return self._run(_exp, context)

    def ln(self, context=None):
        return self._run(_ln, context)

    def log10(self, context=None):
        return self._run(_log10, context)

    def remainder_near(self, other, context=None):
        return self._run(_remainder_near, context, _strict(other))

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        return self._run(_fma, context, _strict(other), _strict(third))

    def normalize(self, context=None):
        return self._run(_normalize, context)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (by rounding, or the context's mode) to the exponent
        of exp."""
        exp = _strict(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        context = _context_argument(context)
        return context._run(_quantize, self, exp, rounding)

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer, with no Inexact or Rounded signal."""
        context = _context_argument(context)
        status = set()
        if self._is_special:
            result = _check_nans(self, None, context, status) or self
        elif self._exp >= 0:
            result = self
        else:
            result = _rescale(self, 0, rounding or context.rounding)
        if status:
            context._signal(status)
        return result

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signaling Inexact and Rounded."""
        context = _context_argument(context)
        status = set()
        if self._is_special:
            result = _check_nans(self, None, context, status) or self
        elif self._exp >= 0:
            result = self
        elif not self._int:
            result = _new(self._sign, 0, 0)
        else:
            result = _rescale(self, 0, rounding or context.rounding)
            status.add(Rounded)
            if _compare_values(result, self) != 0:
                status.add(Inexact)
        if status:
            context._signal(status)
        return result

    def next_plus(self, context=None):
        return self._run(_next_plus, context)

    def next_minus(self, context=None):
        return self._run(_next_minus, context)

    def next_toward(self, other, context=None):
        return self._run(_next_toward, context, _strict(other))

    def logb(self, context=None):
        return self._run(_logb, context)

    def logical_and(self, other, context=None):
        return self._run(_logical, context, _strict(other), lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._run(_logical, context, _strict(other), lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._run(_logical, context, _strict(other), lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        context = _context_argument(context)
        ones = _new(0, int("1" * context.prec), 0)
        return context._run(_logical, self, ones, lambda x, y: x ^ y)

    def rotate(self, other, context=None):
        """The coefficient's prec digits rotated left by other (right if
        negative)."""
        return self._run(_rotate_or_shift, context, _strict(other), True)

    def shift(self, other, context=None):
        """The coefficient's digits shifted left by other (right if
        negative), keeping prec digits."""
        return self._run(_rotate_or_shift, context, _strict(other), False)

    def scaleb(self, other, context=None):
        return self._run(_scaleb, context, _strict(other))


_numbers.Number.register(Decimal)

# Messages name these classes as CPython's C decimal does ('decimal.Decimal').
from _pyvm import set_message_name as _set_message_name
for _cls in (Decimal, Context):
    _set_message_name(_cls, "decimal." + _cls.__name__)
del _cls, _set_message_name


def _remainder_near(a, b, context, status):
    """a - b * n for the integer n nearest a / b (ties to even n)."""
    if a._is_special or b._is_special or not b._int:
        return _remainder_special(a, b, context, status)
    ideal_exponent = min(a._exp, b._exp)
    if not a._int:
        return _fix(a._sign, 0, ideal_exponent, context, status)
    exponent_difference = a.adjusted() - b.adjusted()
    if exponent_difference >= context._prec + 1:
        return _invalid(status, DivisionImpossible)
    if exponent_difference <= -2:
        return _fix_decimal(_rescale(a, ideal_exponent, context._rounding), context, status)
    a_value, b_value = a._int, b._int
    if a._exp >= b._exp:
        a_value *= 10 ** (a._exp - b._exp)
    else:
        b_value *= 10 ** (b._exp - a._exp)
    quotient, remainder = divmod(a_value, b_value)
    if 2 * remainder + (quotient & 1) > b_value:
        remainder -= b_value
        quotient += 1
    if quotient >= 10 ** context._prec:
        return _invalid(status, DivisionImpossible)
    sign = a._sign
    if remainder < 0:
        sign = 1 - sign
        remainder = -remainder
    return _fix(sign, remainder, ideal_exponent, context, status)


def _fma(a, b, c, context, status):
    if a._is_special or b._is_special:
        for operand in (a, b):
            if operand._exp == "N":
                status.add(InvalidOperation)
                return _quiet_nan(operand, context)
        if a._exp == "n" or b._exp == "n":
            product = a if a._exp == "n" else b
        elif (a._exp == "F" and not b._is_special and not b._int) or \
                (b._exp == "F" and not a._is_special and not a._int):
            return _invalid(status)
        else:
            product = _infinity(a._sign ^ b._sign)
    else:
        # The product is exact: only the sum is rounded.
        product = _new(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    return _add(product, c, context, status)


def _normalize(a, context, status):
    if a._is_special:
        return _check_nans(a, None, context, status) or a
    fixed = _fix(a._sign, a._int, a._exp, context, status)
    if fixed._is_special:
        return fixed
    if not fixed._int:
        return _new(fixed._sign, 0, 0)
    highest = context.Etop() if context.clamp else context.Emax
    coefficient, exponent = fixed._int, fixed._exp
    while coefficient % 10 == 0 and exponent < highest:
        coefficient //= 10
        exponent += 1
    return _new(fixed._sign, coefficient, exponent)


def _quantize(a, target, rounding, context, status):
    if a._is_special or target._is_special:
        nan = _check_nans(a, target, context, status)
        if nan is not None:
            return nan
        if a._exp == "F" and target._exp == "F":
            return a
        return _invalid(status)
    if not context.Etiny() <= target._exp <= context.Emax:
        return _invalid(status)
    rounding = rounding or context.rounding
    if not a._int:
        return _fix(a._sign, 0, target._exp, context, status)
    adjusted = a.adjusted()
    if adjusted > context.Emax or adjusted - target._exp + 1 > context.prec:
        return _invalid(status)
    result = _rescale(a, target._exp, rounding)
    if result._int and (result.adjusted() > context.Emax
                        or _digit_count(result._int) > context.prec):
        return _invalid(status)
    if result._int and result.adjusted() < context.Emin:
        status.add(Subnormal)
    if result._exp > a._exp:
        if _compare_values(result, a) != 0:
            status.add(Inexact)
        status.add(Rounded)
    return _fix(result._sign, result._int, result._exp, context, status)


def _step_toward(a, context, status, upward):
    """The next representable number above (or below) a."""
    if a._is_special:
        nan = _check_nans(a, None, context, status)
        if nan is not None:
            return nan
        if (a._sign == 0) == upward:
            return a
        return _new(a._sign, 10 ** context.prec - 1, context.Etop())
    scratch = set()
    rounding = ROUND_CEILING if upward else ROUND_FLOOR
    fitted = _fix(a._sign, a._int, a._exp, context, scratch, rounding)
    if _compare_values(fitted, a) != 0:
        return fitted
    tiny = _new(0 if upward else 1, 1, context.Etiny() - 1)
    work = context.copy()
    object.__setattr__(work, "_rounding", rounding)
    return _add(a, tiny, work, scratch)


def _next_plus(a, context, status):
    return _step_toward(a, context, status, True)


def _next_minus(a, context, status):
    return _step_toward(a, context, status, False)


def _next_toward(a, b, context, status):
    if a._is_special or b._is_special:
        nan = _check_nans(a, b, context, status)
        if nan is not None:
            return nan
    comparison = _compare_values(a, b)
    if comparison == 0:
        return a.copy_sign(b)
    result = _step_toward(a, context, status, comparison < 0)
    if result.is_infinite():
        status.update((Overflow, Inexact, Rounded))
    elif not result._is_special and result.adjusted() < context.Emin:
        status.update((Underflow, Subnormal, Inexact, Rounded))
        if not result._int:
            status.add(Clamped)
    return result


def _logb(a, context, status):
    if a._is_special:
        nan = _check_nans(a, None, context, status)
        if nan is not None:
            return nan
        return _infinity(0)
    if not a._int:
        status.add(DivisionByZero)
        return _infinity(1)
    return _fix_decimal(_from_int(a.adjusted()), context, status)


def _is_logical(value):
    """Whether value is a logical operand: a non-negative integer with
    exponent 0 whose digits are all 0 or 1."""
    if value._is_special or value._sign or value._exp != 0:
        return False
    return set(_digits_text(value._int)) <= {"0", "1"}


def _padded_digits(coefficient, precision):
    """The coefficient's last precision digits, zero-padded to precision."""
    return _digits_text(coefficient).rjust(precision, "0")[-precision:]


def _logical(a, b, combine, context, status):
    if not _is_logical(a) or not _is_logical(b):
        return _invalid(status)
    a_digits = _padded_digits(a._int, context._prec)
    b_digits = _padded_digits(b._int, context._prec)
    result = "".join(str(combine(int(x), int(y))) for x, y in zip(a_digits, b_digits))
    return _new(0, int(result), 0)


def _rotate_or_shift(a, b, rotate, context, status):
    nan = _check_nans(a, b, context, status)
    if nan is not None:
        return nan
    if b._is_special or b._exp != 0:
        return _invalid(status)
    amount = _integral_value(b)
    if not -context._prec <= amount <= context._prec:
        return _invalid(status)
    if a._is_special:
        return a
    digits = _padded_digits(a._int, context._prec)
    if rotate:
        moved = digits[amount:] + digits[:amount]
    elif amount < 0:
        moved = digits[:amount] or "0"
    else:
        moved = (digits + "0" * amount)[-context._prec:]
    return _new(a._sign, int(moved), a._exp)


def _scaleb(a, b, context, status):
    if a._is_special or b._is_special:
        nan = _check_nans(a, b, context, status)
        if nan is not None:
            return nan
    if b._is_special or not _is_integral(b):
        return _invalid(status)
    limit = 2 * (context.Emax + context.prec)
    shift = _integral_value(b)
    if not -limit <= shift <= limit:
        return _invalid(status)
    if a._is_special:
        return a
    return _fix(a._sign, a._int, a._exp + shift, context, status)


# ---- the template contexts ----------------------------------------------------


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999,
                       capitals=1, clamp=0, flags=[],
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          capitals=1, clamp=0, flags=[], traps=[])

# Exact internal arithmetic, and an exponent beyond any context's range.
_UNBOUNDED_CONTEXT = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
_HUGE_EXPONENT = 4 * MAX_EMAX
