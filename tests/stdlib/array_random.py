# array.array under generated sequences of operations (seeded): slicing,
# slice assignment and deletion, insert/pop/remove/index, for every typecode.
import random
from array import array

rng = random.Random(11)


def value(code):
    if code == 'u':
        return rng.choice('abcxyz\xe9\u20ac')
    if code in 'fd':
        return rng.choice([0.5, -1.25, 3.0, 1e10, -0.0])
    return rng.randrange(0, 100) if code in 'BHILQ' else rng.randrange(-100, 100)


def random_slice(n):
    def bound():
        return rng.choice([None, rng.randrange(-n - 2, n + 3)])
    return slice(bound(), bound(), rng.choice([None, 1, 2, 3, -1, -2]))


def attempt(label, function, *args):
    try:
        result = function(*args)
        return '%s=%r' % (label, result)
    except Exception as e:
        return '%s:%s(%s)' % (label, type(e).__name__, e)


for case in range(300):
    code = rng.choice('bBuhHiIlLqQfd')
    a = array(code, [value(code) for _ in range(rng.randrange(0, 9))])
    operation = rng.randrange(10)
    s = random_slice(len(a))
    if operation == 0:
        note = attempt('get', a.__getitem__, s)
    elif operation == 1:
        other = array(code, [value(code) for _ in range(rng.randrange(0, 5))])
        note = attempt('set', a.__setitem__, s, other)
    elif operation == 2:
        note = attempt('del', a.__delitem__, s)
    elif operation == 3:
        note = attempt('insert', a.insert, rng.randrange(-12, 12), value(code))
    elif operation == 4:
        note = attempt('pop', a.pop, rng.randrange(-10, 10))
    elif operation == 5:
        note = attempt('remove', a.remove, value(code))
    elif operation == 6:
        note = attempt('index', a.index, value(code), rng.randrange(-5, 5))
    elif operation == 7:
        note = attempt('count', a.count, value(code))
    elif operation == 8:
        a.reverse()
        a.byteswap()
        note = 'swapped %s' % a.tobytes().hex()
        a.byteswap()
    else:
        note = attempt('getitem', a.__getitem__, rng.randrange(-10, 10))
    print(case, code, s, note, a)
