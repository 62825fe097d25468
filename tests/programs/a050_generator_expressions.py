# generator expressions consumed by sum/any/all/min/max/sorted/join/list/tuple/set/dict/next, laziness, exhaustion, short-circuit
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x * x for x in nums), sum((x for x in nums), 100), sum(x > 0 for x in nums))
print(any(x > 5 for x in nums), any(x > 50 for x in nums), all(x != 0 for x in nums), all(x > 0 for x in nums), any(()), all(()))
print(min(abs(x) for x in nums), max((x for x in nums), key=lambda v: -v), sorted((x for x in nums), reverse=True))
print(','.join(str(x) for x in nums if x > 0), ''.join(c for c in 'h-e-l-l-o' if c != '-'), list(x % 3 for x in range(7)))
print(tuple(x for x in 'abc'), sorted(set(x % 4 for x in range(20))), dict((c, ord(c)) for c in 'AB'), max(len(w) for w in ['a', 'abc', 'ab']))
seen = []
def track(v):
    seen.append(v)
    return v
g = (track(x) for x in range(10))
print(seen)
print(next(g), next(g), seen)
print(any(track(x) > 5 for x in range(100)), len(seen))
seen.clear()
print(all(track(x) < 3 for x in range(100)), seen)
g = (x for x in range(3))
print(list(g), list(g), sum(x for x in ()))
g = (x * 2 for x in [1, 2])
print(next(g), next(g), next(g, 'exhausted'))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
lst = [1, 2, 3]
g = (x * 10 for x in lst)
lst.append(4)
print(list(g))
lst = [1, 2, 3]
g = (x for x in lst)
lst = ['rebound']
print(list(g))
def first_iter_evaluated_eagerly():
    try:
        g = (x for x in 5)
    except TypeError as e:
        return 'TypeError at creation: ' + str(e)
    return 'lazy'
print(first_iter_evaluated_eagerly())
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError on second item:', e)
print(next(g, 'generator finished after error'))
print(sum(i * j for i in range(4) for j in range(i)), list((i, j) for i in range(2) for j in 'ab'))
print(min((x for x in []), default='empty'), max((len(s) for s in ['xy']), default=0))
squares = (n * n for n in range(1, 1000000))
total = 0
for s in squares:
    if s > 50:
        break
    total += s
print(total, next(squares))
print(type(x for x in []).__name__, sorted(x for x in 'banana'), '-'.join(sorted({c for c in 'banana'})))
