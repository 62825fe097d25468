# shifts and bitwise ops on big and negative ints (two's complement semantics), ~, shift errors, bit_length, bit_count
M = 9223372036854775807
m = -9223372036854775808
print(1 << 63, 1 << 64, 1 << 100, -1 << 63, -1 << 64, 3 << 62)
print(M << 1, m << 1, M >> 62, m >> 62, m >> 63, m >> 64, m >> 1000, M >> 1000)
print(2 ** 100 >> 98, -(2 ** 100) >> 98, (-(2 ** 100) - 1) >> 98, 2 ** 100 >> 0, 0 >> 5)
print((2 ** 100 + 2 ** 50) >> 50, (2 ** 100) << 28)
print(~M, ~m, ~(2 ** 64), ~-(2 ** 64), ~(2 ** 100 - 1))
a = 2 ** 70 + 0xF0F0
b = -(2 ** 66) + 0xFF
for x, y in [(a, b), (b, a), (a, -1), (-1, a), (b, -b), (a, 0), (m, M), (m, -1), (2 ** 64, 2 ** 64 - 1)]:
    print(x & y, x | y, x ^ y)
print(-1 & (2 ** 100 - 1) == 2 ** 100 - 1, -(2 ** 100) & 2 ** 100, -(2 ** 100) | 2 ** 99)
print((2 ** 200 - 1) ^ (2 ** 200 - 1), (2 ** 200) ^ 1, 7 ^ -(2 ** 80))
print(hex(-(2 ** 70) & 0xFFFFFFFFFFFFFFFFFFFF), hex((1 << 80) - 1), bin(-(2 ** 65)))
for n in [0, 1, -1, 255, -256, M, m, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(n.bit_length(), n.bit_count())
for args in [(1, -1), (2 ** 70, -3), (5, -(2 ** 70))]:
    try:
        print(args[0] << args[1])
    except ValueError as e:
        print('ValueError', e)
    try:
        print(args[0] >> args[1])
    except ValueError as e:
        print('ValueError', e)
print(1 >> 2 ** 70, -1 >> 2 ** 70, 0 << 2 ** 70)
try:
    1 << 2 ** 70
except OverflowError as e:
    print('OverflowError', e)
except MemoryError:
    print('MemoryError')
try:
    1.5 << 1
except TypeError as e:
    print('TypeError', e)
try:
    1 & 1.0
except TypeError as e:
    print('TypeError', e)
x = 2 ** 64
x <<= 3
print(x)
x >>= 66
print(x)
x = -(2 ** 64)
x ^= 2 ** 64 - 1
print(x)
x &= 2 ** 70 - 1
print(x)
x |= -(2 ** 66)
print(x)
