# Parameter lists, annotations, decorators.
def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, b=1): pass
def f(a=1, b=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b=1, /, c=2): pass
def f(a, /, *, b): pass
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs): pass
def f(a: int, b: str = 'x', *args: tuple, c: float, **kw: dict) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(*, a,): pass
def f(**kw,): pass
def f(
    a,
    b,
): pass
@staticmethod
def f(): pass
@a.b.c
@d(e, f=g)
@h[0]
@(x := y)
def f(): pass
class A:
    @property
    def x(self) -> int:
        return self._x
    @x.setter
    def x(self, value):
        self._x = value
def f(a, b):
    """Docstring."""
    return a + b
def f(): return lambda: (yield)
def f():
    global x
    x = 1
