# SPDX-License-Identifier: GPL-3.0-or-later
# random: pseudo-random numbers. The generator is the native Mersenne
# Twister (_random); the distributions here use the same algorithms, in the
# same order of calls, as CPython 3.11's, so a program seeded the same way
# prints the same numbers.

import _random
from _warnings import warn as _warn
from math import acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp
from math import floor as _floor, isfinite as _isfinite, log as _log, pi as _pi
from math import sin as _sin, sqrt as _sqrt

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss",
    "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint",
    "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53  # bits in a float
RECIP_BPF = 2 ** -BPF


def _index(value):
    return type(value).__index__(value) if hasattr(type(value), "__index__") else _not_an_index(value)


def _not_an_index(value):
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _integer_argument(value, what):
    """randrange's arguments: ints, or floats with integral values (accepted
    by 3.11 with a deprecation)."""
    try:
        return _index(value)
    except TypeError:
        integral = int(value)
        if integral != value:
            _warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
            raise ValueError(f"non-integer {what} for randrange()")
        _warn("non-integer arguments to randrange() have been deprecated since Python 3.10 and will "
              "be removed in a subsequent version", DeprecationWarning, 3)
        return integral


def _bisect_right(items, x, lo, hi):
    while lo < hi:
        middle = (lo + hi) // 2
        if x < items[middle]:
            hi = middle
        else:
            lo = middle + 1
    return lo


def _running_totals(values):
    totals = []
    total = None
    for value in values:
        total = value if total is None else total + value
        totals.append(total)
    return totals


def _is_sequence(population):
    if isinstance(population, (dict, set, frozenset)):
        return False
    kind = type(population)
    return hasattr(kind, "__getitem__") and hasattr(kind, "__len__")


class Random(_random.Random):
    """A random number generator: every distribution, over the Mersenne
    Twister of _random.Random (or over a subclass's own random() or
    getrandbits())."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own random() but not getrandbits()
        # draws integers from random() alone.
        for klass in cls.__mro__:
            if "_randbelow" in klass.__dict__:
                break
            if "getrandbits" in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def seed(self, a=None, version=2):
        """Initialize the generator from a: None (the system's entropy), an
        int, a float, or (made into an int) a str, bytes or bytearray."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode("latin-1") if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512(data), "big")
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restores a state getstate() returned."""
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
            super().setstate(internal)
        elif version == 2:
            version, internal, self.gauss_next = state
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as error:
                raise TypeError from error
            super().setstate(internal)
        else:
            raise ValueError(f"state with version {version} passed to Random.setstate() "
                             f"of version {self.VERSION}")

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n), n > 0: whole bits, redrawn until below n."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone."""
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step)."""
        istart = _integer_argument(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _integer_argument(stop, "stop")
        width = istop - istart
        istep = _integer_argument(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError(f"empty range for randrange() ({istart}, {istop}, {width})")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    # ---- sequences

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the list x in place."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements of the population (repeated ones as given by
        counts), in selection order."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _running_totals(counts)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # A copy of the population, or a set of the chosen indices: whichever
        # is smaller (the same choice as CPython, so the same draws).
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f"The number of choices must be a keyword argument: k={k}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)] for _ in range(k)]

    # ---- real-valued distributions

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller: two values per pair of draws)."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (mean angle mu, concentration kappa)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # 0 < alpha < 1: algorithm GS.
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, in [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the system's entropy source (/dev/urandom); it
    cannot be seeded and has no state."""

    def random(self):
        return (int.from_bytes(_urandom(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


def _urandom(n):
    with open("/dev/urandom", "rb") as source:
        return source.read(n)


# ---- SHA-512 (FIPS 180-4), which seed() applies to a str or bytes seed

_MASK64 = (1 << 64) - 1
_SHA512_CONSTANTS = None


def _first_primes(count):
    primes = []
    candidate = 2
    while len(primes) < count:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    return primes


def _integer_root(n, degree):
    """The largest x with x ** degree <= n (Newton's method on ints)."""
    x = 1 << ((n.bit_length() + degree - 1) // degree)
    while True:
        y = ((degree - 1) * x + n // x ** (degree - 1)) // degree
        if y >= x:
            return x
        x = y


def _sha512_constants():
    # The standard's constants are the fractional bits of the square roots
    # (initial state) and cube roots (round constants) of the first primes.
    global _SHA512_CONSTANTS
    if _SHA512_CONSTANTS is None:
        primes = _first_primes(80)
        initial = [_integer_root(p << 128, 2) & _MASK64 for p in primes[:8]]
        rounds = [_integer_root(p << 192, 3) & _MASK64 for p in primes]
        _SHA512_CONSTANTS = initial, rounds
    return _SHA512_CONSTANTS


def _rotate_right(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK64


def _sha512(data):
    initial, rounds = _sha512_constants()
    state = list(initial)
    bit_length = len(data) * 8
    message = bytes(data) + b"\x80" + b"\x00" * ((111 - len(data)) % 128) + bit_length.to_bytes(16, "big")
    for start in range(0, len(message), 128):
        w = [int.from_bytes(message[start + 8 * i:start + 8 * i + 8], "big") for i in range(16)]
        for i in range(16, 80):
            s0 = _rotate_right(w[i - 15], 1) ^ _rotate_right(w[i - 15], 8) ^ (w[i - 15] >> 7)
            s1 = _rotate_right(w[i - 2], 19) ^ _rotate_right(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _MASK64)
        a, b, c, d, e, f, g, h = state
        for i in range(80):
            sum1 = _rotate_right(e, 14) ^ _rotate_right(e, 18) ^ _rotate_right(e, 41)
            choose = (e & f) ^ (~e & g)
            t1 = (h + sum1 + choose + rounds[i] + w[i]) & _MASK64
            sum0 = _rotate_right(a, 28) ^ _rotate_right(a, 34) ^ _rotate_right(a, 39)
            majority = (a & b) ^ (a & c) ^ (b & c)
            t2 = (sum0 + majority) & _MASK64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _MASK64, c, b, a, (t1 + t2) & _MASK64
        state = [(x + y) & _MASK64 for x, y in zip(state, (a, b, c, d, e, f, g, h))]
    return b"".join(x.to_bytes(8, "big") for x in state)


# ---- the module's functions: methods of one shared instance

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
