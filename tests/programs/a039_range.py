# range objects: len/index/count/in, negative steps, slicing ranges returns ranges, repr, equality of equivalent ranges, errors, big ranges
rs = [range(5), range(2, 10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -3), range(1, 2, 5)]
for r in rs:
    print(repr(r), len(r), list(r), r[0] if r else None, r[-1] if r else None, bool(r))
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), 18 in r, 19 in r, -3 in r, r.start, r.stop, r.step)
print(r[2:5], r[::-1], r[::2], r[-2:], r[10:], list(r[1:-1:2]), r[::-1][0], range(10)[-3:-10:-2])
print(range(3) == range(3), range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2), range(3) == [0, 1, 2])
print(range(0, 3, 2) == range(0, 4, 2), range(2) != range(3), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big.index(12345), range(0, 2 ** 70, 2 ** 60)[5])
print(len(range(-(10 ** 18), 10 ** 18, 7)), range(2 ** 64, 2 ** 64 + 3)[1], list(range(2 ** 63 - 1, 2 ** 63 + 2)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print('OverflowError:', e)
for f in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range('a'), lambda: range(5)[5], lambda: range(5)[-6],
          lambda: range(5).index(7), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(3)['a']]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), tuple(range(3)))
print(3.0 in range(5), True in range(2), 'a' in range(3) if False else 'skip', range(5).count(2.0))
total = 0
for i in range(10, 0, -3):
    total = total * 10 + i
print(total)
print([list(range(i)) for i in range(4)], [range(i, i + 2) for i in range(2)])
print(hash(range(3)) == hash(range(0, 3)), {range(2): 'r'}[range(0, 2, 1)])
