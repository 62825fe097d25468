# tuple methods (count/index), concatenation, repetition, comparison, hashing of tuples as dict keys, immutability errors, tuple()
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, 1), t.index(3, -4, -2))
for f in [lambda: t.index(9), lambda: t.index(3, 3), lambda: t[6], lambda: t[-7]]:
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(t + (4,), (0,) + t[:2], t * 2 if False else (1, 2) * 3, 2 * ('a',), () * 5, (1,) * 0, t[::-1], t[1:4], t[10:])
print((1, 2) < (1, 2, 0), (1, 2) < (1, 3), () < (0,), (2,) > (1, 9, 9), (1, 2) == (1, 2), (1, 2) == [1, 2], (1, 'a') < (1, 'b'))
print((1, (2, 3)) < (1, (2, 4)), (float('nan'),) == (float('nan'),), max([(1, 'b'), (1, 'a'), (0, 'z')]))
d = {(0, 0): 'origin', (1, 2): 'p', ('a', (1,)): 'nested'}
print(d[(0, 0)], d[1, 2], d['a', (1,)], (1, 2) in d, [1, 2] in [list(k) for k in d])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) != hash((1, 0)))
for f in [lambda: t.__setitem__(0, 9), lambda: t.append(4), lambda: hash((1, [2])), lambda: {(1, [2]): 0},
          lambda: (1, 2) + [3], lambda: (1,) * 1.5, lambda: t.sort(), lambda: (1, 2) < (1, 'x')]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
print(tuple(), tuple('abc'), tuple([1, [2]]), tuple(range(3)), tuple({'x': 1}), tuple(x for x in 'hi'), tuple((1, 2)))
inner = [1]
tt = (inner, 2)
inner.append(3)
print(tt, len(tt), tt[0] is inner)
tt[0].append(4)
print(tt)
try:
    tt[0] += [5]
except TypeError as e:
    print('TypeError:', e)
print(tt)
acc = ()
for i in range(4):
    acc += (i,)
print(acc, sum(acc), min(acc), max(acc), len(acc), sorted(acc, reverse=True), list(reversed(acc)))
print(repr((1,)), repr(()), str(('a', "b'")), repr(((),)), ((1, 2),)[0][1])
nested = ((1, 2), (3, (4, (5, 6))))
print(nested[1][1][1][0], len(nested), nested[-1][-1][-1][-1])
