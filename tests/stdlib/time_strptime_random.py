# Random formats (seeded) formatted by strftime, some mutated, read back by
# datetime.strptime and time.strptime: results and errors as CPython's.
import random
import time as TM
from datetime import *
rng = random.Random(12)
directives = list("aAbBcdfGHIjmMpSuUVwWxXyYzZ%") + [" ", "-", ":", "/", "T", "."]
for i in range(300):
    fmt = "".join(("%" + d) if d.isalpha() or d == "%" else d for d in (rng.choice(directives) for _ in range(rng.randint(1, 5))))
    dt = datetime(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999), timezone(timedelta(minutes=rng.randint(-1439, 1439))) if rng.random() < 0.5 else timezone.utc)
    s = dt.strftime(fmt)
    if rng.random() < 0.3 and s:
        p = rng.randrange(len(s))
        s = s[:p] + rng.choice("0123456789 x:") + s[p + 1:]
    try:
        r = repr(datetime.strptime(s, fmt))
    except Exception as e:
        r = type(e).__name__ + " " + str(e)
    try:
        r2 = repr(tuple(TM.strptime(s, fmt)))
    except Exception as e:
        r2 = type(e).__name__ + " " + str(e)
    print(repr(fmt), repr(s), r, r2)
