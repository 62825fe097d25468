# ** and pow() with 2 and 3 arguments: big results, negative bases and exponents, modular inverse, errors
print(2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 64, (-3) ** 41, 7 ** 23)
print(10 ** 0, (-10) ** 0, 0 ** 0, (2 ** 100) ** 0, (2 ** 100) ** 1 == 2 ** 100)
print((2 ** 32) ** 2 == 2 ** 64, (2 ** 20) ** 5, (-1) ** (2 ** 70), (-1) ** (2 ** 70 + 1))
print(2 ** -1, 2 ** -10, (-2) ** -3, 10 ** -5, (2 ** 70) ** -1, 1 ** -(2 ** 70))
print(type(2 ** -1).__name__, type(2 ** 1).__name__, type(pow(2, -1)).__name__)
print(pow(2, 64), pow(-2, 63), pow(5, 3, 7), pow(5, 3, -7), pow(-5, 3, 7), pow(-5, 3, -7))
print(pow(0, 0, 7), pow(10, 0, 1), pow(7, 5, 1), pow(2 ** 100, 2 ** 100, 10 ** 9 + 7))
print(pow(123456789, 987654321, 2 ** 64), pow(3, 10 ** 30, 2 ** 89 - 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(2, -1, 2 ** 61 - 1))
print(pow(38, -1, 97) * 38 % 97, pow(7, -3, 1000003))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (6, -1, 9)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0, 2.0 ** 10, 2 ** 10.0)
print(10 ** 2 ** 2, -10 ** 2, (-10) ** 3, 2 ** 3 ** 0)
x = 3
x **= 40
print(x)
x **= 2
print(x)
s = str(3 ** 1000)
print(len(s), s[:15], s[-15:])
print(sum(int(c) for c in str(2 ** 500)))
print(pow(True, 5), pow(False, 0), True ** -1, pow(2, True, 3))
