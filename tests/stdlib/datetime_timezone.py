# Time zones: timezone (fixed offsets, names, reprs, errors), tzinfo
# subclasses with summer time, fromutc, astimezone, fold (PEP 495).
from datetime import date, datetime, time, timedelta, timezone, tzinfo
import datetime as datetime_module


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print("-- timezone")
utc = timezone.utc
print(repr(utc), str(utc), utc.tzname(None), utc.utcoffset(None), utc.dst(None), datetime_module.UTC is utc)
print(repr(timezone.min), repr(timezone.max), str(timezone.min), str(timezone.max))
print(timezone(timedelta(0)) is utc, repr(timezone(timedelta(0), "UTC")), repr(timezone(timedelta(0), "")))
zones = [timezone(timedelta(hours=5, minutes=30), "IST"), timezone(timedelta(hours=5, minutes=30)),
         timezone(timedelta(hours=-3)), timezone(timedelta(hours=-3, minutes=-30)),
         timezone(timedelta(minutes=1, seconds=1)), timezone(timedelta(seconds=-5, microseconds=7)),
         timezone(timedelta(hours=5, minutes=30, seconds=10, microseconds=1)), timezone(-timedelta(hours=23, minutes=59, seconds=59, microseconds=999999))]
for zone in zones:
    print(repr(zone), "|", str(zone), "|", zone.tzname(None), zone.utcoffset(None), zone.dst(None))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"), timezone(timedelta(hours=1)) != utc,
      timezone(timedelta(hours=1)) == 1, hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "Y")))
print(len({utc, timezone(timedelta(0), "Z"), timezone(timedelta(hours=1))}))
print(isinstance(utc, tzinfo), type(utc).__name__, timezone.__module__)
show("timezone(1)", lambda: timezone(1))
show("timezone(None)", lambda: timezone(None))
show("timezone(td, 5)", lambda: timezone(timedelta(0), 5))
show("timezone(24h)", lambda: timezone(timedelta(hours=24)))
show("timezone(-24h)", lambda: timezone(-timedelta(hours=24)))
show("timezone(td, name=None)", lambda: timezone(timedelta(hours=1), None))
show("utc.utcoffset(1)", lambda: utc.utcoffset(1))
show("utc.tzname(date)", lambda: utc.tzname(date(2020, 1, 1)))
show("utc.dst('x')", lambda: utc.dst("x"))
show("utc.fromutc(1)", lambda: utc.fromutc(1))
show("utc.fromutc(naive)", lambda: utc.fromutc(datetime(2020, 1, 1)))
ist = zones[0]
print(repr(ist.fromutc(datetime(2020, 1, 1, 20, tzinfo=ist))), repr(utc.utcoffset(datetime(2020, 1, 1))))
import copy
print(repr(copy.copy(ist)), copy.deepcopy(utc) is utc or repr(copy.deepcopy(utc)))

print("-- tzinfo base")
base = tzinfo()
show("utcoffset", lambda: base.utcoffset(None))
show("dst", lambda: base.dst(None))
show("tzname", lambda: base.tzname(None))
show("fromutc(1)", lambda: base.fromutc(1))
show("fromutc(other zone)", lambda: base.fromutc(datetime(2020, 1, 1, tzinfo=utc)))
show("aware with base tzinfo", lambda: datetime(2020, 1, 1, tzinfo=base).utcoffset())


class USEastern(tzinfo):
    """Summer time from the second Sunday of March, 2:00, to the first Sunday
    of November, 2:00 (the US rules since 2007)."""

    def __repr__(self):
        return "USEastern()"

    def _summer_bounds(self, year):
        march_first = date(year, 3, 1)
        start = march_first + timedelta(days=(6 - march_first.weekday()) % 7 + 7)
        november_first = date(year, 11, 1)
        end = november_first + timedelta(days=(6 - november_first.weekday()) % 7)
        return datetime.combine(start, time(2)), datetime.combine(end, time(1))

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start, end = self._summer_bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end:
            return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1):  # the repeated hour
            return timedelta(hours=0 if dt.fold else 1)
        if start <= naive < start + timedelta(hours=1):  # the missing hour
            return timedelta(hours=1 if dt.fold else 0)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"


