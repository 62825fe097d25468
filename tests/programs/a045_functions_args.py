# function parameters: defaults evaluated once, mutable default pitfall, keyword args, *args/**kwargs, keyword-only, positional-only, call-site unpacking
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 'C', 'z': 'Z'}))
print(f(c=0, a=-1))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(pos, /, **kw):
    return pos, kw
print(h(1, pos=2))
stamp = []
def default_once(v=stamp.append('evaluated') or len(stamp)):
    return v
print(default_once(), default_once(), stamp)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def varargs(*args):
    return type(args).__name__, len(args), args
print(varargs(), varargs(1), varargs(*'abc', *range(2)))
def kwargs_only(**kw):
    return sorted(kw.items())
print(kwargs_only(), kwargs_only(b=1, a=2), kwargs_only(**{'x': 1}, y=2), kwargs_only(**dict(k=1), **{'j': 2}))
def kwonly(*, a, b='B'):
    return a + b
print(kwonly(a='A'), kwonly(b='x', a='y'))
def all_kinds(a, b=1, /, c=2, *d, e, f=3, **g):
    return a, b, c, d, e, f, g
print(all_kinds(0, e=9))
print(all_kinds(0, 1, 2, 3, 4, e=5, f=6, h=7))
print(all_kinds(*range(6), **{'e': 'E', 'b': 'b-in-kw'}))
def ret_multi():
    return 1, 'two', [3]
one, two, three = ret_multi()
print(one, two, three, ret_multi())
def no_return():
    x = 1
print(no_return())
print(f.__name__, f.__defaults__, f.__kwdefaults__, g.__code__.co_argcount if hasattr(g, '__code__') else '')
def annotated(x: int, y: 'str' = 'd') -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)
def doc():
    """Docstring here."""
print(doc.__doc__, no_return.__doc__)
def recurse_default(n, acc=()):
    return acc if n == 0 else recurse_default(n - 1, acc + (n,))
print(recurse_default(4))
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, /, b=0, *, c=1: a + b + c)(1, c=10))
