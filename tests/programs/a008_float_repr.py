# float repr/str: shortest round-trip digits, switch to exponent notation at 1e16 and 1e-4, -0.0, inf, nan, subnormals
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 123456789.0,
        1e15, 1e16, 1.5e16, 9999999999999998.0, 1e17, 12345678901234567890.0, 1e22, 1e23,
        0.001, 0.0001, 0.00001, 0.00012345, 1e-7, 1.5e-10, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 1.1, 2.675, 0.5, 1e100,
        123.456, -987.654e-3, 4.35, 0.07, 1e-5 * 3]
for v in vals:
    print(repr(v), str(v), v)
inf = float('inf')
print(inf, -inf, float('nan'), -float('nan'), repr(inf), str(-inf), [inf, -inf, float('nan')])
print(1e308 * 10, -1e308 * 10, inf - inf, inf * 0, 0 * -inf, inf / inf, inf + 1, -inf - inf)
print(1e308 + 1e308, 2.0 ** 1023 * 2, 5e-324 / 2, -5e-324 / 2, 5e-324 * 0.5)
print(float(10 ** 16), float(10 ** 15), float(-10 ** 16), float(2 ** 60), float(123))
print(0.1 * 3, 0.1 * 10, 1.1 * 1.1, 100 * 1.1, 3 * 1.1, 1.15 * 100, 0.57 * 100)
print(1e16 - 1, 1e16 + 2, 2 ** 53 + 1.0, 9007199254740993.0)
print(-0.0 == 0.0, str(-0.0), -0.0 + 0.0, 0.0 - 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0), -(0.0))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((255.0).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'))
print(1.0.__repr__(), float.__str__(2.5), format(1e16), format(1e-5), '%r' % 0.1, '%s' % 1e50)
print(type(1e5).__name__, 1e5, 1E5, 1_000.000_1, .5, 5., 0e0, 00.5)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(sum([0.1] * 10), 1 - 0.9, 0.3 - 0.1, 1.0 / 49 * 49, 4.0 * (1.0 / 3))
print(7.0 // 2, 7.0 / 2, 2 ** 0.5 * 2 ** 0.5, 10.0 ** -3, 1e200 * 1e200, 1e-200 * 1e-200)
print(float.__name__, float(True), float(False), float(-7), -7.0 == -7, 1.0 == True)
