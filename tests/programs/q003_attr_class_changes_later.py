# quickening: a class changes after attribute sites over its instances
# specialized (__getattr__, __getattribute__, __setattr__, property added,
# class attribute shadowed / unshadowed, base class attribute reassigned,
# __bases__ reassigned)
def warm(f, *args, n=80):
    r = None
    for _ in range(n):
        r = f(*args)
    return r

class G:
    cls_attr = 'G.cls_attr'
    def __init__(self):
        self.x = 'inst x'

def get_x(o):
    return o.x

def get_missing(o):
    try:
        return o.missing
    except AttributeError as e:
        return 'AE ' + str(e)

def get_cls(o):
    return o.cls_attr

g = G()
print(warm(get_x, g), warm(get_missing, g), warm(get_cls, g))
G.__getattr__ = lambda self, name: 'getattr(%s)' % name
print(get_x(g), get_missing(g), get_cls(g))
del G.__getattr__
print(get_x(g), get_missing(g), get_cls(g))
print(warm(get_x, g), warm(get_missing, g), warm(get_cls, g))

def ga(self, name):
    if name == 'x':
        return 'getattribute x'
    return object.__getattribute__(self, name)

G.__getattribute__ = ga
print(get_x(g), get_missing(g), get_cls(g))
del G.__getattribute__
print(warm(get_x, g), get_cls(g))

# __setattr__ added later
def set_x(o, v):
    o.x = v

def set_new(o, v):
    o.newattr = v

for i in range(80):
    set_x(g, i)
    h = G()
    set_new(h, i)
log = []
def sa(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, ('wrapped', value))
G.__setattr__ = sa
set_x(g, 'v1')
h = G()
set_new(h, 'v2')
print(g.x, h.newattr, log)
del G.__setattr__
set_x(g, 'v3')
print(g.x)

# property added to the class later shadows the instance attribute
class H:
    def __init__(self):
        self.p = 'instance p'
        self.q = 'instance q'

def get_p(o):
    return o.p

hh = H()
print(warm(get_p, hh))
H.p = property(lambda self: 'property p')
print(get_p(hh), warm(get_p, hh))
del H.p
print(get_p(hh))
# a non-data descriptor (plain function) does not shadow the instance attribute
H.p = lambda self: 'method p'
print(get_p(hh))
del hh.p
print(get_p(hh)())
del H.p
try:
    get_p(hh)
except AttributeError as e:
    print('AE', e)

# class attribute shadowed later by an instance attribute, and vice versa
class I:
    v = 'class v'

def get_v(o):
    return o.v

i1 = I()
print(warm(get_v, i1))
i1.v = 'instance v'
print(get_v(i1))
del i1.v
print(get_v(i1))
I.v = 'class v 2'
print(get_v(i1), warm(get_v, i1))
i2 = I()
i2.v = 'i2 instance'
print(warm(get_v, i2))
del I.v
print(get_v(i2))
del i2.v
try:
    get_v(i2)
except AttributeError as e:
    print('AE', e)

# class attribute on a base class reassigned; MRO changes
class Base:
    tag = 'Base'
class Mid(Base):
    pass
class Leaf(Mid):
    pass

def get_tag(o):
    return o.tag

leaf = Leaf()
print(warm(get_tag, leaf))
Base.tag = 'Base2'
print(get_tag(leaf))
Mid.tag = 'Mid'
print(get_tag(leaf))
print(warm(get_tag, leaf))
del Mid.tag
print(get_tag(leaf))

class Other:
    tag = 'Other'
class Leaf2(Other):
    pass
l2 = Leaf2()
print(warm(get_tag, l2))
Other.tag = 'Other2'
print(get_tag(l2))

# class attribute read through the class after mutation, across polymorphic objects
objs = [leaf, l2, I(), G()]
I.tag = 'I'
G.tag = 'G'
res = []
for n in range(100):
    res.append(get_tag(objs[n % 4]))
print(res[:4])
Base.tag = 'Base3'
G.tag = 'G2'
print([get_tag(o) for o in objs])
