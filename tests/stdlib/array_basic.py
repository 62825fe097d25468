# array.array: construction, conversions and their overflow messages, the
# sequence protocol, every method, and the errors.
import array
from array import array as A


def show(label, function, *args, **kwargs):
    try:
        print(label, '->', repr(function(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))

# Limits and overflow messages of every integer code.
for code in 'bBhHiIlLqQ':
    for value in (-2**70, -2**64, -2**63 - 1, -2**63, -2**31 - 1, -2**31, -2**15 - 1, -2**15,
                  -129, -128, -1, 0, 127, 128, 255, 256, 2**15 - 1, 2**15, 2**16 - 1, 2**16,
                  2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**70):
        try:
            print(code, value, A(code, [value]))
        except OverflowError as e:
            print(code, value, 'OverflowError', e)

# Item types.
show('float in int array', A, 'b', [1.0])
show('str in int array', A, 'i', ['1'])
show('None in int array', A, 'i', [None])
show('bool in int array', A, 'i', [True, False])
show('str in float array', A, 'f', ['x'])
show('int in float array', A, 'd', [1, 2**53 + 1])
show('huge int in float array', A, 'd', [2**2000])
show('float32 rounding', A, 'f', [0.1, 1e300, -1e300, 1e-50])


class Indexy:
    def __index__(self):
        return 42


class Floaty:
    def __float__(self):
        return 2.5


show('__index__ item', A, 'i', [Indexy()])
show('__index__ item unsigned', A, 'Q', [Indexy()])
show('__float__ item', A, 'd', [Floaty()])
show('__index__ float item', A, 'd', [Indexy()])
show('unicode', A, 'u', 'h\xe9llo \U0001f600')
show('unicode list', A, 'u', ['a', 'b'])
show('unicode bad item', A, 'u', ['ab'])
show('unicode int item', A, 'u', [1])

# Construction errors and initializers.
show('bad typecode', A, 'z')
show('bad typecode w', A, 'w')
show('two chars', A, 'bb')
show('int typecode', A, 5)
show('no args', A)
show('three args', A, 'i', [1], 2)
show('keyword', A, typecode='i')
show('str initializer', A, 'b', 'abc')
show('bytes initializer', A, 'B', b'abc')
show('bytes h', A, 'h', b'abcd')
show('bytes odd', A, 'h', b'abc')
show('bytearray', A, 'B', bytearray(b'\x01\x02'))
show('memoryview', A, 'b', memoryview(b'\x01\xff'))
show('array init', A, 'i', A('b', [1, 2]))
show('array to float', A, 'd', A('i', [1, 2]))
show('unicode array to int', A, 'b', A('u', 'x'))
show('range', A, 'b', range(3))
show('generator', A, 'q', (i * i for i in range(4)))
show('tuple', A, 'f', (1, 2))
show('int initializer', A, 'i', 5)
show('None initializer', A, 'i', None)
try:
    A('b', [3, 4, 300])
except OverflowError as e:
    print('partial', e)

# Indexing and slicing.
a = A('i', [1, 2, 3, 4, 5])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-100:2], a[1:-1:2])
show('index out of range', a.__getitem__, 5)
show('negative out of range', a.__getitem__, -6)
show('str index', a.__getitem__, 'x')
show('float index', a.__getitem__, 1.0)
print(a[Indexy()] if len(a) > 42 else 'short')
b = A('i', range(10))
b[0] = 100
b[-1] = -100
b[Indexy() and 1] = 7
print(b)
b[2:4] = A('i', [20, 30, 40])
print(b)
b[::3] = A('i', [0, 0, 0, 0])
print(b)
b[1:1] = b
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
del b[0]
del b[-1]
print(b)
b[:] = A('i')
print(b, len(b))
c = A('h', [5, 6, 7])
show('set out of range', c.__setitem__, 3, 1)
show('set str index', c.__setitem__, 'x', 1)
show('set bad value', c.__setitem__, 0, 'x')
show('set overflow', c.__setitem__, 0, 2**20)
show('slice from list', c.__setitem__, slice(0, 1), [1])
show('slice from int', c.__setitem__, slice(0, 1), 5)
show('slice other typecode', c.__setitem__, slice(0, 1), A('i', [1]))
show('extended slice size', c.__setitem__, slice(None, None, 2), A('h', [1]))
show('del out of range', c.__delitem__, 3)
show('del str', c.__delitem__, 'x')
print(c)

# Operators.
x = A('b', [1, 2])
y = A('b', [3])
print(x + y, x * 3, 3 * x, x * 0, x * -1, 2 in x, 5 in x, 'x' in x, 1.0 in x)
show('add list', lambda: x + [1])
show('add other kind', lambda: x + A('h'))
show('mul str', lambda: x * 'x')
show('mul float', lambda: x * 2.0)
z = A('b', [1])
z += A('b', [2, 3])
z *= 2
print(z)
show('iadd list', z.__iadd__, [1])
show('iadd other kind', z.__iadd__, A('i'))
z *= 0
print(z)

