# quickening: one call site calling many kinds of callables, __code__
# replaced, defaults changed, recursion through a specialized site
def f1(a):
    return ('f1', a)
def f2(a, b):
    return ('f2', a, b)
def fdef(a, b=7):
    return ('fdef', a, b)
def fstar(*args):
    return ('fstar', args)
def fkwonly(a, *, k='k default'):
    return ('fkwonly', a, k)
def fkwonly_req(a, *, k):
    return ('fkwonly_req', a, k)
def fposonly(a, /):
    return ('fposonly', a)
def fkw(a, **kw):
    return ('fkw', a, kw)
def fgen(a):
    yield a
    yield a + 1
def fcell(a):
    def inner():
        return a * 2
    return ('fcell', inner())
def fcell_rebind(a):
    a = a + 100
    return ('fcell_rebind', (lambda: a)())
class Klass:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return 'Klass(%r)' % (self.a,)
    def meth(self, a):
        return ('meth', self.a, a)
class CallMe:
    def __call__(self, a):
        return ('CallMe', a)

def call1(f, x):
    return f(x)

for i in range(100):
    r = call1(f1, i)
print(r)
k = Klass('bound')
callables = [f1, fdef, fstar, fkwonly, fposonly, fkw, fcell, fcell_rebind, Klass,
             k.meth, CallMe(), len, str, abs, list, lambda a: ('lambda', a)]
for f in callables:
    try:
        print(call1(f, 'ab' if f in (len, list) else 5))
    except TypeError as e:
        print('TypeError:', e)
print([list(call1(fgen, i)) for i in range(3)])
for f in (f2, fkwonly_req):
    try:
        call1(f, 1)
    except TypeError as e:
        print('TypeError:', e)
# interleaved, so the site keeps missing
res = []
for i in range(200):
    f = callables[i % len(callables)]
    try:
        res.append(call1(f, 'xy' if f in (len, list) else i))
    except TypeError as e:
        res.append('TypeError')
print(res[-16:])

# two-argument site with matching and non-matching arities
def call2(f, x, y):
    return f(x, y)
for i in range(100):
    call2(f2, i, i)
print(call2(fdef, 1, 2), call2(fstar, 1, 2), call2(max, 1, 2), call2(divmod, 7, 2))
try:
    call2(f1, 1, 2)
except TypeError as e:
    print('TypeError:', e)

# recursion through a specialized site, with the callee rebound mid-recursion
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(15))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
calls = []
def countdown(n):
    calls.append(n)
    if n == 0:
        return 'done'
    if n == 5:
        global countdown
        saved = countdown
        countdown = lambda m: 'replaced at %d' % m
        r = saved(n - 1)
        countdown = saved
        return r
    return countdown(n - 1)
for i in range(3):
    print(countdown(10))
print(len(calls))

# deep-ish recursion at a specialized site stays below the limit
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

# methods called through the instance when the class gains __call__ later
class Later:
    pass
lt = Later()
try:
    call1(lt, 1)
except TypeError as e:
    print('TypeError:', e)
Later.__call__ = lambda self, a: ('Later called', a)
print(call1(lt, 2))

# defaults replaced after a site specialized on a call that uses them
def withdef(a, b=1):
    return (a, b)
for i in range(100):
    call1(withdef, i)
withdef.__defaults__ = ('new default',)
print(call1(withdef, 'x'))
withdef.__defaults__ = None
try:
    call1(withdef, 'y')
except TypeError as e:
    print('TypeError:', e)

# exact positional count but *rest / keyword-only / **kw / generator /
# coroutine callees at a site specialized for a plain function, and the
# same through a method call site
def h_rest(a, *rest): return ('h_rest', a, rest)
def h_kwonly(a, *, k=3): return ('h_kwonly', a, k)
def h_kw(a, **kw): return ('h_kw', a, kw)
async def h_co(a): return ('h_co', a)
def h_gen(a):
    yield a
for i in range(100):
    call1(f1, i)
print(call1(h_rest, 1), call1(h_kwonly, 2), call1(h_kw, 3), list(call1(h_gen, 4)))
co = call1(h_co, 5)
try:
    co.send(None)
except StopIteration as e:
    print('coroutine returned', e.value)
class HM:
    def m(self, a, *rest): return ('m', a, rest)
    def g(self, a):
        yield a
    async def c(self, a): return ('c', a)
    def plain(self, a): return ('plain', a)
def call_plain(o, x):
    return o.plain(x)
hm = HM()
for i in range(100):
    call_plain(hm, i)
HM.plain = HM.m
print(call_plain(hm, 1))
HM.plain = HM.g
print(list(call_plain(hm, 2)))
HM.plain = HM.c
co = call_plain(hm, 3)
try:
    co.send(None)
except StopIteration as e:
    print('coroutine returned', e.value)
