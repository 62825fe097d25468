# Arithmetic mixing floats and small ints (the interpreter's inline paths
# convert the int to the nearest double, as CPython does), and int / int.
big = 2 ** 53 + 1
huge = 2 ** 62 + 12345
for a, b in [(1.5, 2), (3, 0.25), (-7, 2.0), (0.1, 3), (2.0, -0), (big, 1.0), (1.0, huge),
             (-huge, 0.5), (True, 1.5), (2.5, False)]:
    print(a + b, a - b, a * b)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

for a, b in [(1, 3), (-1, 3), (0, -5), (7, 7), (big, 3), (3, big), (huge, huge - 1), (-(2 ** 53), 3),
             (10 ** 20, 7)]:
    print(a / b)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

total = 0
x = 0.5
for i in range(10):
    total += i * x      # int * float
    total -= 1 / (i + 1)  # int / int
    total = total + i   # float + int
    x = 3 - x           # int - float
print(total, x)
s = 0
s += 0.25
s -= 1
s *= 3
print(s)
print(huge + 0.0 == float(huge), float(huge) - huge, (huge + 1.0) - 1)

# Comparisons: exact for ints a double cannot hold.
for a, b in [(1.0, 1), (2, 2.5), (-0.0, 0), (float("nan"), 1), (big, float(big)),
             (float(2 ** 53), big), (huge, float(huge)), (float("inf"), huge), (-3, -3.0)]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)

# Powers with a float operand.
for a, b in [(2.0, 0.5), (2, 0.5), (2.5, 2), (10.0, -3), (1.0, 1e300), (0.5, 2000), (1e-200, 2),
             (4.0, 0.0), (-8.0, 2), (-8.0, 1 / 3), (0.0, 2.5), (float("inf"), 0.5), (1.5, float("nan"))]:
    print(a ** b)
for a, b in [(10.0, 400), (0.0, -1.0), (2, 1e10)]:
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
