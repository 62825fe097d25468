# quickening: method calls at specialized sites: method replaced on the
# class, shadowed by an instance attribute, built-in methods with the
# receiver type changing, bound methods kept in variables
class A:
    def m(self, x):
        return ('A.m', x)

class B(A):
    def m(self, x):
        return ('B.m', x)

class C(A):
    pass

def call_m(o, x):
    return o.m(x)

a, b, c = A(), B(), C()
for i in range(100):
    r = call_m(a, i), call_m(b, i), call_m(c, i)
print(r)
A.m = lambda self, x: ('A.m v2', x)
print(call_m(a, 1), call_m(b, 1), call_m(c, 1))
def m3(self, x, y='dflt'):
    return ('A.m v3', x, y)
A.m = m3
print(call_m(a, 2), call_m(c, 2))
A.m = staticmethod(lambda x: ('static', x))
print(call_m(a, 3), call_m(c, 3))
A.m = classmethod(lambda cls, x: ('classmethod', cls.__name__, x))
print(call_m(a, 4), call_m(c, 4))
A.m = lambda self, x: ('A.m v5', x)
for i in range(100):
    call_m(c, i)
c.m = lambda x: ('instance attr', x)
print(call_m(c, 5), call_m(a, 5))
del c.m
print(call_m(c, 6))
C.m = lambda self, x: ('C.m', x)
print(call_m(c, 7))
c.__dict__['m'] = lambda x: ('via __dict__', x)
print(call_m(c, 8))
vars(c).clear()
print(call_m(c, 9))
del C.m
del A.m
try:
    call_m(c, 10)
except AttributeError as e:
    print('AttributeError:', e)
print(call_m(b, 11))

# arity changes at a site that was CALL_METHOD_PY
class K:
    def f(self, x):
        return x + 1
k = K()
def call_f(o):
    return o.f(10)
for i in range(100):
    call_f(k)
K.f = lambda self: 'no arg'
try:
    call_f(k)
except TypeError as e:
    print('TypeError:', e)
K.f = lambda self, *args: ('varargs', args)
print(call_f(k))
K.f = lambda self, x, y=5: ('default', x, y)
print(call_f(k))
def gen(self, x):
    yield x
    yield x * 2
K.f = gen
print(list(call_f(k)))

# built-in methods with the receiver changing: list, list subclass, tuple
class MyList(list):
    def append(self, x):
        super().append(('wrapped', x))

def app(lst, x):
    lst.append(x)
    return lst

l = []
for i in range(100):
    app(l, i)
print(len(l), l[-1])
ml = MyList()
app(ml, 1)
print(ml)
class PlainSub(list):
    pass
ps = PlainSub()
app(ps, 2)
print(ps, type(ps).__name__)
try:
    app((1, 2), 3)
except AttributeError as e:
    print('AttributeError:', e)
class WithAppend:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x * 10)
wa = WithAppend()
app(wa, 4)
print(wa.items)

def join(sep, items):
    return sep.join(items)
for i in range(100):
    r = join(',', ['a', 'b'])
print(r)
class MyStr(str):
    def join(self, items):
        return 'MyStr.join!'
print(join(MyStr('-'), ['x', 'y']), join('+', ('p', 'q')))
try:
    join(b'-', ['x'])
except TypeError as e:
    print('TypeError:', e)
print(join(b'-', [b'x', b'y']))

def dget(d, k):
    return d.get(k, 'missing')
dd = {'a': 1}
for i in range(100):
    dget(dd, 'a')
class MyDict(dict):
    def get(self, k, default=None):
        return ('MyDict.get', k)
class Missing(dict):
    def __missing__(self, k):
        return 'never used by get'
print(dget(dd, 'a'), dget(dd, 'z'), dget(MyDict(a=1), 'a'), dget(Missing(), 'q'))

# unbound built-in method descriptors called with mismatched receivers
def call_desc(f, *args):
    return f(*args)
for i in range(100):
    call_desc(list.append, [], i)
try:
    call_desc(list.append, (), 1)
except TypeError as e:
    print('TypeError:', e)

# bound methods stored in variables
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c1, c2 = Counter(), Counter()
inc = c1.inc
for i in range(100):
    inc()
inc = c2.inc
inc()
print(c1.n, c2.n)
Counter.inc = lambda self: 'replaced'
print(inc(), c1.inc())
bl = [].append
bl2 = l.append
for i in range(100):
    bl2(i)
print(len(l))
