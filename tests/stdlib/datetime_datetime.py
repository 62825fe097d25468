# datetime: construction, fields, combine and the parts, replace,
# arithmetic, comparisons (naive, aware, with dates), timestamps in UTC,
# text forms, subclasses.
import time as _time
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


ist = timezone(timedelta(hours=5, minutes=30), "IST")
utc = timezone.utc
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
for dt in [datetime(2024, 1, 2), datetime(2024, 1, 2, 3), datetime(2024, 1, 2, 3, 4),
           datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 6),
           datetime(2024, 1, 2, 0, 0, 0, 1), datetime(2024, 1, 2, tzinfo=utc),
           datetime(2024, 1, 2, 3, 4, 5, 6, ist), datetime(2024, 1, 2, fold=1),
           datetime(2024, 1, 2, 3, 4, 5, 6, ist, fold=1), datetime(year=1, month=2, day=3, minute=4)]:
    print(repr(dt), "|", str(dt), "|", dt.isoformat())
dt = datetime(2024, 1, 2, 3, 4, 5, 6)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)

print("-- errors")
for args in [(2024, 13, 1), (2024, 2, 30), (0, 1, 1), (10000, 1, 1), (2024, 1, 1, 24),
             (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 1000000)]:
    show("datetime%r" % (args,), lambda: datetime(*args))
show("datetime(2024)", lambda: datetime(2024))
show("datetime(2024, 1)", lambda: datetime(2024, 1))
show("tzinfo=1", lambda: datetime(2024, 1, 1, tzinfo=1))
show("fold=2", lambda: datetime(2024, 1, 1, fold=2))
show("hour='1'", lambda: datetime(2024, 1, 1, "1"))

print("-- parts")
a = datetime(2024, 7, 2, 3, 4, 5, 6, tzinfo=ist, fold=1)
print(repr(a.date()), repr(a.time()), repr(a.timetz()), repr(dt.timetz()))
print(repr(datetime.combine(date(2020, 1, 1), time(1, 2))),
      repr(datetime.combine(date(2020, 1, 1), time(1, 2, fold=1, tzinfo=ist))),
      repr(datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=ist), tzinfo=None)),
      repr(datetime.combine(date(2020, 1, 1), time(1, 2), utc)),
      repr(datetime.combine(datetime(2020, 1, 1, 5, 6), time(1, 2))),
      repr(datetime.combine(time=time(3), date=date(2021, 3, 4))))
show("combine(1, time())", lambda: datetime.combine(1, time()))
show("combine(date, 1)", lambda: datetime.combine(date(2020, 1, 1), 1))
show("combine(date, dt)", lambda: datetime.combine(date(2020, 1, 1), datetime(2020, 1, 1)))
print(repr(dt.replace(year=2000, microsecond=0)), repr(dt.replace(tzinfo=ist)), repr(a.replace(tzinfo=None)),
      repr(a.replace(fold=0)), repr(datetime(2020, 2, 29).replace(day=28, year=2021)))
show("replace(year=2021) on Feb 29", lambda: datetime(2020, 2, 29).replace(year=2021))
show("replace(tzinfo=1)", lambda: dt.replace(tzinfo=1))
show("dt.year = 1", lambda: setattr(dt, "year", 1))
show("dt.hour = 1", lambda: setattr(dt, "hour", 1))

print("-- timetuple")
print(dt.timetuple())
print(a.timetuple())
print(a.utctimetuple())
print(datetime(2024, 1, 1, 1, tzinfo=ist).utctimetuple())
print(dt.utctimetuple())
print(datetime(2024, 12, 31, 23, 59, 59).timetuple().tm_yday, dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar())
show("utctimetuple overflow", lambda: datetime(1, 1, 1, tzinfo=ist).utctimetuple())

print("-- arithmetic")
print(repr(dt + timedelta(days=1, hours=23, microseconds=999995)), repr(timedelta(minutes=-5) + dt))
print(repr(dt - timedelta(days=400, seconds=1)), repr(dt - timedelta(microseconds=7)))
print(repr(datetime(2020, 3, 1) - timedelta(microseconds=1)), repr(datetime(2020, 1, 1) + timedelta(days=10 ** 6)))
print(repr(a + timedelta(hours=1)), repr((a + timedelta(0)).fold))
print(repr(datetime(2020, 1, 1) - datetime(2020, 1, 2, 3, 4, 5, 6)), repr(datetime.max - datetime.min))
print(repr(datetime(2020, 1, 1, tzinfo=ist) - datetime(2020, 1, 1, tzinfo=utc)))
print(repr(datetime(2020, 1, 1, 5, 30, tzinfo=ist) - datetime(2020, 1, 1, tzinfo=utc)))
show("min - 1 day", lambda: datetime.min - timedelta(1))
show("max + 1us", lambda: datetime.max + timedelta(microseconds=1))
show("naive - aware", lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc))
show("dt - date", lambda: dt - date(2020, 1, 1))
show("date - dt", lambda: date(2020, 1, 1) - dt)
show("dt + dt", lambda: dt + dt)
show("dt + 1", lambda: dt + 1)
show("1 + dt", lambda: 1 + dt)
show("dt - 1", lambda: dt - 1)
show("dt - time", lambda: dt - time(1))

