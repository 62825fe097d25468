# time (of day): fields and their errors, tzinfo and fold, isoformat and
# fromisoformat, strftime, comparisons naive and aware, replace, hashing.
from datetime import time, timedelta, timezone, tzinfo


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(repr(time.min), repr(time.max), repr(time.resolution))
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 1),
          time(23, 59, 59, 999999), time(12, tzinfo=ist), time(12, 30, tzinfo=timezone.utc),
          time(1, 2, 3, 4, ist, fold=1), time(5, fold=1), time(hour=7, second=9)]:
    print(repr(t), "|", str(t), "|", t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)

print("-- errors")
for args in [(24,), (-1,), (1, 60), (1, -1), (1, 1, 60), (1, 1, 1, 1000000), (1, 1, 1, -1)]:
    show("time%r" % (args,), lambda: time(*args))
show("fold=2", lambda: time(fold=2))
show("fold=-1", lambda: time(fold=-1))
show("tzinfo=1", lambda: time(tzinfo=1))
show("tzinfo='UTC'", lambda: time(1, 2, 3, 4, "UTC"))
show("hour='1'", lambda: time("1"))
show("hour=1.0", lambda: time(1.0))
show("second=None", lambda: time(1, 2, None))

print("-- isoformat")
t = time(1, 2, 3, 4567)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec),
          time(1, 2, 3, 999999, ist).isoformat(spec))
show("timespec='x'", lambda: t.isoformat("x"))
show("timespec=None", lambda: t.isoformat(None))
for zone in [timezone(timedelta(0)), timezone(timedelta(hours=-3)), timezone(timedelta(seconds=-5, microseconds=7)),
             timezone(timedelta(minutes=1, seconds=1)), timezone(-timedelta(hours=23, minutes=59))]:
    print(time(12, tzinfo=zone).isoformat(), repr(time(12, tzinfo=zone).utcoffset()))

print("-- fromisoformat")
for text in ["12", "12:30", "1230", "12:30:45", "123045", "12:30:45.1", "12:30:45.123", "12:30:45.123456",
             "12:30:45.1234567", "12:30:45,5", "T12:30", "12:30:45+01", "12:30:45+0130", "12:30:45-01:30:15",
             "12:30:45-01:30:15.5", "12:30:45Z", "12Z", "12:30+00:00", "", "1", "123", "12:", "12:30:",
             "25:00", "12:60", "12:30:45.", "12:30:45 ", " 12:30", "12:30Z ", "12:30z", "12:30+24:00",
             "12:3045", "1230:45", "TT12", "12:30:45.x"]:
    show("time.fromisoformat(%r)" % text, lambda: time.fromisoformat(text))
show("fromisoformat(5)", lambda: time.fromisoformat(5))
for t in [time(1, 2, 3, 4, ist), time(23, 59), time(0, 0, 0, 1, timezone(timedelta(seconds=-5, microseconds=7)))]:
    print(time.fromisoformat(t.isoformat()) == t, repr(time.fromisoformat(t.isoformat())))

print("-- strftime and format")
t = time(13, 4, 5, 6, ist)
print(t.strftime("%H:%M:%S.%f %I %p %z %Z %%"), "|", t.strftime("%Y-%m-%d %j %a"))
print(time(0, 0).strftime("%H %I %p %z|%Z|"), format(t, "%H.%M"), format(t, ""), f"{t:%M}", "{:%S}".format(t))
show("strftime(1)", lambda: t.strftime(1))
show("__format__(1)", lambda: t.__format__(1))

print("-- utcoffset, dst, tzname")


class Fixed(tzinfo):
    def __init__(self, offset, dst=None, name=None):
        self.offset, self.dst_value, self.name = offset, dst, name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return self.dst_value

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return "Fixed(%r)" % (self.offset,)


print(t.utcoffset(), t.dst(), t.tzname(), time(1).utcoffset(), time(1).dst(), time(1).tzname())
print(time(1, tzinfo=Fixed(timedelta(hours=2), timedelta(hours=1), "X")).dst())
show("utcoffset() returning 1", lambda: time(1, tzinfo=Fixed(1)).utcoffset())
show("utcoffset() returning 24h", lambda: time(1, tzinfo=Fixed(timedelta(1))).utcoffset())
show("utcoffset() returning -24h", lambda: time(1, tzinfo=Fixed(-timedelta(1))).utcoffset())
show("dst() returning 'x'", lambda: time(1, tzinfo=Fixed(None, "x")).dst())
show("tzname() returning 5", lambda: time(1, tzinfo=Fixed(None, None, 5)).tzname())
show("isoformat with bad offset", lambda: time(1, tzinfo=Fixed(2.5)).isoformat())
show("base tzinfo", lambda: time(1, tzinfo=tzinfo()).utcoffset())
print(repr(time(1, tzinfo=Fixed(None))), time(1, tzinfo=Fixed(None)).isoformat())

print("-- comparisons")
a = time(5, tzinfo=ist)
b = time(23, 30, tzinfo=timezone(timedelta(hours=-1)))
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b))
print(time(1) < time(2), time(1, 0, 0, 1) > time(1), time(1) == time(1, fold=1), hash(time(1)) == hash(time(1, fold=1)))
print(sorted([time(3), time(1, 30), time(1, 2, 3), time(0)]))
print(time(1) == time(1, tzinfo=ist), time(1) != time(1, tzinfo=ist))
show("naive < aware", lambda: time(1) < time(1, tzinfo=ist))
show("time < 1", lambda: time(1) < 1)
print(time(1) == 1, time(1) != "01:00")
same = Fixed(timedelta(hours=1))
print(time(1, tzinfo=same) == time(1, tzinfo=same), time(1, tzinfo=Fixed(None)) == time(1))
print(time(1, tzinfo=Fixed(None)) == time(1, tzinfo=Fixed(None)))
print(len({time(1), time(1, 0), time(1, 0, 0, 0), time(2)}))
print(bool(time(0)), bool(time.min))

print("-- replace")
t = time(1, 2, 3, 4, ist)
print(repr(t.replace(hour=5)), repr(t.replace(tzinfo=None)), repr(t.replace(fold=1)), repr(t.replace()))
show("replace(minute=61)", lambda: t.replace(minute=61))
show("replace(tzinfo=1)", lambda: t.replace(tzinfo=1))
show("replace(fold=3)", lambda: t.replace(fold=3))
show("t.hour = 3", lambda: setattr(t, "hour", 3))
show("time + timedelta", lambda: time(1) + timedelta(1))
show("time - time", lambda: time(1) - time(0))


class Clock(time):
    def label(self):
        return self.strftime("%H:%M")


c = Clock(9, 15)
print(repr(c), c.label(), type(c.replace(minute=20)).__name__, c == time(9, 15))
import copy
print(repr(copy.copy(t)), repr(copy.deepcopy(time(1, fold=1))))
