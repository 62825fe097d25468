# big int + - * crossing the int64/uint64 boundary from both sides, mixed signs, results returning to small
M = 9223372036854775807
m = -9223372036854775808
print(M + 1, M + M, M + M + 2, m - 1, m + m, m - M)
print(M + 1 - 1, m - 1 + 1, (M + 1) - (M + 1), (m - 1) + (M + 2))
print(type(M + 1 - 1).__name__, M + 1 - 1 == M)
print(-m, -(m - 1), -M - 1 == m, m * -1, m // -1, abs(m))
print(M * 2, M * M, m * m, m * M, M * -M, 3037000499 * 3037000499, 3037000500 * 3037000500)
print(4294967296 * 4294967296, 4294967295 * 4294967297, -4294967296 * 4294967296)
U = 18446744073709551615
print(U, U + 1, U * U, U - M, U + m, U + 2 * m)
big = 123456789012345678901234567890
print(big + 1, big - big, big * 0, big * -1, big + -big, big - (-big))
print(big * big)
print(big * big * big - big ** 3)
print(-big * 99, big * 99 + -big * 98 == big)
print(sum([M] * 4), sum([m] * 4), sum([M, m, 1]))
acc = 1
for i in range(70):
    acc += acc
print(acc, acc - 2 ** 70)
acc = -1
for i in range(70):
    acc = acc * 2
print(acc, acc + 2 ** 70)
x = 1
for i in range(1, 30):
    x = x * 1000003 - i
print(x)
while x > 1:
    x -= x // 2 + 1
print(x)
a = 2 ** 64
b = 2 ** 64 - 1
print(a - b, b - a, a + (-b), (-a) + b)
print(10 ** 18 * 10, 10 ** 19 - 1, -(10 ** 19) + 1, 999999999999999999 + 1)
print(0 - (2 ** 63), 0 - (2 ** 63) - 1, 2 ** 63 - 2 ** 63, -(2 ** 63) + 2 ** 63)
print(5 + 2 ** 100, 2 ** 100 + 5, 5 - 2 ** 100, 2 ** 100 - 5, 5 * 2 ** 100, 2 ** 100 * 5)
print(True + M, M + True, False * 2 ** 100, True * 2 ** 100)
v = M
v += 1
print(v)
v -= 2
print(v)
v *= v
print(v)
