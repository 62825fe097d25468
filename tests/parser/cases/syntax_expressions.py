# Expressions: precedence, comparisons, displays, comprehensions, calls.
x = -2 ** 2
x = (-2) ** 2
x = 2 ** -1
x = 2 ** 3 ** 2
x = not a == b
x = not not a
x = a or b and c or not d
x = a and b and c
x = a < b <= c > d >= e == f != g is h is not i in j not in k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = ~a + -b - +c
x = a if b else c
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *args, c, d=2, **kw: a
x = lambda *, a: a
x = lambda a, /, b: a
x = lambda *a: a
x = lambda **k: k
x = (lambda: (yield))
x = a.b.c
x = a[0]
x = a[1:2]
x = a[:]
x = a[::]
x = a[1:]
x = a[:2]
x = a[::3]
x = a[1:2:3]
x = a[1:2, ::3]
x = a[1, 2]
x = a[1,]
x = a[*b]
x = a[*b, c]
x = a[x := 1]
x = f()
x = f(1, 2)
x = f(a, *b, c=1, **d)
x = f(*a, *b, **c, **d)
x = f(a=1, *b)
x = f(x for x in y)
x = f((x for x in y), 1)
x = f(a)(b)(c)
x = f(x := 1)
x = ()
x = (1,)
x = (1, 2)
x = 1,
x = 1, 2,
x = []
x = [1, 2, *a]
x = {}
x = {1: 2, **a, 3: 4}
x = {1, 2, *a}
x = [i for i in range(10)]
x = [i for i in range(10) if i if not i]
x = [i * j for i in a for j in b if i != j]
x = {i for i in a}
x = {k: v for k, v in d.items()}
x = (i for i in a)
x = [(a, b) for a, b in c]
x = [y := f(x), y ** 2]
x = [y for x in data if (y := f(x)) is not None]
x = ...
x = None, True, False
x = (yield)
def gen():
    x = yield
    y = yield 1
    z = yield from other()
    yield
    yield 1, 2
    yield *a, b
    await_ = 1
    w = (yield)
    return (yield x)
if (n := len(a)) > 10: pass
while (chunk := read()): pass
print(f(x) for x in y)
x = a.b(c).d[e](f)
x = -a.b
x = (a)
x = ((a, b))
x = [a, b][0]
x = {'a': 1}['a']
x = 'abc'[1]
x = 1 .real
x = 1.0.real
x = a if b else (lambda: c)
x = [*a, *b]
x = {**a, **b}
x = print
