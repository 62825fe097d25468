# quickening: more ways to change what an attribute or method site sees:
# multiple inheritance, hooks added on a base class, method sites with
# __getattribute__ added later, copies of objects, dict subclasses as
# __dict__, module __class__ assignment, closures at a hot call site
import copy
import types
import sys

def warm(f, *args, n=80):
    r = None
    for _ in range(n):
        r = f(*args)
    return r

class A:
    who = 'A'
    def hello(self):
        return 'A.hello'
class B:
    who = 'B'
    def hello(self):
        return 'B.hello'
class AB(A, B):
    pass
class BA(B, A):
    pass
class Diamond(AB):
    pass

def who(o):
    return o.who
def hello(o):
    return o.hello()

objs = [AB(), BA(), Diamond()]
for o in objs:
    warm(who, o)
    warm(hello, o)
print([(who(o), hello(o)) for o in objs])
del A.who
print([who(o) for o in objs])
B.who = 'B2'
A.hello = lambda self: 'A.hello v2'
print([(who(o), hello(o)) for o in objs])
del A.hello
print([hello(o) for o in objs])
AB.who = 'AB own'
print([who(o) for o in objs])

# hooks added on a base class later
class Root:
    pass
class Child(Root):
    def __init__(self):
        self.x = 'x'
    def meth(self):
        return 'Child.meth'
c = Child()
def get_x(o):
    return o.x
def get_missing(o):
    try:
        return o.nope
    except AttributeError as e:
        return 'AE ' + str(e)
def call_meth(o):
    return o.meth()
print(warm(get_x, c), warm(get_missing, c), warm(call_meth, c))
Root.__getattr__ = lambda self, name: 'Root.__getattr__(%s)' % name
print(get_x(c), get_missing(c), call_meth(c))
def root_ga(self, name):
    if name in ('x', 'meth'):
        return lambda: 'Root.__getattribute__ says ' + name if name == 'meth' else None
    return object.__getattribute__(self, name)
Root.__getattribute__ = root_ga
print(get_x(c)(), call_meth(c))
del Root.__getattribute__
del Root.__getattr__
print(get_x(c), get_missing(c), call_meth(c))
stores = []
Root.__setattr__ = lambda self, name, value: stores.append((name, value))
def set_x(o, v):
    o.x = v
c2 = Child()
set_x(c2, 'intercepted')
print(stores, vars(c2))
del Root.__setattr__

# method site, then __getattribute__ on the class itself
class M:
    def m(self):
        return 'M.m'
mm = M()
def call_m(o):
    return o.m()
print(warm(call_m, mm))
M.__getattribute__ = lambda self, name: (lambda: 'intercepted ' + name)
print(call_m(mm))
del M.__getattribute__
print(call_m(mm))
mm.__dict__ = {'m': lambda: 'replaced __dict__ m'}
print(call_m(mm))
mm.__dict__ = {}
print(call_m(mm))

# copies of objects at the same sites
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
def pt_x(p):
    return p.x
p = Pt(3, -4)
print(warm(pt_x, p), warm(lambda q: q.norm1(), p))
q = copy.copy(p)
r = copy.deepcopy(p)
q.x = 30
r.y = 40
print(pt_x(q), pt_x(r), q.norm1(), r.norm1(), p.norm1())
s = Pt.__new__(Pt)
s.__dict__.update({'y': 1, 'x': 2})
print(pt_x(s), s.norm1())
t = Pt(5, 6)
t.__dict__ = dict(t.__dict__)
t.__dict__ = t.__dict__.copy()
t.z = 'z'
print(pt_x(t), vars(t))
u = Pt.__new__(Pt)
try:
    pt_x(u)
except AttributeError as e:
    print('AttributeError:', e)
u.x = 'u.x'
print(pt_x(u))

# a dict subclass as __dict__
class LoudDict(dict):
    def __getitem__(self, k):
        return 'LoudDict[%s]' % k
ld = Pt(1, 2)
ld.__dict__ = LoudDict(x='plain x', y='plain y')
print(pt_x(ld), type(ld.__dict__).__name__)
ld.x = 'set x'
print(pt_x(ld), warm(pt_x, ld))

# closures at a hot call site
def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(i) for i in range(5)]
def call1(f, x):
    return f(x)
res = []
for i in range(150):
    res.append(call1(adders[i % 5], i))
print(res[-5:])
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc
inc1, inc2 = make_counter(), make_counter()
for i in range(100):
    call1(inc1, 1)
    call1(inc2, 2)
print(call1(inc1, 0), call1(inc2, 0))
def outer_arg_cell(a):
    def get():
        return a
    a = a * 2
    return get()
for i in range(100):
    r = call1(outer_arg_cell, i)
print(r)
