# every list method: append/extend/insert (out-of-range positions)/remove/pop(index)/clear/index(start,end)/count/copy/reverse/sort, and their errors
a = [3, 1, 4]
a.append(1)
a.append([5])
print(a)
a.extend((9, 2))
a.extend('ab')
a.extend(range(2))
a.extend({7: 'x'})
a.extend([])
print(a)
b = [1, 2, 3]
b.insert(0, 'start')
b.insert(100, 'end')
b.insert(-1, 'before-end')
b.insert(-100, 'very-start')
b.insert(2, 'mid')
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b.pop(1), b)
c = [1, 2, 3, 2, 1, 2]
c.remove(2)
print(c, c.count(2), c.count(9), c.index(2), c.index(2, 2), c.index(2, -1), c.index(3, 0, 3))
c.reverse()
print(c, c.copy(), c.copy() is c, c.copy() == c)
d = c
c.clear()
print(c, d, len(d))
e = [1, 1.0, True, '1', [1]]
print(e.count(1), e.index(True), e.index('1'), e.index([1]), e.count([1]))
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].pop(-3), lambda: [1].remove(2), lambda: [1].index(2),
          lambda: [1, 2, 3].index(1, 1), lambda: [].insert(0), lambda: [].append(1, 2), lambda: [].extend(5),
          lambda: [].extend(None), lambda: [1].pop('0'), lambda: [].index(), lambda: [].count()]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__ + ':', ex)
g = [5, 3, 8]
r = g.sort()
print(r, g, g.append(0), g.reverse(), g.extend([]), g.insert(0, 0), g.clear())
stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list('abcde')
order = []
added = False
while queue:
    order.append(queue.pop(0))
    if len(queue) == 3 and not added:
        queue.append('z')
        added = True
print(order)
h = list(range(10))
del h[::3]
h.insert(len(h) // 2, 'm')
print(h, h[len(h) // 2])
k = [[]] * 3
k[0].append(1)
print(k, [x is k[0] for x in k])
m = [1, 2]
m.extend(m)
print(m)
m.append(m)
print(m, len(m), m[4] is m)
n = [0] * 3
n += n
n *= 2
print(n, len(n))
