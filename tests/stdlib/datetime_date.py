# date: construction and its errors, ordinals, ISO calendar, text,
# arithmetic, comparisons and subclasses.
import datetime
from datetime import date, timedelta, MINYEAR, MAXYEAR


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), repr(date.resolution))
d = date(2024, 1, 2)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat(), d.ctime())
print(repr(date(year=1999, month=12, day=31)), repr(date(2000, day=29, month=2)))

print("-- construction errors")
for args in [(2024, 13, 1), (2024, 0, 1), (2024, 2, 30), (2023, 2, 29), (2024, 4, 31),
             (0, 1, 1), (10000, 1, 1), (-5, 1, 1), (2024, 1, 0), (2024, 1, 32)]:
    show("date%r" % (args,), lambda: date(*args))
show("date('2024', 1, 1)", lambda: date("2024", 1, 1))
show("date(2024.0, 1, 1)", lambda: date(2024.0, 1, 1))
show("date(2024, 1.5, 1)", lambda: date(2024, 1.5, 1))
show("date(2024)", lambda: date(2024))
show("date(2024, 1)", lambda: date(2024, 1))
show("date(True, True, True)", lambda: date(True, True, True))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


show("date(Index(2020), Index(5), Index(6))", lambda: date(Index(2020), Index(5), Index(6)))

print("-- leap years")
for year in [1900, 2000, 2004, 2023, 2024, 2100, 2400]:
    try:
        date(year, 2, 29)
        print(year, "leap")
    except ValueError:
        print(year, "common")

print("-- ordinals and weekdays")
for value in [date.min, date(1, 12, 31), date(2, 1, 1), date(100, 3, 1), date(400, 12, 31),
              date(1600, 2, 29), date(1970, 1, 1), date(2000, 2, 29), date(2024, 1, 2), date.max]:
    n = value.toordinal()
    print(repr(value), n, value.weekday(), value.isoweekday(), repr(date.fromordinal(n)),
          date.fromordinal(n) == value)
show("fromordinal(0)", lambda: date.fromordinal(0))
show("fromordinal(-3)", lambda: date.fromordinal(-3))
show("fromordinal(3652060)", lambda: date.fromordinal(3652060))
show("fromordinal(1.0)", lambda: date.fromordinal(1.0))
for n in range(1, 3652059, 99991):
    y, m, dd = date.fromordinal(n).timetuple()[:3]
    assert date(y, m, dd).toordinal() == n, n
print("round trips ok")

print("-- ISO calendar")
for value in [date(2024, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2020, 12, 31),
              date(2026, 12, 31), date(2027, 1, 1), date(1, 1, 1), date(9999, 12, 31),
              date(2004, 12, 31), date(2005, 1, 2), date(2008, 12, 29)]:
    cal = value.isocalendar()
    print(repr(value), repr(cal), tuple(cal), cal.year, cal.week, cal.weekday, cal[0],
          repr(date.fromisocalendar(*cal)) if 1 <= cal.year <= 9999 else "-")
cal = date(2024, 5, 6).isocalendar()
y, w, wd = cal
print(y, w, wd, len(cal), isinstance(cal, tuple), cal == (2024, 19, 1), type(cal).__name__)
show("fromisocalendar(2020, 53, 5)", lambda: date.fromisocalendar(2020, 53, 5))
show("fromisocalendar(2021, 53, 1)", lambda: date.fromisocalendar(2021, 53, 1))
show("fromisocalendar(2024, 0, 1)", lambda: date.fromisocalendar(2024, 0, 1))
show("fromisocalendar(2024, 1, 8)", lambda: date.fromisocalendar(2024, 1, 8))
show("fromisocalendar(2024, 1, 0)", lambda: date.fromisocalendar(2024, 1, 0))
show("fromisocalendar(0, 1, 1)", lambda: date.fromisocalendar(0, 1, 1))
show("fromisocalendar(10000, 1, 1)", lambda: date.fromisocalendar(10000, 1, 1))

