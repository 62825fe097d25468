# float // % divmod with mixed signs, fractional operands, inf/nan operands, -0.0 results, and division-by-zero messages
vals = [7.5, -7.5, 2.0, -2.0, 0.3, -0.3]
for a in vals:
    print(a, [(a // b, a % b) for b in vals])
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(-7, -2.5), divmod(1, 0.1), divmod(0.0, 3))
print(1 // 0.1, 1 % 0.1, 0.7 // 0.1, 0.7 % 0.1, -1 // 0.1, -1 % 0.1)
print(-0.0 // 1, -0.0 % 1, 0.0 % -1, -1e-20 % 1, 1e-20 % -1, 5.0 % 5, -5.0 % 5, 5.0 % -5)
inf, nan = float('inf'), float('nan')
print(5 // inf, -5 // inf, 5 % inf, -5 % inf, 5 % -inf, -5 % -inf)
print(inf // 5 if False else 'skip', nan // 1, nan % 1, 1 % nan, inf % 5)
print(10 ** 20 / 3.0, 10 ** 20 // 3.0, 10 ** 20 % 3.0, 2 ** 70 // 1.5, 2 ** 70 % 1.5)
for f in [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0),
          lambda: 0.0 / 0.0, lambda: 5 % 0.0, lambda: 2 ** 1000 / 0.0, lambda: -0.0 // 0.0]:
    try:
        print(f())
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
for f in [lambda: 10.0 ** 400, lambda: 2.0 ** 5000, lambda: 1e300 ** 2, lambda: 2 ** 0.5, lambda: (-8.0) ** 3]:
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError:', e)
x = 17.25
x //= 4
print(x)
x %= 2.5
print(x)
x = -17.25
x %= 4
print(x)
print(float('inf') * 0 != float('inf') * 0, 0.0 * float('-inf'))
print(round(3.7 // 1), int(-3.7 // 1), type(-3.7 // 1).__name__, type(divmod(5, 2.0)[0]).__name__)
