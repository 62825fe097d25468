# quickening: __slots__ members at specialized load/store sites: set, unset
# (AttributeError), deleted, subclasses, polymorphic with dict instances
class S:
    __slots__ = ('a', 'b')
    def __init__(self, a):
        self.a = a

class T(S):
    __slots__ = ('c',)

class U(S):
    pass  # has a __dict__ too

class V:
    __slots__ = ('b', 'a')  # other offsets

def get_a(o):
    return o.a

def get_b(o):
    try:
        return o.b
    except AttributeError as e:
        return 'AE ' + str(e)

def set_b(o, v):
    o.b = v

s = S(1)
for i in range(100):
    r = get_a(s), get_b(s)
print(r)
set_b(s, 'b set')
print(get_b(s))
for i in range(100):
    set_b(s, i)
print(get_b(s))
del s.b
print(get_b(s))
try:
    del s.b
except AttributeError as e:
    print('AE', e)
set_b(s, 'again')
print(get_b(s))

t = T(2)
u = U(3)
u.extra = 'extra'
v = V()
v.a = 'V.a'
objs = [s, t, u, v]
res = []
for i in range(120):
    o = objs[i % 4]
    set_b(o, i)
    res.append((get_a(o), get_b(o)))
print(res[:4], res[-4:])
del u.b
del t.a
out = []
for o in objs:
    try:
        out.append(get_a(o))
    except AttributeError as e:
        out.append('AE ' + str(e))
    out.append(get_b(o))
print(out)

# a slot and an instance dict attribute of the same name on a subclass
class W(S):
    pass
w = W(5)
w.__dict__['a'] = 'dict a (hidden by the slot)'
print(get_a(w), w.__dict__)

# no such slot, no dict
try:
    s.zzz = 1
except AttributeError as e:
    print('AE', e)

# slots object with a property later added to the class over a slot name
class X:
    __slots__ = ('p',)
X_p = X.p
x = X()
x.p = 'slot p'
def get_p(o):
    return o.p
for i in range(100):
    r = get_p(x)
print(r)
X.p = property(lambda self: 'property over slot ' + X_p.__get__(self, X))
print(get_p(x))
X.p = X_p
print(get_p(x))
