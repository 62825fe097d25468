# time: measuring a computation and formatting fixed moments.
import time

start = time.perf_counter()
total = sum(i * i for i in range(100000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 60)
print(time.monotonic() <= time.monotonic())
moment = time.gmtime(1700000000)
print(moment.tm_year, moment.tm_mon, moment.tm_mday, moment.tm_hour, moment.tm_wday, moment.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", moment))
print(time.strftime("%a, %d %b %Y", moment))
print(time.asctime(moment))
print(tuple(time.gmtime(0)))
t0 = time.time()
time.sleep(0.01)
print(time.time() - t0 >= 0.005)
print(type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
