# The case of issue 12: random indexing, short slices, find with a start and
# stepped slices on a 1,000,000-character non-ASCII string (docs/performance.md).
import time, random
random.seed(1)
s = ("абвгдежз" * 125000)  # 1,000,000 non-ASCII chars
n = len(s)
idx = [random.randrange(n) for _ in range(20000)]
t = time.perf_counter()
acc = 0
for i in idx:
    acc += ord(s[i])
t1 = time.perf_counter() - t
t = time.perf_counter()
for i in idx:
    x = s[i:i+10]
t2 = time.perf_counter() - t
t = time.perf_counter()
for i in idx[:2000]:
    s.find("жз", i)
t3 = time.perf_counter() - t
t = time.perf_counter()
for i in idx[:2000]:
    x = s[i::100000]
    x = s[i:i-50:-1]
t4 = time.perf_counter() - t
print(f"index 20000: {t1:.3f}s  slice 20000: {t2:.3f}s  find-start 2000: {t3:.3f}s  step-slices 2000: {t4:.3f}s  {acc}")
