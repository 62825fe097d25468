# Seeded random timedelta constructions (ints, floats, halves) and arithmetic,
# datetime differences, ISO calendars and UTC timestamps: as CPython's.
import random
from datetime import *
rng = random.Random(5)
def num():
    r = rng.random()
    if r < 0.3: return rng.randint(-10**6, 10**6)
    if r < 0.6: return rng.uniform(-1e5, 1e5)
    if r < 0.8: return rng.randint(-3, 3) + rng.choice([0.5, 0.25, 1e-7, 0.4999999, 0.5000001, 1/3])
    return rng.choice([0, 1, -1, 0.5, -0.5, 1.5, 2.5])
keys = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
for i in range(80):
    kw = {k: num() for k in rng.sample(keys, rng.randint(1, 4))}
    try:
        td = timedelta(**kw)
        r = repr(td)
        f = num()
        ops = []
        for op in (lambda: td * f, lambda: td / f, lambda: td // (int(f) or 1), lambda: td / td if td else 0, lambda: td % timedelta(seconds=7.3), lambda: divmod(td, timedelta(minutes=-13)), lambda: td.total_seconds(), lambda: str(td), lambda: datetime(2000, 1, 1) + td, lambda: date(2000, 1, 1) - td):
            try: ops.append(repr(op()))
            except Exception as e: ops.append(type(e).__name__ + " " + str(e))
        r += " " + " ".join(ops)
    except Exception as e:
        r = type(e).__name__ + " " + str(e)
    print(kw, r)
for i in range(60):
    a = datetime(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999))
    ts = rng.uniform(-6e10, 2.5e11)
    out = [repr(a - datetime(2000, 1, 1)), repr(a.isocalendar()), a.strftime("%j %U %W %a"), repr(a.timestamp() if False else (a.replace(tzinfo=timezone.utc)).timestamp())]
    for f in (lambda: datetime.utcfromtimestamp(ts), lambda: datetime.fromtimestamp(ts, timezone(timedelta(hours=rng.randint(-23, 23))))):
        try: out.append(repr(f()))
        except Exception as e: out.append(type(e).__name__ + " " + str(e))
    print(repr(a), ts, " ".join(out))
