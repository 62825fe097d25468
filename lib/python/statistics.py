"""Descriptive statistics of numeric data: averages (mean, median, mode and
their variants), spread (variance, standard deviation), relations between
two series (covariance, correlation, linear regression), and the normal
distribution NormalDist.

The exact functions (mean, variance, stdev, ...) sum the data as exact
fractions and convert once at the end, so their results do not depend on
the order of the data and are the correctly rounded values CPython gives;
the result keeps the data's type (int data gives a float mean unless the
mean is whole, Fraction data a Fraction, Decimal data a Decimal). The f*
functions and the two-series ones work in floats."""

import math
import random
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import groupby, repeat
from numbers import Real
from decimal import Decimal
from operator import mul

__all__ = [
    "NormalDist",
    "StatisticsError",
    "correlation",
    "covariance",
    "fmean",
    "geometric_mean",
    "harmonic_mean",
    "linear_regression",
    "mean",
    "median",
    "median_grouped",
    "median_high",
    "median_low",
    "mode",
    "multimode",
    "pstdev",
    "pvariance",
    "quantiles",
    "stdev",
    "variance",
]


class StatisticsError(ValueError):
    pass


# ---- exact summation ----------------------------------------------------

def _exact_ratio(x):
    """x as (numerator, denominator) integers; (x, None) for a NaN or an
    infinity, which have no ratio."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(result_type, data_type):
    """The type a result has when data of result_type and data_type are
    mixed: int gives way to anything, a subclass wins over its base, and a
    float wins over a Fraction."""
    if result_type is data_type:
        return result_type
    if data_type is int or data_type is bool:
        return result_type
    if result_type is int:
        return data_type
    if issubclass(data_type, result_type):
        return data_type
    if issubclass(result_type, data_type):
        return result_type
    if issubclass(result_type, int):
        return data_type
    if issubclass(data_type, int):
        return result_type
    if issubclass(result_type, Fraction) and issubclass(data_type, float):
        return data_type
    if issubclass(result_type, float) and issubclass(data_type, Fraction):
        return result_type
    raise TypeError("don't know how to coerce %s and %s"
                    % (result_type.__name__, data_type.__name__))


def _result_type(types):
    result = int
    for data_type in types:
        result = _coerce(result, data_type)
    return result


def _sum(data):
    """Sums data exactly: (result type, total, count). The total is a
    Fraction, or the float/Decimal NaN or infinity when data holds one."""
    count = 0
    types = []
    # Numerators summed per denominator: data drawn from one type tend to
    # share few denominators, so this does few Fraction additions.
    partials = {}
    for data_type, values in groupby(data, type):
        if data_type not in types:
            types.append(data_type)
        for numerator, denominator in map(_exact_ratio, values):
            count += 1
            partials[denominator] = partials.get(denominator, 0) + numerator
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(numerator, denominator)
                    for denominator, numerator in partials.items())
    return (_result_type(types), total, count)


def _sum_of_squares(data, center=None):
    """The sum of squared deviations of data from center (from the data's
    mean when center is None): (result type, sum, center, count)."""
    if center is not None:
        result_type, total, count = _sum((x - center) * (x - center) for x in data)
        return (result_type, total, center, count)
    count = 0
    types = []
    sums = {}
    sums_of_squares = {}
    for data_type, values in groupby(data, type):
        if data_type not in types:
            types.append(data_type)
        for numerator, denominator in map(_exact_ratio, values):
            count += 1
            sums[denominator] = sums.get(denominator, 0) + numerator
            sums_of_squares[denominator] = sums_of_squares.get(denominator, 0) + numerator * numerator
    if not count:
        total = center = Fraction(0)
    elif None in sums:
        # A NaN or infinity makes the result a NaN or infinity.
        total = center = sums[None]
    else:
        sum_x = sum(Fraction(n, d) for d, n in sums.items())
        sum_xx = sum(Fraction(n, d * d) for d, n in sums_of_squares.items())
        # Exact arithmetic makes this textbook formula safe.
        total = (count * sum_xx - sum_x * sum_x) / count
        center = sum_x / count
    return (_result_type(types), total, center, count)


def _convert(value, result_type):
    """The exact value (a Fraction) as result_type; an int type gives a
    float when the value is not whole."""
    if type(value) is result_type:
        return value
    if issubclass(result_type, int) and value.denominator != 1:
        result_type = float
    try:
        return result_type(value)
    except TypeError:
        if issubclass(result_type, Decimal):
            return result_type(value.numerator) / result_type(value.denominator)
        raise


def _fail_negative(values, message):
    for value in values:
        if value < 0:
            raise StatisticsError(message)
        yield value


# ---- correctly rounded square roots of fractions -------------------------

def _float_sqrt_of_fraction(numerator, denominator):
    """sqrt(numerator / denominator) as a correctly rounded float."""
    # Scale so the integer root has 2 * 53 + 3 significant bits, then round
    # to odd (set the last bit when inexact): converting that to float
    # rounds exactly as the true root would.
    bits = 2 * sys.float_info.mant_dig + 3
    shift = (numerator.bit_length() - denominator.bit_length() - bits) // 2
    if shift >= 0:
        root = _isqrt_round_to_odd(numerator, denominator << (2 * shift)) << shift
        return root / 1
    root = _isqrt_round_to_odd(numerator << (-2 * shift), denominator)
    return root / (1 << -shift)


def _isqrt_round_to_odd(numerator, denominator):
    root = math.isqrt(numerator // denominator)
    inexact = root * root * denominator != numerator
    return root | inexact


def _decimal_sqrt_of_fraction(numerator, denominator):
    """sqrt(numerator / denominator) as a Decimal correctly rounded to the
    context's precision."""
    if numerator <= 0:
        if not numerator:
            return Decimal("0.0")
        numerator, denominator = -numerator, -denominator
    # Decimal's division then square root can be one unit in the last place
    # off; compare with the midpoints to the neighbours and step if needed.
    root = (Decimal(numerator) / Decimal(denominator)).sqrt()
    root_n, root_d = root.as_integer_ratio()
    above = root.next_plus()
    above_n, above_d = above.as_integer_ratio()
    # numerator / denominator > ((root + above) / 2) ** 2 ?
    if (4 * numerator * (root_d * above_d) ** 2
            > denominator * (root_d * above_n + above_d * root_n) ** 2):
        return above
    below = root.next_minus()
    below_n, below_d = below.as_integer_ratio()
    if (4 * numerator * (root_d * below_d) ** 2
            < denominator * (root_d * below_n + below_d * root_n) ** 2):
        return below
    return root


