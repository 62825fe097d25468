# SPDX-License-Identifier: GPL-3.0-or-later
# functools: partial, reduce, lru_cache/cache, cmp_to_key, total_ordering, wraps, cached_property, singledispatch.
import functools as f
def g(a, b=2, *c, **d): return a, b, c, d
p = f.partial(g, 1, k=2); print(repr(p).replace(hex(id(g)), 'X'), p.func is g, p.args, p.keywords)
class P(f.partial): pass
print(repr(P(g, 1)).split(' at ')[0])
print(repr(f.partial(p, 5, z=3)).replace(hex(id(g)), 'X'))
q = f.partial(g); q.attr = 1; print(repr(f.partial(q, 3)).replace(hex(id(g)), 'X'))
for a in [(), (1,)]:
  try: f.partial(*a)
  except Exception as e: print(type(e).__name__, e)
for args, kw in [((lambda a,b:a, []), {}), ((lambda a,b:a, 1), {}), ((len,), {}), ((len, [], 1, 2), {}), ((), {'function': len, 'iterable': []})]:
  try: f.reduce(*args, **kw)
  except Exception as e: print(type(e).__name__, e)
print(f.reduce(lambda a,b: a+b, [1,2,3], 10), f.reduce(lambda a,b: a*b, range(1, 6)))
try: p.func = 1
except Exception as e: print(type(e).__name__, e)
print(p.__dict__, f.partial(g, 1)(2, 3, x=1), f.partial(g, a=1)(b=4))
print(f.partial.__module__, type(p).__name__)
c = f.lru_cache(maxsize=2)(lambda x: x)
print(type(c).__name__, c.cache_info(), c.cache_parameters())
try: f.lru_cache('x')
except Exception as e: print(type(e).__name__, e)
k = f.cmp_to_key(lambda a,b:0)
try: k(1) < 3
except Exception as e: print(type(e).__name__, e)
print(type(k).__name__, k(1).obj)
print(sorted([5, 1, 4, 2], key=f.cmp_to_key(lambda a, b: b - a)))
@f.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@f.lru_cache(maxsize=3)
def sq(x): return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 1.0, True]: sq(x)
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)
@f.lru_cache(typed=True)
def ty(x): return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@f.lru_cache
def kw(a, b=1): return a + b
print(kw(1), kw(1, b=1), kw(a=1, b=1), kw(b=1, a=1), kw.cache_info())
@f.lru_cache(0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@f.cache
def cc(x): return x
cc(1); cc(1); print(cc.cache_info(), cc.cache_parameters())
class A:
    @f.lru_cache
    def m(self, x): return x * 2
    @f.cached_property
    def prop(self):
        print('computing')
        return 42
a = A(); print(a.m(3), a.m(3), A.m.cache_info())
print(a.prop, a.prop, a.__dict__)
print(A.prop.attrname, type(A.__dict__['prop']).__name__)
class S:
    __slots__ = ('a',)
    p = f.cached_property(lambda s: 1)
try: S().p
except Exception as e: print(type(e).__name__, e)
@f.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(T(1) > T(2), T(1) <= T(1), T(3) >= T(2), T.__gt__.__name__, T.__le__.__doc__)
@f.total_ordering
class U:
    def __init__(self, v): self.v = v
    def __ge__(self, o): return self.v >= o.v
print(U(1) < U(2), U(2) <= U(1), U(1) > U(0))
try:
    @f.total_ordering
    class V: pass
except ValueError as e: print(e)
def deco(fn):
    @f.wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        return fn(*a, **k)
    return wrapper
@deco
def hello(x: int) -> str:
    "hello doc"
    return str(x)
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello.__qualname__, hello(3))
print(f.WRAPPER_ASSIGNMENTS, f.WRAPPER_UPDATES, f.__all__)
@f.singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
@show.register(str)
def _(x): return 'str'
print(show(1), show(True), show([1]), show('a'), show(1.5), show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))
import collections.abc as cabc
@show.register(cabc.Mapping)
def _(x): return 'mapping'
print(show({}), show(cabc.__name__))
try: show()
except TypeError as e: print(e)
try: show.register(1)
except TypeError as e: print(e)
class Meth:
    @f.singledispatchmethod
    def go(self, x): return 'base'
    @go.register
    def _(self, x: int): return 'int'
print(Meth().go(1), Meth().go('s'))
class PM:
    def m(self, a, b): return (a, b)
    pm = f.partialmethod(m, 1)
print(PM().pm(2), repr(PM.__dict__['pm']).split(' at ')[0])