eastern = USEastern()
print("-- a zone with summer time")
for moment in [datetime(2024, 1, 15, 12), datetime(2024, 7, 4, 12), datetime(2024, 3, 10, 1, 59),
               datetime(2024, 3, 10, 3), datetime(2024, 11, 3, 0, 59), datetime(2024, 11, 3, 1, 30),
               datetime(2024, 11, 3, 1, 30, fold=1), datetime(2024, 11, 3, 2)]:
    local = moment.replace(tzinfo=eastern)
    print(local, local.tzname(), local.utcoffset(), local.dst(), local.timetuple().tm_isdst,
          local.astimezone(utc), local.timestamp())
print("-- UTC to the zone (fromutc through astimezone)")
start = datetime(2024, 11, 3, 4, 0, tzinfo=utc)
for minutes in range(0, 240, 30):
    moment = (start + timedelta(minutes=minutes)).astimezone(eastern)
    print(start + timedelta(minutes=minutes), "->", moment, moment.fold, moment.tzname())
start = datetime(2024, 3, 10, 5, 0, tzinfo=utc)
for minutes in range(0, 180, 30):
    moment = (start + timedelta(minutes=minutes)).astimezone(eastern)
    print(start + timedelta(minutes=minutes), "->", moment, moment.tzname())

print("-- PEP 495 comparisons")
first = datetime(2024, 11, 3, 1, 30, tzinfo=eastern)
second = first.replace(fold=1)
print(first == second, first.utcoffset(), second.utcoffset())
print(first == first.astimezone(utc), second == second.astimezone(utc), first.astimezone(utc) == second.astimezone(utc))
print(first < second.astimezone(utc), first - second.astimezone(utc), second - first)
print(first.astimezone(utc) - second.astimezone(utc))
print(hash(first) == hash(second))

print("-- astimezone")
moment = datetime(2024, 7, 2, 12, 0, tzinfo=ist)
print(moment.astimezone(utc), moment.astimezone(eastern), moment.astimezone(timezone(timedelta(hours=-8))))
print(moment.astimezone(ist) is moment, repr(moment.astimezone(zones[1])))
show("astimezone(1)", lambda: moment.astimezone(1))
show("astimezone of min", lambda: datetime(1, 1, 1, tzinfo=ist).astimezone(utc))
print(datetime(2024, 7, 2, tzinfo=utc).astimezone(utc) == datetime(2024, 7, 2, tzinfo=utc))


class Broken(tzinfo):
    def __init__(self, offset, dst=timedelta(0)):
        self.offset, self.dst_value = offset, dst

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return self.dst_value

    def tzname(self, dt):
        return 42


show("utcoffset 1", lambda: datetime(2020, 1, 1, tzinfo=Broken(1)).utcoffset())
show("utcoffset 2 days", lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(2))).utcoffset())
show("dst 'x'", lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(0), "x")).dst())
show("tzname 42", lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(0))).tzname())
show("fromutc without dst", lambda: datetime(2020, 1, 1, tzinfo=utc).astimezone(Broken(timedelta(hours=1), None)))
show("fromutc without offset", lambda: datetime(2020, 1, 1, tzinfo=utc).astimezone(Broken(None)))
show("isoformat", lambda: datetime(2020, 1, 1, tzinfo=Broken(1)).isoformat())
show("strftime %Z", lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(0))).strftime("%Z"))
show("timetuple", lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(0), 5)).timetuple())
print(datetime(2020, 1, 1, tzinfo=Broken(None)).isoformat())
print(datetime(2020, 1, 1, tzinfo=Broken(None)) == datetime(2020, 1, 1))