# ---- averages -------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, computed exactly."""
    result_type, total, count = _sum(data)
    if count < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / count, result_type)


def fmean(data, weights=None):
    """The arithmetic mean of data (weighted by weights) in floats."""
    try:
        count = len(data)
    except TypeError:
        data = list(data)
        count = len(data)
    if weights is None:
        total = math.fsum(data)
        if not count:
            raise StatisticsError("fmean requires at least one data point")
        return total / count
    try:
        weight_count = len(weights)
    except TypeError:
        weights = list(weights)
        weight_count = len(weights)
    weighted_total = math.fsum(map(mul, data, weights))
    if count != weight_count:
        raise StatisticsError("data and weights must be the same length")
    weight_total = math.fsum(weights)
    if not weight_total:
        raise StatisticsError("sum of weights must be non-zero")
    return weighted_total / weight_total


def geometric_mean(data):
    """The geometric mean of positive data, in floats."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean of non-negative data, computed exactly;
    0 when a value is zero."""
    if iter(data) is data:
        data = list(data)
    negative_message = "harmonic mean does not support negative values"
    count = len(data)
    if count < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if count == 1 and weights is None:
        value = data[0]
        if isinstance(value, (Real, Decimal)):
            if value < 0:
                raise StatisticsError(negative_message)
            return value
        raise TypeError("unsupported type")
    if weights is None:
        weights = repeat(1, count)
        weight_total = count
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != count:
            raise StatisticsError("Number of weights does not match data size")
        _, weight_total, _ = _sum(_fail_negative(weights, negative_message))
    try:
        data = _fail_negative(data, negative_message)
        result_type, total, _ = _sum(weight / value if weight else 0
                                     for weight, value in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(weight_total / total, result_type)


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError("no median for empty data")
    middle = count // 2
    if count % 2 == 1:
        return data[middle]
    return (data[middle - 1] + data[middle]) / 2


def median_low(data):
    """The middle value of data, or the smaller of the two middle values."""
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError("no median for empty data")
    if count % 2 == 1:
        return data[count // 2]
    return data[count // 2 - 1]


def median_high(data):
    """The middle value of data, or the larger of the two middle values."""
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError("no median for empty data")
    return data[count // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width interval centred on
    the values, interpolated within the median's class (a float)."""
    data = sorted(data)
    count = len(data)
    if not count:
        raise StatisticsError("no median for empty data")
    middle_value = data[count // 2]
    first = bisect_left(data, middle_value)
    end = bisect_right(data, middle_value, lo=first)
    try:
        interval = float(interval)
        middle_value = float(middle_value)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_limit = middle_value - interval / 2.0
    return lower_limit + interval * (count / 2 - first) / (end - first)


def mode(data):
    """The most common value of data (the first one met on a tie)."""
    most_common = Counter(iter(data)).most_common(1)
    if not most_common:
        raise StatisticsError("no mode for empty data")
    return most_common[0][0]


def multimode(data):
    """The most common values of data, in the order first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    highest = max(counts.values())
    return [value for value, count in counts.items() if count == highest]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing data into n intervals of equal
    probability, interpolated linearly; 'exclusive' treats data as a sample,
    'inclusive' as the whole population."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    count = len(data)
    if count < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        span = count - 1
        cut_points = []
        for i in range(1, n):
            index, delta = divmod(i * span, n)
            cut_points.append((data[index] * (n - delta) + data[index + 1] * delta) / n)
        return cut_points
    if method == "exclusive":
        span = count + 1
        cut_points = []
        for i in range(1, n):
            index = min(max(i * span // n, 1), count - 1)
            delta = i * span - index * n
            cut_points.append((data[index - 1] * (n - delta) + data[index] * delta) / n)
        return cut_points
    raise ValueError(f"Unknown method: {method!r}")


# ---- spread -------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance of data (xbar: its mean, if already known)."""
    result_type, total, _, count = _sum_of_squares(data, xbar)
    if count < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(total / (count - 1), result_type)


def pvariance(data, mu=None):
    """The population variance of data (mu: its mean, if already known)."""
    result_type, total, _, count = _sum_of_squares(data, mu)
    if count < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(total / count, result_type)


def _sqrt_of_exact(value, result_type):
    if issubclass(result_type, Decimal):
        return _decimal_sqrt_of_fraction(value.numerator, value.denominator)
    return _float_sqrt_of_fraction(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """The sample standard deviation of data, correctly rounded."""
    result_type, total, _, count = _sum_of_squares(data, xbar)
    if count < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of_exact(total / (count - 1), result_type)


def pstdev(data, mu=None):
    """The population standard deviation of data, correctly rounded."""
    result_type, total, _, count = _sum_of_squares(data, mu)
    if count < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of_exact(total / count, result_type)


def _mean_and_stdev(data):
    """The sample mean and standard deviation of data as floats, in one pass."""
    _, total, center, count = _sum_of_squares(data)
    if count < 2:
        raise StatisticsError("stdev requires at least two data points")
    mean_square = total / (count - 1)
    if isinstance(mean_square, Fraction):
        return float(center), _float_sqrt_of_fraction(mean_square.numerator,
                                                      mean_square.denominator)
    # A NaN or infinity in the data.
    return float(center), float(center) / float(total)


# ---- two series -----------------------------------------------------------

def _check_pair(x, y, what):
    count = len(x)
    if len(y) != count:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if count < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return count


def covariance(x, y, /):
    """The sample covariance of two series."""
    count = _check_pair(x, y, "covariance")
    x_mean = math.fsum(x) / count
    y_mean = math.fsum(y) / count
    products = math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y))
    return products / (count - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two series."""
    count = _check_pair(x, y, "correlation")
    x_mean = math.fsum(x) / count
    y_mean = math.fsum(y) / count
    products = math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y))
    x_squares = math.fsum((xi - x_mean) * (xi - x_mean) for xi in x)
    y_squares = math.fsum((yi - y_mean) * (yi - y_mean) for yi in y)
    try:
        return products / math.sqrt(x_squares * y_squares)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """The least-squares line y = slope * x + intercept through the points
    (through the origin when proportional is true)."""
    count = _check_pair(x, y, "linear regression")
    if proportional:
        products = math.fsum(xi * yi for xi, yi in zip(x, y))
        x_squares = math.fsum(xi * xi for xi in x)
    else:
        x_mean = math.fsum(x) / count
        y_mean = math.fsum(y) / count
        products = math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y))
        x_squares = math.fsum((xi - x_mean) * (xi - x_mean) for xi in x)
    try:
        slope = products / x_squares
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ----------------------------------------------

def _horner(coefficients, x):
    """The polynomial with coefficients (highest power first) at x."""
    result = coefficients[0]
    for coefficient in coefficients[1:]:
        result = result * x + coefficient
    return result


# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational
# approximations of the normal quantile function on three ranges, highest
# power first.
_CENTRAL_NUMERATOR = (2.5090809287301226727e+3, 3.3430575583588128105e+4,
                      6.7265770927008700853e+4, 4.5921953931549871457e+4,
                      1.3731693765509461125e+4, 1.9715909503065514427e+3,
                      1.3314166789178437745e+2, 3.3871328727963666080e+0)
_CENTRAL_DENOMINATOR = (5.2264952788528545610e+3, 2.8729085735721942674e+4,
                        3.9307895800092710610e+4, 2.1213794301586595867e+4,
                        5.3941960214247511077e+3, 6.8718700749205790830e+2,
                        4.2313330701600911252e+1, 1.0)
_NEAR_NUMERATOR = (7.74545014278341407640e-4, 2.27238449892691845833e-2,
                   2.41780725177450611770e-1, 1.27045825245236838258e+0,
                   3.64784832476320460504e+0, 5.76949722146069140550e+0,
                   4.63033784615654529590e+0, 1.42343711074968357734e+0)
_NEAR_DENOMINATOR = (1.05075007164441684324e-9, 5.47593808499534494600e-4,
                     1.51986665636164571966e-2, 1.48103976427480074590e-1,
                     6.89767334985100004550e-1, 1.67638483018380384940e+0,
                     2.05319162663775882187e+0, 1.0)
_FAR_NUMERATOR = (2.01033439929228813265e-7, 2.71155556874348757815e-5,
                  1.24266094738807843860e-3, 2.65321895265761230930e-2,
                  2.96560571828504891230e-1, 1.78482653991729133580e+0,
                  5.46378491116411436990e+0, 6.65790464350110377720e+0)
_FAR_DENOMINATOR = (2.04426310338993978564e-15, 1.42151175831644588870e-7,
                    1.84631831751005468180e-5, 7.86869131145613259100e-4,
                    1.48753612908506148525e-2, 1.36929880922735805310e-1,
                    5.99832206555887937690e-1, 1.0)


def _normal_quantile(p, mu, sigma):
    offset = p - 0.5
    if math.fabs(offset) <= 0.425:
        r = 0.180625 - offset * offset
        x = _horner(_CENTRAL_NUMERATOR, r) * offset / _horner(_CENTRAL_DENOMINATOR, r)
        return mu + (x * sigma)
    tail = p if offset <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(tail))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_NEAR_NUMERATOR, r) / _horner(_NEAR_DENOMINATOR, r)
    else:
        r = r - 5.0
        x = _horner(_FAR_NUMERATOR, r) / _horner(_FAR_DENOMINATOR, r)
    if offset < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        deviation = x - self._mu
        return math.exp(deviation * deviation / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        "Inverse cumulative distribution function.  x : P(X <= x) = p"
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        "Divide into *n* continuous intervals with equal probability."
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        "Compute the overlapping coefficient (OVL) between two normal distributions."
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        first, second = self, other
        if (second._sigma, second._mu) < (first._sigma, first._mu):
            first, second = second, first
        first_variance, second_variance = first.variance, second.variance
        if not first_variance or not second_variance:
            raise StatisticsError("overlap() not defined when sigma is zero")
        variance_difference = second_variance - first_variance
        mean_distance = math.fabs(second._mu - first._mu)
        if not variance_difference:
            return 1.0 - math.erf(mean_distance / (2.0 * first._sigma * math.sqrt(2.0)))
        # The two densities cross at x1 and x2; the overlap is one minus
        # the difference of the cdfs between them.
        a = first._mu * second_variance - second._mu * first_variance
        b = first._sigma * second._sigma * math.sqrt(
            mean_distance * mean_distance
            + variance_difference * math.log(second_variance / first_variance))
        x1 = (a + b) / variance_difference
        x2 = (a - b) / variance_difference
        return 1.0 - (math.fabs(second.cdf(x1) - first.cdf(x1))
                      + math.fabs(second.cdf(x2) - first.cdf(x2)))

    def zscore(self, x):
        "Compute the Standard Score.  (x - mean) / stdev"
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "Arithmetic mean of the normal distribution."
        return self._mu

    @property
    def median(self):
        "Return the median of the normal distribution"
        return self._mu

    @property
    def mode(self):
        "Return the mode of the normal distribution"
        return self._mu

    @property
    def stdev(self):
        "Standard deviation of the normal distribution."
        return self._sigma

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma * self._sigma

    # Adding or subtracting two independent normal variables adds their
    # variances; a constant shifts (or, multiplied, scales) the distribution.
    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
