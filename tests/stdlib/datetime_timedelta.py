# timedelta: normalisation, float rounding (half to even), arithmetic,
# comparisons, text forms and errors, as CPython's C datetime.
from datetime import timedelta
import datetime


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print("-- construction and normalisation")
cases = [
    (), (1,), (0, 1), (0, 0, 1), (-1,), (0, -1), (0, 0, -1),
    (1, 86400), (0, 86401), (0, 0, 1000001), (0, 0, -1000001),
    (1, 2, 3, 4, 5, 6, 7), (-1, -2, -3, -4, -5, -6, -7),
]
for args in cases:
    td = timedelta(*args)
    print(args, repr(td), str(td), td.days, td.seconds, td.microseconds)

keyword_cases = [
    dict(weeks=1), dict(hours=25), dict(minutes=-1), dict(milliseconds=1500),
    dict(weeks=1, days=-1, hours=25, minutes=-61, seconds=3.25, milliseconds=1.5, microseconds=-7),
    dict(hours=1.1), dict(days=-0.5), dict(seconds=-1e-7), dict(microseconds=0.4999999),
    dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-2.5),
    dict(microseconds=-1.5), dict(days=1.5, seconds=0.5, microseconds=0.5),
    dict(seconds=0.1), dict(seconds=1e-6), dict(days=1e-10), dict(minutes=0.3333333),
    dict(days=True), dict(days=999999999), dict(days=-999999999),
]
for kw in keyword_cases:
    show(repr(kw), lambda: timedelta(**kw))

print("-- limits")
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), "|", str(timedelta.max))
show("max + resolution", lambda: timedelta.max + timedelta.resolution)
show("min - resolution", lambda: timedelta.min - timedelta.resolution)
show("-max", lambda: -timedelta.max)
show("-min", lambda: -timedelta.min)
show("days=1e9", lambda: timedelta(days=1e9))
show("days=10**9", lambda: timedelta(days=10 ** 9))
show("hours=-24e9", lambda: timedelta(hours=-24e9))

print("-- type errors")
show("days='1'", lambda: timedelta(days="1"))
show("seconds=None", lambda: timedelta(seconds=None))
show("weeks=[]", lambda: timedelta(weeks=[]))
show("days=inf", lambda: timedelta(days=float("inf")))
show("days=nan", lambda: timedelta(days=float("nan")))

print("-- text")
for td in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2), timedelta(-2, 5),
           timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(days=2, microseconds=5),
           timedelta(hours=10, minutes=5, seconds=7), timedelta(seconds=86399, microseconds=999999),
           timedelta(days=-1, seconds=86399)]:
    print(repr(td), "|", str(td), "|", td.total_seconds())
print(timedelta(999999999, 86399, 999999).total_seconds())
print(timedelta(microseconds=-1).total_seconds(), timedelta(milliseconds=1).total_seconds())

print("-- arithmetic")
a = timedelta(days=1, hours=2, minutes=3)
b = timedelta(hours=-5, seconds=7.5)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+b), repr(abs(b)), repr(abs(-a)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0), repr(a * True))
print(repr(a * 2.5), repr(2.5 * a), repr(a * 0.1), repr(a * -0.333))
print(repr(timedelta(seconds=1) * 0.0000025), repr(timedelta(microseconds=1) * 0.5),
      repr(timedelta(microseconds=3) * 0.5), repr(timedelta(microseconds=-3) * 0.5))
print(repr(a / 3), repr(a / -7), repr(a / 2.5), repr(a / 1e-3))
print(repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=7) / 2),
      repr(timedelta(microseconds=-5) / 2), repr(timedelta(microseconds=-7) / 2))
print(a / b, b / a, a / a, timedelta(1) / timedelta(hours=7))
print(a // 3, a // -7, a // b, b // a, a // timedelta(minutes=1))
print(repr(a % b), repr(b % a), repr(timedelta(hours=-1) % timedelta(minutes=7)))
print(divmod(a, b), divmod(b, a), divmod(timedelta(hours=-1), timedelta(minutes=7)))
print(repr(timedelta(-3) // 2), repr(timedelta(-3) // -2))
show("td / 0", lambda: timedelta(1) / 0)
show("td / 0.0", lambda: timedelta(1) / 0.0)
show("td // 0", lambda: timedelta(1) // 0)
show("td / td(0)", lambda: timedelta(1) / timedelta(0))
show("td // td(0)", lambda: timedelta(1) // timedelta(0))
show("td % td(0)", lambda: timedelta(1) % timedelta(0))
show("divmod(td, td(0))", lambda: divmod(timedelta(1), timedelta(0)))
show("td * inf", lambda: timedelta(seconds=1) * float("inf"))
show("td * nan", lambda: timedelta(seconds=1) * float("nan"))
show("td * 1e20", lambda: timedelta(days=1) * 1e20)

print("-- unsupported operands")
show("td + 1", lambda: timedelta(1) + 1)
show("1 - td", lambda: 1 - timedelta(1))
show("td * 'a'", lambda: timedelta(1) * "a")
show("td * td", lambda: timedelta(1) * timedelta(1))
show("td // 1.5", lambda: timedelta(1) // 1.5)
show("td % 2", lambda: timedelta(1) % 2)
show("td ** 2", lambda: timedelta(1) ** 2)
show("td < 1", lambda: timedelta(1) < 1)
show("td >= None", lambda: timedelta(1) >= None)

print("-- comparisons and hashing")
values = [timedelta(2), timedelta(-1), timedelta(0), timedelta(seconds=1), timedelta(microseconds=-1)]
print(sorted(values))
print(timedelta(1) == timedelta(hours=24), timedelta(1) != timedelta(hours=24),
      timedelta(1) == 1, timedelta(1) != 1, timedelta(0) == 0)
print(timedelta(1) < timedelta(1, 1), timedelta(1) <= timedelta(1), timedelta(1) > timedelta(0, 86399))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(timedelta(0)) == hash(timedelta(microseconds=0)))
print(len({timedelta(1), timedelta(hours=24), timedelta(minutes=1440), timedelta(2)}))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(timedelta(-1)))
print(max(values), min(values), sum(values, timedelta(0)))

print("-- attributes and subclasses")
show("td.days = 1", lambda: setattr(timedelta(1), "days", 2))


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


s = Span(hours=36)
print(repr(s), str(s), s.hours(), type(s).__name__)
print(type(s + s).__name__, type(-s).__name__, type(s * 2).__name__, type(abs(s)).__name__)
print(isinstance(s, timedelta), s == timedelta(hours=36))
print(type(timedelta(1)).__name__, timedelta.__module__, datetime.timedelta is timedelta)
import copy
print(repr(copy.copy(a)), repr(copy.deepcopy(b)), repr(copy.copy(s)))
