# NormalDist: densities, the quantile function (AS 241) on all its ranges,
# overlap, seeded samples, arithmetic and messages.
import statistics
from statistics import NormalDist


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


standard = NormalDist()
iq = NormalDist(100, 15)
print(standard, iq, repr(NormalDist(1, 2)), NormalDist(mu=3, sigma=0.5))
print(iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
for x in [-3.0, -1.0, 0.0, 0.5, 1.0, 2.5, 100]:
    print("pdf/cdf", x, standard.pdf(x), standard.cdf(x), iq.pdf(x + 100), iq.cdf(x + 100))
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.6, 0.9,
          0.925, 0.95, 0.975, 0.99, 0.999, 1 - 1e-10, 1 - 1e-16]:
    print("inv_cdf", p, standard.inv_cdf(p), iq.inv_cdf(p))
print(standard.quantiles(), iq.quantiles(10), NormalDist(0, 2).quantiles(3))
print(iq.zscore(130), standard.zscore(-1.5))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(NormalDist(5, 1).overlap(NormalDist(0, 3)), NormalDist(0, 3).overlap(NormalDist(5, 1)))

print("-- samples")
print(NormalDist(10, 2).samples(5, seed=42))
print(NormalDist().samples(3, seed="pyvm"))
print(len(NormalDist().samples(4)), NormalDist().samples(0))
fitted = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(fitted, fitted.mean, fitted.stdev)
print(NormalDist.from_samples(iter([1, 2, 3, 4])), NormalDist.from_samples((1.5, 2.5)))

print("-- arithmetic")
a, b = NormalDist(10, 3), NormalDist(5, 4)
print(a + b, a - b, a + 2, 2 + a, a - 2, 2 - a, a * 3, 3 * a, a * -2, a / 4, a / -2, +a, -a)
print(a == NormalDist(10, 3), a == b, a != b, a == 10, hash(a) == hash(NormalDist(10.0, 3.0)))
print(len({a, NormalDist(10, 3), b}))
show("add str", lambda: a + "x")
show("lt", lambda: a < b)
show("mul dist", lambda: a * b)

print("-- errors")
show("negative sigma", lambda: NormalDist(0, -1))
zero = NormalDist(1, 0)
print(zero, zero.variance)
show("pdf", lambda: zero.pdf(1))
show("cdf", lambda: zero.cdf(1))
show("inv_cdf zero", lambda: zero.inv_cdf(0.5))
show("inv_cdf 0", lambda: standard.inv_cdf(0))
show("inv_cdf 1", lambda: standard.inv_cdf(1.0))
show("inv_cdf -1", lambda: standard.inv_cdf(-1))
show("zscore", lambda: zero.zscore(1))
show("overlap type", lambda: standard.overlap(1))
show("overlap zero", lambda: zero.overlap(standard))
show("from_samples short", lambda: NormalDist.from_samples([1]))
show("from_samples empty", lambda: NormalDist.from_samples([]))
show("attribute", lambda: setattr(standard, "x", 1))
print(NormalDist.__slots__)
print(NormalDist.__doc__, NormalDist.pdf.__doc__)
for data in [[1, float("inf")], [1, float("nan")], [1.5, 2.5, 4], range(10)]:
    show(("from_samples", data), lambda: NormalDist.from_samples(data))

print("-- variance is sigma * sigma, hypot is CPython's")
X = NormalDist(198476.024706033, 8304139.284908234)
Y = NormalDist(-7218405.883077267, 10000000.0)
print(X.variance, X.pdf(1e6), X.overlap(Y), Y.overlap(X))
print(NormalDist(3.5, 6663128.267466847) + NormalDist(1.0, 380.9415769938192),
      NormalDist(0.1, 1234.5678) - NormalDist(0.2, 8765.4321))
