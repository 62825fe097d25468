# big int // % divmod with all sign combinations, exact and inexact, big/small mixes, true division of big ints
M = 9223372036854775807
m = -9223372036854775808
nums = [2 ** 64 + 3, -(2 ** 64 + 3), 10 ** 30, -(10 ** 30) - 7]
dens = [7, -7, 2 ** 33, -(2 ** 33), 10 ** 20 + 1, -(10 ** 25)]
for a in nums:
    for b in dens:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(q, r, a // b == q, a % b == r)
print(m // -1, m % -1, divmod(m, -1), m // 1, m % 2, m // 2)
print(M // m, M % m, m // M, m % M, divmod(M, M), divmod(m, m))
print(5 // 2 ** 70, -5 // 2 ** 70, 5 % 2 ** 70, -5 % 2 ** 70, 5 % -(2 ** 70), -5 % -(2 ** 70))
print(divmod(0, 2 ** 80), divmod(2 ** 80, 2 ** 80), divmod(-(2 ** 80), 2 ** 80), divmod(2 ** 80 - 1, 2 ** 80))
print(2 ** 100 / 2 ** 50, 2 ** 64 / 3, -(2 ** 64) / 3, 10 ** 30 / 10 ** 10, 1 / 2 ** 64)
print(M / 1, m / 1, M / M, (10 ** 20 + 1) / 10 ** 20)
print(10 ** 50 // 3, 10 ** 50 % 3, 10 ** 50 // -3, 10 ** 50 % -3)
print(-(10 ** 50) // 3, -(10 ** 50) % 3, (10 ** 50 + 1) // (10 ** 25), (10 ** 50 + 1) % (10 ** 25))
a = 3 ** 200
b = 7 ** 60
q, r = divmod(a, b)
print(q)
print(r)
print(q * b + r == a, 0 <= r < b)
q, r = divmod(-a, b)
print(q * b + r == -a, 0 <= r < b, q)
q, r = divmod(a, -b)
print(q * b + r == a, -b < r <= 0, r)
for e in (ZeroDivisionError,):
    for f in (lambda: 2 ** 70 // 0, lambda: 2 ** 70 % 0, lambda: divmod(2 ** 70, 0), lambda: 2 ** 70 / 0):
        try:
            f()
        except e as ex:
            print(type(ex).__name__, ex)
x = 10 ** 40
x //= 10 ** 39
print(x, type(x).__name__)
x = 10 ** 40
x %= 10 ** 20 + 3
print(x)
x = 2 ** 65
x /= 2
print(x)
