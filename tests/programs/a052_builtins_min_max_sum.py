# min/max with several args, iterables, key and default and their errors; sum with start and floats; abs/divmod/pow/round on mixed types
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min('hello'), max('ab', 'b', 'abc'), min((3, 'a'), (3, 'Z')))
print(max([1, 2, 3], key=lambda x: -x), min(['bb', 'a', 'ccc'], key=len), max(['bb', 'aa'], key=len), min(['bb', 'aa'], key=len))
print(max([], default='none'), min((), default=None), max([5], default=0), max([], key=len, default=-1), min('a', 'b', key=ord))
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0), max([float('nan'), 1, 2]), max([1, float('nan'), 2]), min([2 ** 70, 2 ** 69]))
for f in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0), lambda: max(1, 'a'), lambda: min([], key=len),
          lambda: max(), lambda: max(1, 2, key=5), lambda: min(iter([]))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([1, 2.5]), sum([], 5), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([2 ** 64, 2 ** 64]), sum([True, True]), sum([1e100, 1.0, -1e100]), sum(range(1, 101)), sum([0.5, 0.25], start=1))
for f in [lambda: sum(['a', 'b'], ''), lambda: sum(['a']), lambda: sum([1, 'a']), lambda: sum(5), lambda: sum([[1]])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(abs(-5), abs(5.5), abs(-0.0), abs(-2 ** 70), abs(True), abs(-float('inf')), abs(float('nan')))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, 5.0), divmod(2 ** 70, 7), divmod(True, 2))
print(pow(2, 10), pow(2.0, 3), pow(2, -2), pow(-8, 1 / 3) if False else 'skip', pow(7, 2, 5), pow(base=3, exp=2), pow(3, 2, mod=4))
print(round(2.567, 2), round(-2.5), round(7, -1), round(2 ** 70 + 1, -1), round(0.1 + 0.2, 15))
for f in [lambda: abs('x'), lambda: divmod('a', 1), lambda: pow('2', 2), lambda: round(None), lambda: divmod(1, 0.0)]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
scores = {'ann': 88, 'bob': 95, 'cy': 95, 'dee': 70}
print(max(scores, key=scores.get), min(scores, key=scores.get), max(scores.items(), key=lambda kv: kv[1]), sorted(scores, key=scores.get)[:2])
print(max(enumerate([3, 9, 9, 1]), key=lambda p: p[1]), min(zip([3, 1, 2], 'abc')))
