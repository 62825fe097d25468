# Big-int results (moved out of their temporaries, not copied) and divmod
# of big ints in one division: values, signs and errors as CPython.
a = 3 ** 200 + 7
b = -(7 ** 90) - 1
for x, y in [(a, b), (b, a), (a, 10 ** 9), (-a, 10 ** 9), (a, -(10 ** 9)), (a, 3), (12, b), (a, a), (a, 1)]:
    print(divmod(x, y), x // y, x % y)
print(a << 100, -a, ~a, a ** 3, (-b) ** 2, 5 ** 40, (2 ** 64) << 3)
try:
    divmod(a, 0)
except ZeroDivisionError as e:
    print(e)
print(divmod(a, True), divmod(True, a), divmod(2**63, -1), divmod(-2**63, -1))
f = 1
for i in range(2, 300):
    f *= i
print(f % 1000003, len(str(f)))
