# small int operators: floor division and modulo sign rules for every sign combination, true division, unary ops, precedence
vals = [13, -13, 4, -4, 1, -1, 0]
for a in vals:
    row = []
    for b in vals:
        if b == 0:
            row.append('--')
        else:
            row.append('%d,%d' % (a // b, a % b))
    print(a, ' '.join(row))
print(13 / 4, -13 / 4, 13 / -4, 1 / 1, 0 / 5, -0 / 5)
print(7 - -3, 7 + -3, - - 7, ~7, ~-8, ~0, -~5, ~~5)
print(2 + 3 * 4 ** 2 // 5 % 7 - 1)
print(-2 ** 4, (-2) ** 4, 2 ** -2, (-2) ** -1, 0 ** 5, 1 ** -7)
print(10 - 4 - 3, 64 // 4 // 2, 2 ** 2 ** 3, 100 % 7 % 3)
print(5 & 3, 5 | 3, 5 ^ 3, 5 << 2, 5 >> 1, -5 >> 1, -5 << 3, -1 >> 10)
print(1 << 0, 0 << 100, 255 & -256, -1 & 0xff, -256 | 255, 6 ^ -1)
print(3 + 4 << 1, 3 | 4 & 1, 3 ^ 5 | 1, 1 + 2 & 3)
x = 17
x //= 3
print(x)
x **= 3
print(x)
x %= 7
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
x ^= 0b1010
print(x)
x |= 0x100
print(x)
x &= 0x10F
print(x)
x -= 1000
print(x)
x *= -3
print(x)
x /= 4
print(x)
print(int.__add__(3, 4), (5).__neg__(), (7).__floordiv__(2), (7).__rfloordiv__(30))
print(0x7f, 0o777, 0b1111_0000, 1_2_3, 0X1A, 0O17, 0B11)
print(True // 1, True % 2, -True, ~True, ~False, True << 3, True & 3)
print((1).__class__.__name__, (True + 0).__class__.__name__, type(7 // 2).__name__, type(7 / 7).__name__)
print(7 .real, 7 .imag, (7).numerator, (7).denominator, (-7).conjugate())