print("-- comparisons")
values = [datetime(2024, 1, 2, 3), datetime(2024, 1, 2), datetime(2023, 5, 6, 7, 8, 9), datetime(2024, 1, 2, 3)]
print(sorted(values), max(values))
x, y = datetime(2024, 7, 2, 9, 30, tzinfo=ist), datetime(2024, 7, 2, 4, tzinfo=utc)
print(x == y, x != y, x < y, x <= y, x > y, hash(x) == hash(y))
print(x < datetime(2024, 7, 2, 4, 0, 1, tzinfo=utc), x > datetime(2024, 7, 2, 3, 59, tzinfo=utc))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, fold=1), hash(datetime(2020, 1, 1)) == hash(datetime(2020, 1, 1, fold=1)))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=utc), datetime(2020, 1, 1) != datetime(2020, 1, 1, tzinfo=utc))
show("naive < aware", lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=utc))
show("aware >= naive", lambda: datetime(2020, 1, 1, tzinfo=utc) >= datetime(2020, 1, 1))
print(datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1),
      datetime(2020, 1, 1) != date(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1))
show("datetime < date", lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
show("date < datetime", lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
show("date >= datetime", lambda: date(2020, 1, 1) >= datetime(2020, 1, 1))
show("dt < 1", lambda: dt < 1)
print(dt == 1, dt != "x", len({datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0), date(2020, 1, 1)}))
print(len({x, y, datetime(2024, 7, 2, 0, tzinfo=timezone(timedelta(hours=-4)))}))

print("-- timestamps (UTC and aware)")
for seconds in [0, 1, -1, 1.5, -1.5, 1e9 + 0.0000005, 0.9999996, -0.0000004, 86400 * 365.25 * 30,
                1700000000.123456, 2 ** 31, -2 ** 31, 253402214399]:
    u = datetime.utcfromtimestamp(seconds)
    print(seconds, repr(u), repr(datetime.fromtimestamp(seconds, utc)), repr(datetime.fromtimestamp(seconds, tz=ist)))
print(datetime(1970, 1, 1, tzinfo=utc).timestamp(), a.timestamp(), datetime(2038, 1, 19, 3, 14, 8, tzinfo=utc).timestamp())
print(datetime(1, 1, 1, tzinfo=utc).timestamp(), datetime.max.replace(tzinfo=utc).timestamp())
show("fromtimestamp(max, ist)", lambda: datetime.fromtimestamp(253402300799, ist))
show("utcfromtimestamp(1e12)", lambda: datetime.utcfromtimestamp(1e12))
show("utcfromtimestamp(-1e12)", lambda: datetime.utcfromtimestamp(-1e12))
show("utcfromtimestamp(nan)", lambda: datetime.utcfromtimestamp(float("nan")))
show("utcfromtimestamp('x')", lambda: datetime.utcfromtimestamp("x"))
show("fromtimestamp(1e20)", lambda: datetime.fromtimestamp(1e20))
show("fromtimestamp(0, 1)", lambda: datetime.fromtimestamp(0, 1))
show("fromtimestamp(None)", lambda: datetime.fromtimestamp(None))

print("-- now, today, local time (checked, not printed)")
now = datetime.now()
print(type(now).__name__, now.tzinfo, abs(now.timestamp() - _time.time()) < 5)
aware_now = datetime.now(utc)
print(aware_now.tzinfo, abs(aware_now.timestamp() - _time.time()) < 5)
print(abs(datetime.utcnow() - aware_now.replace(tzinfo=None)) < timedelta(seconds=5))
print(abs(datetime.today() - now) < timedelta(seconds=5), type(datetime.today()).__name__)
for seconds in [0, 1e9, 1700000000.25, 1720000000]:
    local = datetime.fromtimestamp(seconds)
    print(local.tzinfo, local.timestamp() == seconds, local.astimezone(utc) == datetime.fromtimestamp(seconds, utc))
local_zone = datetime(2024, 1, 15, 12).astimezone().tzinfo
print(type(local_zone).__name__, local_zone.utcoffset(None) in (timedelta(seconds=-_time.timezone), timedelta(seconds=-_time.altzone)))

print("-- ctime")
for value in [dt, datetime(1, 1, 1), datetime(2000, 12, 25, 23, 59, 59), datetime(999, 10, 10, 1, 2, 3)]:
    print(value.ctime())

print("-- subclasses")


class Stamp(datetime):
    def label(self):
        return "stamp " + self.isoformat()


s = Stamp(2024, 2, 28, 23, 30)
print(repr(s), s.label(), type(s + timedelta(hours=1)).__name__, repr(s + timedelta(hours=1)))
print(type(s - timedelta(1)).__name__, repr(s - datetime(2024, 1, 1)), type(s.replace(minute=0)).__name__)
print(type(Stamp.fromisoformat("2020-01-01T01:02")).__name__, type(Stamp.utcfromtimestamp(0)).__name__,
      type(Stamp.fromtimestamp(0, utc)).__name__, type(Stamp.combine(date(2020, 1, 1), time())).__name__,
      type(Stamp.now()).__name__, type(Stamp.fromordinal(5)).__name__, type(Stamp.strptime("2020", "%Y")).__name__)
print(repr(Stamp.fromordinal(738000)), type(s.date()).__name__, type(s.astimezone(utc)).__name__)
print(isinstance(s, date), issubclass(datetime, date), datetime.__mro__[1].__name__)
import copy
print(repr(copy.copy(a)), repr(copy.deepcopy(dt)), repr(copy.copy(s)))
