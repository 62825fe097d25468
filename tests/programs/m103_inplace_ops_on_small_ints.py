# In-place operators on small ints take the binary operator's fast path;
# results, errors and an int subclass's __ixor__ must be CPython's.
x = 5
x //= 2; print(x)
x <<= 70; print(x)
x >>= 69; print(x)
y = 7
y ^= 3; y |= 8; y &= 12; y %= 5; print(y)
y **= 2; print(y)
y **= -1; print(y)
z = 4
z /= 2; print(z)
try:
    z = 3
    z //= 0
except ZeroDivisionError as e:
    print(e)
try:
    z = 3
    z >>= -1
except ValueError as e:
    print(e)
try:
    z = 3
    z %= 0
except ZeroDivisionError as e:
    print(e)
w = -7
w //= 2; print(w)
w %= 3; print(w)
class I(int):
    def __ixor__(self, o): return "ixor"
q = I(3)
q ^= 1; print(q)
