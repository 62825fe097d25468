# math.perm as comb(n, k) * k!: the same values as CPython's, fast for large k
# (a loop of k products was quadratic in k and could not be interrupted).
import math
for n, k in [(0, 0), (5, 0), (5, 2), (5, 5), (10, 3), (100, 50), (2**70, 3), (2**70 + 5, 4), (30, 31), (1000, 999)]:
    print(n, k, math.perm(n, k), math.comb(n, k) if k <= n else 0)
print(math.perm(7), math.perm(0), math.factorial(25), math.factorial(0))
print(math.perm(20000, 15000) % 1000000007, math.factorial(30000) % 1000000007)
for bad in [(-1, 2), (3, -1)]:
    try:
        math.perm(*bad)
    except ValueError as e:
        print(e)
print(math.perm(10**5, 10**5) % 1000003, math.perm(10**5, 5 * 10**4) % 998244353)
