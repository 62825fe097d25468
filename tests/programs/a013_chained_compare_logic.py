# chained comparisons evaluate middle operands once and short-circuit; and/or return operands; not; conditional expressions
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2) != v(7), calls)
calls.clear()
print(v(1) == v(1.0) is not v(None), calls)
calls.clear()
print(1 < 2 < 3 < 4 < 5 < 4, 5 > 4 >= 4 > 3, 'a' < 'b' <= 'b' < 'c', [1] < [1, 0] < [2])
print(0 or 1, 0 or '', '' or 0, 'a' or 'b', None or [], [] or None, 0.0 or -0.0)
print(1 and 2, 0 and 2, 'a' and '', [] and 1 / 0, 3 and None, 'x' and 'y' and 'z')
print(1 or 1 / 0, 0 and 1 / 0, None or 0 or '' or 'last', 1 and 2 and 0 and 3)
print(not 0, not 1, not '', not 'a', not [], not None, not not 5, (not 5) + 1)
print(1 if True else 2, 1 if 0 else 2, 'a' if '' else 'b' if [] else 'c', (lambda: 1)() if 1 else 0)
x = 5
print('big' if x > 3 else 'small', 'neg' if x < 0 else 'zero' if x == 0 else 'pos')
print(x > 3 and 'big' or 'small', x < 3 and 'big' or 'small', x > 3 and '' or 'fallback')
calls.clear()
r = v(0) and v(1) or v(2) and v(3)
print(r, calls)
calls.clear()
r = v('') or v(0) or v([]) or v(())
print(r, calls)
print(type(1 and 2.0).__name__, type(0 or 0.0).__name__, type(1 < 2).__name__)
print(1 < 2 == True, (1 < 2) == True, 1 == 1 == 1.0, 2 == 2 != 3, (1 < 2) is True)
print([i for i in range(10) if 2 < i <= 6], [i for i in range(10) if not 2 < i < 8])
a, b, c = 1, 2, 3
print(a < b > c, a < b < c, a == b == c, a != b != a, c > b > a > 0)
print((a < b) < c, a < (b < c), (a < b) + (b < c) + (c < a))
s = 'text'
print(s and s.upper(), '' and ''.upper(), s or 'default', None or 'default')
print(any(x > 5 for x in [1, 7]) and 'found' or 'missing')
