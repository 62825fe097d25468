# Mutations of ISO 8601 strings (seeded): date/time/datetime.fromisoformat accept
# and refuse exactly what CPython 3.11 does.
import random
from datetime import *
rng = random.Random(7)
alphabet = "0123456789" * 4 + "-:TW.,+Z -"
templates = ["2020-01-02T12:30:45.123456+01:30", "20200102T123045", "2020-W05-3T01:02", "12:30:45.5-02:00", "2020W053 1230Z"]
out = []
for i in range(250):
    base = list(rng.choice(templates))
    for _ in range(rng.randint(1, 3)):
        op = rng.random()
        pos = rng.randrange(len(base) + 1)
        if op < 0.4 and base:
            base[min(pos, len(base) - 1)] = rng.choice(alphabet)
        elif op < 0.7 and base:
            del base[min(pos, len(base) - 1)]
        else:
            base.insert(pos, rng.choice(alphabet))
    s = "".join(base)
    for f in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
        try:
            r = repr(f(s))
        except Exception as e:
            r = type(e).__name__ + " " + str(e)
        print(repr(s), r)
