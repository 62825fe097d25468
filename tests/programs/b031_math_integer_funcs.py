# math integer functions: floor/ceil/trunc on floats and big ints, isqrt, gcd/lcm with several and zero/negative args, factorial, comb, perm, prod
import math
for v in [2.5, -2.5, 2.0, -0.0, 1e20, -1e-300, 0.9999999999999999, 2 ** 70, -7]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 21, 2 ** 127]])
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3, 4, 5), math.lcm(2 ** 64, 3))
print([math.factorial(n) for n in range(8)], math.factorial(25), len(str(math.factorial(200))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(60, 30), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([1, 2], start=10), math.prod([2 ** 40] * 3))
for f in [lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.comb(-1, 2),
          lambda: math.perm(5, -1), lambda: math.gcd(1.5, 2), lambda: math.isqrt(2.0), lambda: math.comb(5.0, 2),
          lambda: math.floor('1'), lambda: math.floor(float('inf')), lambda: math.ceil(float('nan'))]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(math.floor(True), math.ceil(False), math.trunc(-3.99), math.floor(-(10 ** 30) / 7))
class HasFloor:
    def __floor__(self):
        return 'custom floor'
print(math.floor(HasFloor()))
print(math.isqrt(True), math.gcd(True, 4), sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
