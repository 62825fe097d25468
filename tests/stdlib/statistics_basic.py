# statistics: averages, spread, two-series functions and their messages,
# with int, float, Fraction and mixed data; results must be CPython's to
# the last bit.
import math
import statistics
from fractions import Fraction as F
from statistics import StatisticsError


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


datasets = [
    [1, 2, 3, 4],
    [1, 2, 3, 4, 5],
    [2, 4, 4, 4, 5, 5, 7, 9],
    [0.1, 0.2, 0.3, 0.4],
    [1e300, 1e300, -1e300, 3.0],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [F(1, 2), F(1, 3), F(1, 6)],
    [F(1, 2), 2, True],
    [1, 2.5, F(3, 4)],
    [3],
    [7, 7, 7, 7],
    [-1.0, -2.0, -3.5],
    [True, False, True],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 2],
    [0.1] * 10,
    [float("nan"), 1.0],
    [float("inf"), 1.0],
    [float("inf"), float("-inf")],
]
functions = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped",
             "mode", "multimode", "variance", "pvariance", "stdev", "pstdev",
             "geometric_mean", "harmonic_mean"]
for data in datasets:
    print("data", data)
    for name in functions:
        show("  " + name, lambda: getattr(statistics, name)(data))

print("-- iterators and generators")
show("mean iter", lambda: statistics.mean(iter([1, 2, 3, 4])))
show("mean gen", lambda: statistics.mean(x * 0.5 for x in range(7)))
show("variance gen", lambda: statistics.variance(x for x in range(10)))
show("stdev range", lambda: statistics.stdev(range(10)))
show("pstdev range", lambda: statistics.pstdev(range(1, 101)))
show("fmean gen", lambda: statistics.fmean(x for x in [1, 2, 3.5]))
show("harmonic gen", lambda: statistics.harmonic_mean(x for x in [40, 60]))
show("median tuple", lambda: statistics.median((5, 1, 3)))
show("mode str", lambda: statistics.mode("abracadabra"))
show("mode tie", lambda: statistics.mode([1, 2, 2, 1]))
show("multimode str", lambda: statistics.multimode("aabbbbccddddeeffffgg"))
show("multimode empty", lambda: statistics.multimode([]))
show("mode nominal", lambda: statistics.mode(["red", "blue", "blue", "red", "green", "red"]))
show("median str", lambda: statistics.median(["b", "a", "c"]))
show("median_low str", lambda: statistics.median_low(["b", "a", "c", "d"]))

print("-- given means")
show("variance xbar", lambda: statistics.variance([1, 2, 3, 4], 2.5))
show("variance xbar frac", lambda: statistics.variance([1, 2, 3, 4], F(5, 2)))
show("pvariance mu", lambda: statistics.pvariance([1, 2, 3, 4], 2))
show("stdev xbar", lambda: statistics.stdev([1.5, 2.5, 3.5], 2.5))
show("pstdev mu", lambda: statistics.pstdev([1.5, 2.5, 3.5], 2.0))
show("variance frac", lambda: statistics.variance([F(1, 4), F(5, 4), F(3, 4)]))
show("pvariance mixed", lambda: statistics.pvariance([1, 0.5, F(1, 4)]))

print("-- weights")
show("fmean weights", lambda: statistics.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]))
show("fmean weights iter", lambda: statistics.fmean(iter([1, 2]), iter([3, 1])))
show("harmonic weights", lambda: statistics.harmonic_mean([40, 60], weights=[5, 30]))
show("harmonic frac", lambda: statistics.harmonic_mean([F(1, 2), F(1, 3)]))
show("harmonic zero", lambda: statistics.harmonic_mean([1, 0, 2]))
show("harmonic zero weight", lambda: statistics.harmonic_mean([1, 2], weights=[0, 1]))
show("harmonic single", lambda: statistics.harmonic_mean([2.5]))
show("harmonic single frac", lambda: statistics.harmonic_mean([F(1, 3)]))
show("geometric", lambda: statistics.geometric_mean([54, 24, 36]))
show("geometric floats", lambda: statistics.geometric_mean([1.5, 2.5, 0.25]))

