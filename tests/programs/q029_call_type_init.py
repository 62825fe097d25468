class A:
    def __init__(self, x):
        self.x = x
class Bad:
    def __init__(self):
        return 5
class Raises:
    def __init__(self, v):
        if v > 150: raise ValueError("too big %d" % v)
        self.v = v
def make(n):
    out = []
    for i in range(n):
        out.append(A(i).x)
    return out
print(sum(make(200)))
for i in range(100):
    try:
        Bad()
    except TypeError as e:
        err = str(e)
print(err)
def r():
    got = 0
    for i in range(200):
        try:
            got += Raises(i).v
        except ValueError as e:
            last = e
    return got, str(last)
print(r())
A.__init__ = lambda self, x: setattr(self, 'x', -x)
print(sum(make(10)))
class M(type):
    def __call__(cls, *a):
        return "meta"
class C(metaclass=M):
    def __init__(self, a): pass
print([C(1) for i in range(3)])
import traceback
def deep():
    return Raises(999)
for i in range(100):
    try:
        deep()
    except ValueError:
        tb = traceback.format_exc()
print(tb.replace(__file__, "F").replace("q029_call_type_init.py", "F"))
class S:
    __slots__ = ('a',)
    def __init__(self, a): self.a = a
print(sum(S(i).a for i in range(100)))
class K:
    def __init__(self, a, b=2): self.s = a + b
print(sum(K(i).s for i in range(100)))
