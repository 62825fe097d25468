# generator functions: lazy execution order, state between yields, return ending iteration with StopIteration.value, gi_running-free introspection, infinite generators limited manually
def tracer():
    print('  started')
    yield 'a'
    print('  resumed once')
    yield 'b'
    print('  finishing')
g = tracer()
print('created, nothing ran yet')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(next(g, 'exhausted'), list(g))
def with_return():
    yield 1
    return 'the return value'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value:', e.value, e.args)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals()))
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
print(take(5, squared(evens(naturals()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(12)])
print(next(gen), next(gen))
def local_state(start):
    total = start
    for i in range(3):
        total += i
        yield total
print(list(local_state(10)), list(local_state(0)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def yields_none():
    yield
    x = yield
    yield x
print(list(yields_none()))
g1 = naturals()
g2 = naturals()
print(next(g1), next(g1), next(g2), next(g1))
def multiple_iterations(data):
    for item in data:
        yield item.upper()
gen = multiple_iterations(['x', 'y'])
print(list(gen), list(gen))
def gen_with_args(*args, sep='-'):
    for a in args:
        yield sep + str(a)
print(''.join(gen_with_args(1, 2, 3)), list(gen_with_args(sep='+')), list(gen_with_args('a', sep='*')))
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks('abcdefgh', 3)), list(chunks([1, 2, 3, 4], 2)))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def gen_expr_like():
    return (x for x in range(3))
print(sum(gen_expr_like()), sorted(gen_expr_like(), reverse=True))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'liftoff'
total = 0
for v in countdown(4):
    total += v
print(total, list(zip(countdown(3), naturals())))
g = countdown(2)
print(iter(g) is g, hasattr(g, '__next__'), hasattr(g, 'send'), g.__name__)
