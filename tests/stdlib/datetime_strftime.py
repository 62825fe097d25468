# strftime and format() of date, time and datetime: the C library's
# directives with the objects' own %f, %z and %Z.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


ist = timezone(timedelta(hours=5, minutes=30), "IST")
odd = timezone(timedelta(hours=-3, minutes=-30, seconds=-15, microseconds=-250), "Odd%Zone")
every = "%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %f %z %Z"
values = [date(2024, 1, 2), date(1999, 12, 31), datetime(2024, 1, 2, 3, 4, 5, 6),
          datetime(2024, 7, 14, 15, 16, 17, 189, ist), datetime(2000, 2, 29, 23, 59, 59, 999999, odd),
          datetime(2024, 1, 1, 12, tzinfo=timezone.utc), time(13, 4, 5, 6), time(0, 0, tzinfo=ist),
          time(23, 59, 59, 999999, odd)]
for value in values:
    print(repr(value))
    print("   ", value.strftime(every))
    print("   ", value.strftime("%G-W%V-%u %e %D %T %R %h %n|%t|%C %g"))

print("-- literal text and escapes")
dt = datetime(2024, 3, 5, 6, 7, 8, 9, ist)
for fmt in ["", "plain text", "%%", "%%z", "%%%z", "%", "100%", "%Y%", "%%f %f %%%f", "%z%z", "%Z %Z",
            "\u00e9t\u00e9 %Y", "%Y-%m-%dT%H:%M:%S.%f%z", "{%d}", "%5", "%q"]:
    show(repr(fmt), lambda: dt.strftime(fmt))
print(datetime(2024, 1, 1, tzinfo=odd).strftime("%Z|%z"))

print("-- early years")
for value in [date(1, 1, 1), date(99, 12, 31), date(999, 5, 6), date(1000, 1, 1), date(1899, 12, 31)]:
    print(repr(value), value.strftime("%Y|%m|%d|%j|%a|%b|%y|%F"))

print("-- format()")
for value in values[:4] + values[6:]:
    print(format(value, ""), "|", format(value, "%d/%m %H.%M"), "|", "{:%Y}".format(value), "|", f"{value!s:>30}")
print(f"{dt:%A, %d %B %Y at %I:%M %p}", f"{date(2024, 1, 2):%d.%m.%Y}", f"{time(9, 5):%H:%M}")
show("format(date, 1)", lambda: date(2020, 1, 1).__format__(1))
show("format(datetime, None)", lambda: datetime(2020, 1, 1).__format__(None))
show("strftime(1)", lambda: date(2020, 1, 1).strftime(1))
show("strftime(None)", lambda: datetime(2020, 1, 1).strftime(None))


class Named(tzinfo):
    def __init__(self, name):
        self.name = name

    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return self.name


print(repr(datetime(2024, 1, 2, tzinfo=Named("A%dB")).strftime("%Z|%z|%d")))
print(repr(datetime(2024, 1, 2, tzinfo=Named(None)).strftime("[%Z][%z]")))
print(repr(time(1, tzinfo=Named("T")).strftime("%Z %z %H")))
