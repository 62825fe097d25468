# round(): banker's rounding of halves, ndigits positive/negative/zero, float representation effects, int rounding, return types
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000000001, 1e16 + 2, -0.0]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), type(round(v, 0)).__name__)
for v, n in [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (1250.0, -2), (1350.0, -2),
             (-1250.0, -2), (5.5, -1), (15.0, -1), (25.0, -1), (0.1, 20), (1e300, 5), (123.456, 1), (-123.456, 1),
             (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1), (1e-10, 5), (-1e-10, 5), (7.0, -400), (7.0, 400)]:
    print(v, n, round(v, n))
for v, n in [(125, -1), (135, -1), (-125, -1), (15, -1), (25, -1), (1234567, -3), (1234500, -3), (1235500, -3),
             (7, 2), (7, -5), (-7, 0), (2 ** 70, -20), (-(2 ** 70), -5), (5, -1), (50, -2)]:
    print(v, n, round(v, n), type(round(v, n)).__name__)
print(round(True), round(False, 3), type(round(True)).__name__, round(-0.4), round(0.4), round(0.6), round(-0.6))
for bad in (float('inf'), float('nan')):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(round(float('inf'), 2), round(float('nan'), 2), round(-float('inf'), -2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError:', e)
try:
    round('1.5')
except TypeError as e:
    print('TypeError:', e)
print(round(1e17 + 0.0), round(2.5e15 + 0.5), round(12345678901234567.0, -2))
print([round(x / 10) for x in range(-25, 26, 5)])
print([round(x / 4, 1) for x in range(-6, 7)])
