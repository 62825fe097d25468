# yield from: delegation of values, return value of subgenerator, send/throw/close forwarded to the subgenerator, yield from non-generator iterables
def inner():
    received = yield 'inner-1'
    print('  inner got', received)
    received = yield 'inner-2'
    print('  inner got', received)
    return 'inner-result'
def outer():
    result = yield from inner()
    print('  outer got result', result)
    yield 'outer-after'
    return 'outer-result'
g = outer()
print(next(g))
print(g.send('s1'))
print(g.send('s2'))
try:
    g.send('s3')
except StopIteration as e:
    print('outer returned', e.value)
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
def from_iterables():
    yield from 'ab'
    yield from range(2)
    yield from {'k': 1}
    yield from (x * 10 for x in range(2))
    yield from []
print(list(from_iterables()))
def catching_inner():
    while True:
        try:
            yield 'ready'
        except KeyError as e:
            yield 'inner handled ' + repr(e)
def delegator():
    yield from catching_inner()
d = delegator()
print(next(d), d.throw(KeyError('k')), next(d))
try:
    d.throw(ValueError('unhandled'))
except ValueError as e:
    print('propagated through delegator:', e)
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print('  inner finally on close')
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print('  outer finally on close')
c = closing_outer()
next(c)
c.close()
print('closed')
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)
results = []
gg = gather(results)
next(gg)
for v in [1, 2, 3, None, 10, 20, None]:
    gg.send(v)
print(results)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('xy', [1], range(2))), ''.join(chain('ab', 'cd')))
def depth(n):
    if n == 0:
        return 0
    r = yield from depth(n - 1)
    yield n
    return r + n
def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(collect(depth(5)))
def bad_yield_from():
    yield from 5
try:
    list(bad_yield_from())
except TypeError as e:
    print('TypeError:', e)
def returns_value_only():
    return 'nothing yielded'
    yield
def uses_it():
    v = yield from returns_value_only()
    yield v
print(list(uses_it()))
def inner_stop():
    yield 1
    return
def outer_stop():
    r = yield from inner_stop()
    yield 'inner returned %r' % (r,)
print(list(outer_stop()))
def tree(n):
    yield n
    for child in range(n):
        yield from tree(child)
print(list(tree(3)))