print("-- median_grouped")
for data, interval in [([52, 52, 53, 54], 1), ([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1), ([1, 3, 3, 5, 7], 1),
                       ([1, 3, 3, 5, 7], 2), ([1, 2, 2, 3, 4], 2), ([5], 1), ([1.5, 2.5], 0.5),
                       ([F(1, 2), F(3, 2)], 1), ([10, 20, 20, 30], 10)]:
    show(("median_grouped", data, interval), lambda: statistics.median_grouped(data, interval))
show("median_grouped str", lambda: statistics.median_grouped(["a", "b"]))
show("median_grouped interval", lambda: statistics.median_grouped([1, 3], interval="x"))

print("-- quantiles")
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91,
        103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88]
for n in [1, 2, 3, 4, 5, 10, 50]:
    show(("exclusive", n), lambda: statistics.quantiles(data, n=n))
    show(("inclusive", n), lambda: statistics.quantiles(data, n=n, method="inclusive"))
show("small exclusive", lambda: statistics.quantiles([1, 2], n=10))
show("small inclusive", lambda: statistics.quantiles([1.0, 5.0], n=4, method="inclusive"))
show("fractions", lambda: statistics.quantiles([F(1, 2), F(1, 3), 1, 2], n=3))
show("one point", lambda: statistics.quantiles([1], n=4))
show("n=0", lambda: statistics.quantiles([1, 2], n=0))
show("method", lambda: statistics.quantiles([1, 2], method="x"))

print("-- two series")
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
show("covariance xy", lambda: statistics.covariance(x, y))
show("covariance xz", lambda: statistics.covariance(x, z))
show("covariance floats", lambda: statistics.covariance([0.1, 0.7, 1.3], [2.5, 2.0, 4.25]))
show("correlation xx", lambda: statistics.correlation(x, x))
show("correlation xy", lambda: statistics.correlation(x, y))
show("correlation xz", lambda: statistics.correlation(x, z))
show("correlation floats", lambda: statistics.correlation([0.1, 0.7, 1.3], [2.5, 2.0, 4.25]))
lr = statistics.linear_regression(x, [2 * v + 1 for v in x])
print(lr, lr.slope, lr.intercept, type(lr).__name__, lr._fields)
show("regression", lambda: statistics.linear_regression([1971, 1975, 1979, 1982, 1983],
                                                         [1, 2, 3, 4, 5]))
show("regression prop", lambda: statistics.linear_regression([1, 2, 3], [2, 4.5, 5.5], proportional=True))
show("regression floats", lambda: statistics.linear_regression([0.5, 1.5, 2.25], [1.0, 0.5, 3.0]))

print("-- errors")
errors = [
    ("mean", []), ("fmean", []), ("median", []), ("median_low", []), ("median_high", []),
    ("median_grouped", []), ("mode", []), ("variance", [1]), ("pvariance", []), ("stdev", [1]),
    ("pstdev", []), ("geometric_mean", []), ("geometric_mean", [0, 1]), ("geometric_mean", [-1, 1]),
    ("harmonic_mean", []), ("harmonic_mean", [-1]), ("harmonic_mean", ["a"]), ("harmonic_mean", [1, -2]),
    ("mean", ["a"]), ("mean", [1j]), ("variance", ["a", "b"]), ("mean", [[1]]),
]
for name, data in errors:
    show((name, data), lambda: getattr(statistics, name)(data))
show("fmean lengths", lambda: statistics.fmean([1, 2], [1]))
show("fmean zero weights", lambda: statistics.fmean([1, 2], [1, -1]))
show("harmonic lengths", lambda: statistics.harmonic_mean([1, 2], weights=[1]))
show("harmonic weights zero", lambda: statistics.harmonic_mean([1, 2], weights=[0, 0]))
show("harmonic weights negative", lambda: statistics.harmonic_mean([1, 2], weights=[1, -1]))
show("covariance short", lambda: statistics.covariance([1], [1]))
show("covariance lengths", lambda: statistics.covariance([1, 2], [1]))
show("correlation constant", lambda: statistics.correlation([1, 1, 1], [1, 2, 3]))
show("correlation lengths", lambda: statistics.correlation([1, 2], [1]))
show("correlation short", lambda: statistics.correlation([1], [1]))
show("regression constant", lambda: statistics.linear_regression([1, 1], [1, 2]))
show("regression short", lambda: statistics.linear_regression([1], [1]))
show("regression lengths", lambda: statistics.linear_regression([1, 2], [1]))
print(issubclass(StatisticsError, ValueError), StatisticsError.__mro__)
print(statistics.__all__)
try:
    statistics.mean([])
except ValueError as e:
    print("caught as ValueError:", e)