# Comparisons.
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('i', [1, 2]))
print(A('i', [1, 2]) == A('b', [1, 2]), A('d', [1.0]) == A('i', [1]), A('f', [1.5]) == A('d', [1.5]))
print(A('b', [1, 2]) < A('b', [1, 2, 0]), A('b', [1, 3]) > A('b', [1, 2, 9]), A('b') <= A('b'))
print(A('d', [float('nan')]) == A('d', [float('nan')]), A('u', 'b') > A('u', 'a'))
print(A('i', [1]) == [1], A('i') != 5)
show('lt mixed', lambda: A('i', [1]) < A('u', 'a'))
show('hash', hash, A('i'))

# Methods.
m = A('i', [1, 2, 3, 2])
m.append(9)
show('append bad', m.append, 'x')
m.extend([5, 6])
m.extend(A('i', [7]))
m.extend(m)
print(m)
show('extend other kind', m.extend, A('b'))
show('extend int', m.extend, 5)
n = A('b', [1, 2])
show('extend partial', n.extend, [3, 4, 300])
print(n)
m = A('i', [1, 2, 3, 2])
m.insert(0, 10)
m.insert(-1, 11)
m.insert(100, 12)
m.insert(-100, 13)
print(m)
show('insert one arg', m.insert, 1)
show('insert overflow', A('b').insert, 0, 300)
print(m.pop(), m.pop(0), m.pop(-2), m)
show('pop empty', A('i').pop)
show('pop out of range', m.pop, 10)
print(m.index(2), m.index(2, 3), m.index(2, -1), m.count(2), m.count(7), m.count('x'))
show('index missing', m.index, 5)
show('index range', m.index, 2, 2, 3)
show('index none', m.index)
m.remove(2)
print(m)
show('remove missing', m.remove, 99)
m.reverse()
print(m, list(reversed(m)), sorted(m), list(m), [i * 2 for i in m])
addr, count = m.buffer_info()
print(type(addr).__name__, count)
s = A('h', [1, 256, -2])
s.byteswap()
print(s)
for code in 'bBuhHiIlLqQfd':
    w = A(code, 'ab' if code == 'u' else [1, 2])
    raw = w.tobytes()
    w.byteswap()
    w.byteswap()
    copy = A(code)
    copy.frombytes(raw)
    print(code, raw, copy == w, bytes(w) == raw)
f = A('h')
f.frombytes(b'\x01\x00\x02\x00')
f.frombytes(bytearray(b'\x03\x00'))
print(f)
show('frombytes str', f.frombytes, 'x')
show('frombytes odd', f.frombytes, b'abc')
f.fromlist([7, 8])
print(f, f.tolist())
show('fromlist tuple', f.fromlist, (1,))
show('fromlist bad item', f.fromlist, [1, 'x'])
show('fromlist overflow', f.fromlist, [1, 2**20])
print(f)
u = A('u', 'ab')
u.fromunicode('cd\u20ac')
print(u, u.tounicode(), u.tolist(), u[1], u[1:3], u.tobytes())
show('tounicode on int', f.tounicode)
show('fromunicode bytes', u.fromunicode, b'x')
show('fromunicode on int', f.fromunicode, 'x')
print(A('f', [1, 2.5]).tolist(), A('d', [0.1, 1e100, -0.0, float('inf')]))
print(A('Q', [2**64 - 1]).tolist(), A('q', [-2**63]).tolist())

# Copies, repr, iteration, subclasses.
import copy as copy_module
original = A('d', [1.5, 2.5])
clone = copy_module.copy(original)
deep = copy_module.deepcopy(original)
clone[0] = 0.0
print(original, clone, deep, clone is not original)
print(repr(A('u', 'it\'s')), str(A('b', [1])), repr(A('f', [0.1])))
it = iter(A('i', [1, 2]))
print(type(it).__name__, next(it), next(it))
show('exhausted', next, it)


class Vector(A):
    def norm2(self):
        return sum(v * v for v in self)


v = Vector('d', [3, 4])
print(v, v.norm2(), isinstance(v, A), type(v + v).__name__, v[0:1])
print(bool(A('i')), bool(A('i', [0])))
print(A('i', [1, 2]).__sizeof__() > 0)


# Files.
import io
buffer = io.BytesIO()
A('h', [1, 2, 3]).tofile(buffer)
print(buffer.getvalue())
g = A('h')
g.fromfile(io.BytesIO(buffer.getvalue()), 2)
print(g)
show('fromfile short', g.fromfile, io.BytesIO(b'\x05\x00\x06'), 2)
print(g)
show('fromfile negative', g.fromfile, io.BytesIO(b''), -1)
