# list slice read, slice assignment (grow/shrink/insert), extended slice assignment and deletion, and their exact error messages
base = list(range(10))
for sl in [slice(2, 5), slice(None, None, 2), slice(None, None, -3), slice(-3, None), slice(8, 2, -2), slice(20, 30), slice(-20, 3)]:
    print(sl, base[sl])
a = list(range(6))
a[1:3] = ['x', 'y', 'z']
print(a)
a[1:4] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[2:2] = 'ab'
print(a)
a[5:1] = ['rev']
print(a)
a[-1:] = range(3)
print(a)
a[:] = (7, 8)
print(a)
b = list(range(10))
b[::2] = 'abcde'
print(b)
b[1::2] = [None] * 5
print(b)
b[::-3] = [1, 2, 3, 4]
print(b)
b[8:2:-2] = ('p', 'q', 'r')
print(b)
b[::1] = [0]
print(b)
b[5:100:3] = []
print(b)
c = list(range(10))
for sl, val in [(slice(None, None, 2), [1, 2]), (slice(None, None, -1), [0] * 11), (slice(1, 5, 2), 'abc'), (slice(0, 10, 3), [])]:
    try:
        c[sl] = val
    except ValueError as e:
        print('ValueError:', e)
try:
    c[::0] = []
except ValueError as e:
    print('ValueError:', e)
try:
    c[1:2] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    c[::2] = 5
except TypeError as e:
    print('TypeError:', e)
d = list(range(12))
del d[::4]
print(d)
del d[-1::-2]
print(d)
del d[1:3]
print(d)
del d[100:]
del d[:0]
print(d)
del d[:]
print(d)
e = list(range(8))
del e[-2], e[0]
print(e)
for f in [lambda: e.__delitem__(20), lambda: e.__setitem__(-9, 0), lambda: e[20], lambda: e['a'], lambda: e[1.5]]:
    try:
        f()
    except (IndexError, TypeError) as ex:
        print(type(ex).__name__ + ':', ex)
try:
    del e[50]
except IndexError as ex:
    print('IndexError:', ex)
try:
    e[10] = 1
except IndexError as ex:
    print('IndexError:', ex)
f = [1, 2, 3]
f[1:2] = f
print(f)
g = [1, 2, 3, 4]
g[::2] = g[1::2]
print(g)
h = [0, 1, 2, 3, 4, 5]
h[1:5][0] = 'not stored'
print(h, h[::-1][:2], h[-100:100], h[2:-2], h[-2:2])
