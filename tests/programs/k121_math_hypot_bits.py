# math.hypot and math.dist give CPython 3.11's results to the last bit
# (its vector_norm: double-length sum of squares and a corrected root).
import math
import random

rng = random.Random(2024)
rows = []
for _ in range(400):
    n = rng.choice([2, 2, 3, 4])
    values = [rng.uniform(-10, 10) * 10 ** rng.randint(-8, 8) for _ in range(n)]
    rows.append(repr(math.hypot(*values)))
print(" ".join(rows[:8]))
print(len(set(rows)), rows[-1])
checksum = 0.0
for _ in range(3000):
    x, y = rng.uniform(-6, 6), rng.uniform(-6, 6)
    checksum = math.fsum([checksum, math.hypot(x, y) - abs(complex(x, y)) * 0.0, math.hypot(x, 1.5)])
print(repr(checksum))
print(math.hypot(3, 4), math.hypot(), math.hypot(-7.5), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324),
      math.hypot(1e-310, 2e-310, 3e-310), math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1),
      math.hypot(0.0, -0.0), math.hypot(1, 1, 1, 1))
print(math.dist((0, 0), (3, 4)), math.dist((1.5, 2.25, -3.0), (0.1, 0.7, 1.3)), math.dist([1e-320], [0.0]),
      math.dist((1, 2, 3, 4, 5), (5, 4, 3, 2, 1)))
for a, b in [((1, 2), (1, 2, 3)), ((1, "a"), (1, 2))]:
    try:
        math.dist(a, b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
