# quickening: a class attribute whose own type later gains __get__ / __set__
# (becomes a descriptor) must be treated as one at sites that cached it as a
# plain value: through the instance, through the class, and for stores
class D:
    pass

class C:
    x = D()
    y = D()
    z = D()

o = C()
o.y = 'instance y'

def read_x(obj):
    return obj.x

def read_cls_x():
    return C.x

def read_y(obj):
    return obj.y

def store_z(obj, v):
    obj.z = v

def describe(v):
    return type(v).__name__ if isinstance(v, D) else v

def round_(label):
    rx = ry = rc = None
    for i in range(100):
        rx = read_x(o)
        rc = read_cls_x()
        ry = read_y(o)
    print(label, describe(rx), describe(rc), describe(ry))

round_('plain')
D.__get__ = lambda self, obj, cls: 'D.__get__(%s)' % ('class' if obj is None else 'instance')
round_('with __get__')
D.__set__ = lambda self, obj, value: print('D.__set__', value)
round_('with __set__')
del D.__set__
round_('without __set__')
del D.__get__
round_('plain again')

# stores: a plain class attribute, then its type gains __set__
for i in range(100):
    store_z(o, i)
print(o.__dict__)
D.__get__ = lambda self, obj, cls: 'got'
D.__set__ = lambda self, obj, value: print('D.__set__ called with', value)
store_z(o, 'after __set__')
print(o.__dict__)
del D.__set__, D.__get__

p = C()
for i in range(100):
    store_z(C(), i)
D.__set__ = lambda self, obj, value: print('D.__set__ on fresh', value)
store_z(p, 'fresh')
print(p.__dict__)
del D.__set__

# the same through a method: a callable class attribute whose type gains __get__
class Callable:
    def __call__(self, *args):
        return ('Callable called', len(args))

class M:
    meth = Callable()

m = M()
def call_meth(obj):
    return obj.meth()

for i in range(100):
    r = call_meth(m)
print(r)
Callable.__get__ = lambda self, obj, cls: (lambda: 'bound by __get__')
print(call_meth(m))

# the class attribute's own __class__ switched to a descriptor class
class Plain:
    pass
class Desc:
    def __get__(self, obj, cls):
        return 'Desc.__get__'
class Holder:
    attr = Plain()
h = Holder()
def read_attr(obj):
    return obj.attr
for i in range(100):
    r = read_attr(h), Holder.attr
print(type(r[0]).__name__, type(r[1]).__name__)
Holder.__dict__['attr'].__class__ = Desc
print(read_attr(h), Holder.attr)
