# ISO 8601 text: isoformat of every class with each timespec, and what
# date/time/datetime.fromisoformat accept in 3.11 (extended and basic
# forms, week dates, fractions, offsets, Z) and their errors.
from datetime import date, datetime, time, timedelta, timezone


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


ist = timezone(timedelta(hours=5, minutes=30), "IST")
print("-- isoformat")
dt = datetime(2024, 1, 2, 3, 4, 5, 678901, tzinfo=ist)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), datetime(2024, 1, 2).isoformat(" ", spec))
print(dt.isoformat(" "), dt.isoformat("x"), dt.isoformat(sep="\u00e9"), str(dt), datetime(9, 8, 7).isoformat())
show("sep 'ab'", lambda: dt.isoformat("ab"))
show("sep ''", lambda: dt.isoformat(""))
show("sep 1", lambda: dt.isoformat(1))
show("timespec 'x'", lambda: dt.isoformat("T", "x"))
show("timespec None", lambda: dt.isoformat("T", None))
print(date(1, 2, 3).isoformat(), date(2024, 12, 31).isoformat())

print("-- date.fromisoformat / datetime.fromisoformat (dates)")
dates = ["2020-01-01", "20200101", "2020-W01", "2020W01", "2020-W01-3", "2020W013", "2020-W53-1",
         "2019-W53-1", "2004-W53-7", "2020-02-30", "2020-1-01", "2020-01-1", "202001", "2020-0101",
         "202001-01", "abcd-ef-gh", "\uff12\uff10\uff12\uff10-01-01", "0000-01-01", "9999-W52-7",
         "9999-12-31", "2020-W00-1", "2020-W01-0", "2020-W01-8", "2020-W01-", "2020-13-01",
         "2020-W54-1", "2020W01123", "", "2020", "2020-01-01T00:00", "2020-01-01 "]
for text in dates:
    show("date.fromisoformat(%r)" % text, lambda: date.fromisoformat(text))
    show("datetime.fromisoformat(%r)" % text, lambda: datetime.fromisoformat(text))
show("date.fromisoformat(5)", lambda: date.fromisoformat(5))
show("datetime.fromisoformat(None)", lambda: datetime.fromisoformat(None))

print("-- datetime.fromisoformat (times)")
times = ["12", "12:30", "1230", "12:30:45", "123045", "12:30:45.1", "12:30:45.12", "12:30:45.1234",
         "12:30:45.12345", "12:30:45.123456", "12:30:45,5", "123045.5", "1230451234", "12:30:45.",
         "12:30:45+01", "12:30:45+0130", "12:30:45+01:30", "12:30:45-01:30:15.5", "12:30:45Z",
         "12:30:45z", "12:30:45+", "12:30:45+1", "12:30:45+01:3", "12Z", "12+01", "T12:30", "",
         "1", "12:", "25:00", "24:00", "12:60", "12:30:45.1234567890", "12:30+23:59:59.999999",
         "12:30-23:59", "12:30+24:00", "12:30+00:00", "12:30-00:00", "12:30:45 ", "12:3045"]
for text in times:
    for date_part in ["2020-05-06T", "2020-W05-6 ", "20200506T", "2020-05-06_"]:
        show("datetime.fromisoformat(%r)" % (date_part + text), lambda: datetime.fromisoformat(date_part + text))
for text in ["2020-W01-123:00", "2020-W01-12", "2020W0112", "2020W011230", "2020-W01T10",
             "2020W011T10", "2020-01-01\u00e912:30", "2020-01-0112:00", "2020-01-01T"]:
    show("datetime.fromisoformat(%r)" % text, lambda: datetime.fromisoformat(text))

print("-- round trips")
for value in [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, tzinfo=timezone.utc), dt,
              datetime(1, 1, 1, tzinfo=timezone(timedelta(seconds=-5, microseconds=7))),
              datetime(9999, 12, 31, 23, 59, 59, 999999, timezone.max)]:
    text = value.isoformat()
    back = datetime.fromisoformat(text)
    print(text, repr(back), back == value, back.utcoffset() == value.utcoffset())
for value in [date(2024, 1, 2), date(1000, 1, 1), date.max]:
    print(repr(date.fromisoformat(value.isoformat())), repr(date.fromisoformat(value.strftime("%Y%m%d"))))
