# time.strptime and datetime.strptime: every directive of the C locale,
# defaults, %I/%p, %j, %U/%W and ISO weeks, %z/%Z, whitespace and
# escaping, and CPython's errors.
import time
from datetime import datetime, date, timezone, timedelta


def both(text, fmt):
    try:
        result = tuple(time.strptime(text, fmt))
    except Exception as e:
        result = "!! %s %s" % (type(e).__name__, e)
    try:
        value = repr(datetime.strptime(text, fmt))
    except Exception as e:
        value = "!! %s %s" % (type(e).__name__, e)
    print(repr(text), repr(fmt))
    print("   ", result)
    print("   ", value)


print("-- dates and times")
for text, fmt in [("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), ("2024-01-02T03:04:05.123+0100", "%Y-%m-%dT%H:%M:%S.%f%z"),
                  ("02/01/24", "%d/%m/%y"), ("69", "%y"), ("68", "%y"), ("00", "%y"), ("5", "%d"), (" 5", "%d"),
                  ("5", "%m"), ("123456", "%f"), ("1", "%f"), ("000001", "%f"), ("1234567", "%f"),
                  ("Tue Jan  2 03:04:05 2024", "%c"), ("01/02/24", "%x"), ("03:04:05", "%X"),
                  ("61", "%S"), ("60", "%S"), ("24", "%H"), ("9:5:7", "%H:%M:%S"), ("2024-13-01", "%Y-%m-%d"),
                  ("2024-02-30", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("2024-02-29", "%Y-%m-%d"),
                  ("02-29", "%m-%d"), ("Feb 29", "%b %d"), ("0001-01-01", "%Y-%m-%d"), ("9999-12-31 23:59:59.999999", "%Y-%m-%d %H:%M:%S.%f")]:
    both(text, fmt)

print("-- names")
for text, fmt in [("tuesday", "%A"), ("TUE", "%a"), ("Wednesday 3", "%A %d"), ("march", "%B"), ("sep", "%b"), ("sept", "%b"),
                  ("September", "%B"), ("MAY 5", "%B %d"), ("12 AM", "%I %p"), ("12 pm", "%I %p"), ("1 pm", "%I %p"),
                  ("11 am", "%I %p"), ("12", "%I"), ("7", "%I"), ("13 pm", "%H %p"), ("5 pm", "%H %p"),
                  ("12:00 am", "%I:%M %p"), ("Mon 2024 3", "%a %Y %W"), ("2024 Tue", "%Y %a"), ("Mo", "%a")]:
    both(text, fmt)

print("-- day of year and weeks")
for text, fmt in [("1", "%j"), ("366", "%j"), ("2023 366", "%Y %j"), ("2024 100", "%Y %j"), ("2024 060", "%Y %j"),
                  ("2024 10 2", "%Y %U %w"), ("2024 10 2", "%Y %W %w"), ("2024 0 0", "%Y %U %w"), ("2024 53 6", "%Y %W %w"),
                  ("2024 10", "%Y %U"), ("2023 0 1", "%Y %W %w"), ("0001 0 1", "%Y %W %w"), ("1 3", "%w %u"),
                  ("3", "%u"), ("0", "%w"), ("2024 10 Mon", "%G %V %a"), ("2024 52 1", "%G %V %u"), ("2020 53 7", "%G %V %u"),
                  ("2021 53 7", "%G %V %u"), ("0001 1 1", "%G %V %u"), ("9999 52 7", "%G %V %u"), ("2024 1 7", "%G %V %u"),
                  ("2024 10", "%G %V"), ("2024 10 1", "%Y %V %u"), ("2024 100 1", "%G %j %u"), ("10 1", "%V %u"), ("10", "%V"),
                  ("2024 10 1 5", "%G %V %u %j"), ("3635", "%V%U"), ("15%1716", "%V%%%d%U"), ("51Dec551", "%V%b%u%W"), ("2024 2024 10 1", "%Y %G %V %u"), ("2024 1", "%G %u"), ("12", "%G")]:
    both(text, fmt)

print("-- time zones")
for text, fmt in [("+0530", "%z"), ("-05:30", "%z"), ("Z", "%z"), ("z", "%z"), ("+05:30:15", "%z"), ("+053015.123", "%z"),
                  ("-05:30:15.000001", "%z"), ("+05:3015", "%z"), ("+05", "%z"), ("+2400", "%z"), ("UTC", "%Z"), ("gmt", "%Z"),
                  ("Utc", "%Z"), ("EST", "%Z"), ("utc +0000", "%Z %z"), ("GMT -0100", "%Z %z"), ("+0100 UTC", "%z %Z"),
                  ("2024-06-01 12:00:00 +0200", "%Y-%m-%d %H:%M:%S %z")]:
    both(text, fmt)
moment = datetime.strptime("2024-06-01 12:00:00 +0200", "%Y-%m-%d %H:%M:%S %z")
print(moment.utcoffset(), moment.tzname(), moment.astimezone(timezone.utc))
print(datetime.strptime("+0000", "%z").tzinfo is timezone.utc, repr(datetime.strptime("Z", "%z").tzinfo))

print("-- literal text, whitespace, escaping")
for text, fmt in [("  2024  ", " %Y "), ("2024\t01", "%Y %m"), ("2024 \n 01", "%Y %m"), ("202401", "%Y %m"),
                  ("2024.01", "%Y.%m"), ("2024x01", "%Y.%m"), ("(2024)", "(%Y)"), ("a[b", "a[b"), ("a+b*c?", "a+b*c?"),
                  ("^$|{}\\", "^$|{}\\"), ("x", "x"), ("X", "x"), ("", ""), ("abc", ""), ("5 %", "%d %%"),
                  ("2024%", "%Y%%"), ("2024", "%Y%%"), ("x2024", "x%Y"), ("1\n2", "%d\n%m"), ("2024-01-02x", "%Y-%m-%d"),
                  ("2024-01-02", "%Y-%m-%d %H"), ("\u0662\u0660\u0662\u0664", "%Y"), ("\u00e9t\u00e9 2024", "\u00e9t\u00e9 %Y")]:
    both(text, fmt)

print("-- bad formats")
for text, fmt in [("2024", "%Q"), ("2024", "%"), ("2024%", "%Y%"), ("1 2", "%e %m"), ("abc", "%s"), ("x", "%."),
                  ("x", "% "), ("x", "%("), ("2024 2024", "%Y %Y")]:
    both(text, fmt)

print("-- argument errors")
for call in [lambda: time.strptime(5, "%Y"), lambda: time.strptime("5", 5), lambda: time.strptime(),
             lambda: datetime.strptime(5, "%Y"), lambda: datetime.strptime("5", None), lambda: time.strptime(b"2024", "%Y")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(tuple(time.strptime("Tue Jan  2 03:04:05 2024")))
print(time.strptime("Tue Jan  2 03:04:05 2024"))
print(type(time.strptime("2024", "%Y")).__name__, time.strptime("2024", "%Y").tm_year)

print("-- round trips with strftime")
for value in [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(1999, 12, 31, 23, 59, 59), datetime(2000, 2, 29, 12)]:
    for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %d %b %Y %I:%M:%S %p", "%c", "%x %X", "%Y %j %H", "%A %B %d %y"]:
        text = value.strftime(fmt)
        back = datetime.strptime(text, fmt)
        print(repr(text), repr(back))


class Moment(datetime):
    pass


print(repr(Moment.strptime("2024-05-06", "%Y-%m-%d")), type(Moment.strptime("1", "%d")).__name__)
print(repr(date(2024, 1, 1)), repr(datetime.strptime("2024-05-06", "%Y-%m-%d").date()))
