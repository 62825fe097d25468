# Calling a generator function makes its generator with the arguments bound
# in the generator's own frame. No frame is pushed, so (as in CPython) making
# a generator at the recursion limit does not raise; cells, closures, other
# callables at the same call site and wrong arities still work.
import sys
def g(x):
    yield x
def h(a, b=2):
    yield a + b
made = []
def rec(n):
    try:
        return rec(n + 1)
    except RecursionError:
        for _ in range(3):
            made.append(g(n))
        made.append(h(n))
        return n
rec(0)
print(len(made), [next(x) for x in made][-1] - [next(y) for y in [g(0)]][0] > 0)
# generator functions with cells, closures, defaults, wrong arity at a specialized site
def outer(k):
    def gen(a, b):
        def inner():
            return a * k
        yield inner()
        yield b
    return gen
gen = outer(3)
for i in range(40):
    r = list(gen(i, -i))
print(r)
def site(f, *args):
    return f(*args)
def call2(f, x, y):
    return f(x, y)
results = []
for i in range(40):
    f = gen if i < 20 else (lambda x, y: [x, y]) if i < 30 else h
    results.append(list(call2(f, i, 1)))
print(results[-15:])
try:
    for i in range(3):
        call2(g, 1, 2)
except TypeError as e:
    print("TypeError:", e)
async def co(x):
    return x
c = co(5)
print(type(c).__name__)
c.close()
def gens(n):
    return [g(i) for i in range(n)]
print(sum(next(x) for x in gens(50)))
# Arguments that do not bind make no coroutine: no "never awaited" warning.
try:
    co()
except TypeError as e:
    print("TypeError:", e)
def kw_only(a, *, b):
    yield a
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
print(next(kw_only(1, b=2)))