print("-- timetuple and replace")
print(d.timetuple())
print(date(2024, 12, 31).timetuple().tm_yday, date(2023, 12, 31).timetuple().tm_yday)
print(repr(d.replace(year=2000)), repr(d.replace(month=2, day=29)), repr(d.replace()))
show("replace(day=31, month=4)", lambda: d.replace(month=4, day=31))
show("date(2024, 2, 29).replace(year=2023)", lambda: date(2024, 2, 29).replace(year=2023))

print("-- ctime")
for value in [date(2024, 1, 2), date(1, 1, 1), date(2000, 12, 25), date(999, 10, 10)]:
    print(value.ctime())

print("-- arithmetic")
print(repr(d + timedelta(30)), repr(timedelta(30) + d), repr(d - timedelta(2)))
print(repr(d + timedelta(hours=47)), repr(d - timedelta(hours=1)), repr(d + timedelta(seconds=-1)))
print(repr(date(2024, 3, 1) - date(2024, 2, 1)), repr(date(2023, 3, 1) - date(2024, 3, 1)))
print(repr(date.max - date.min))
show("max + 1 day", lambda: date.max + timedelta(1))
show("min - 1 day", lambda: date.min - timedelta(1))
show("d + 1", lambda: d + 1)
show("d - 1", lambda: d - 1)
show("1 + d", lambda: 1 + d)
show("d + d", lambda: d + d)
show("td - d", lambda: timedelta(1) - d)
show("d * 2", lambda: d * 2)
walk = date(2024, 1, 31)
for _ in range(3):
    walk += timedelta(days=29)
    print(walk, end=" ")
print()

print("-- comparisons")
dates = [date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1), date(2024, 1, 2)]
print(sorted(dates), max(dates), min(dates))
print(date(2024, 1, 2) == date(2024, 1, 2), date(2024, 1, 2) != date(2024, 1, 3),
      date(2024, 1, 2) < date(2024, 1, 3), date(2024, 1, 2) >= date(2025, 1, 1))
print(d == "2024-01-02", d != 5, d == None)
show("d < 1", lambda: d < 1)
show("d > '2024'", lambda: d > "2024")
print(hash(date(2024, 1, 2)) == hash(date(2024, 1, 2)), len({d, date(2024, 1, 2), date(2024, 1, 3)}))
print({date(2024, 1, 2): "x"}[date(2024, 1, 2)])

print("-- today and fromtimestamp")
import time
today = date.today()
print(type(today).__name__, abs(today - date.fromtimestamp(time.time())) <= timedelta(1))
print(repr(date.fromtimestamp(86400 * 365)) in ("datetime.date(1970, 12, 31)", "datetime.date(1971, 1, 1)"))
show("fromtimestamp(nan)", lambda: date.fromtimestamp(float("nan")))
show("fromtimestamp('x')", lambda: date.fromtimestamp("x"))

print("-- subclasses")


class Day(date):
    def next(self):
        return self + timedelta(1)


x = Day(2024, 2, 28)
print(repr(x), str(x), repr(x.next()), repr(x.next().next()), type(x.next()).__name__)
print(repr(Day.fromordinal(738000)), repr(Day.fromisoformat("2020-02-02")),
      repr(Day.fromisocalendar(2020, 1, 1)), type(Day.today()).__name__)
print(repr(x.replace(day=1)), x == date(2024, 2, 28), repr(x - date(2024, 1, 1)))


class Birthday(date):
    def __new__(cls, year, month, day, name):
        self = super().__new__(cls, year, month, day)
        self.name = name
        return self

    def __repr__(self):
        return "Birthday(%s, %r)" % (self.isoformat(), self.name)


b = Birthday(1990, 6, 15, "Ada")
print(repr(b), b.name, b.year, str(b), b.isoformat())
print(datetime.date is date, date.__name__, date.__module__, date.__qualname__)
import copy
print(repr(copy.copy(d)), repr(copy.deepcopy(x)))
