# quickening: instance attribute sites whose object's __dict__ is changed
# behind their back (del, replaced, cleared, updated, vars(), __class__)
class K:
    kind = 'class-K'
    def __init__(self, a, b):
        self.a = a
        self.b = b

class L:
    kind = 'class-L'
    def __init__(self, a, b):
        self.a = a
        self.b = b

def read(o):
    try:
        return (o.a, o.b, o.kind)
    except AttributeError as e:
        return 'AttributeError: ' + str(e)

def warm(o, n=80):
    r = None
    for _ in range(n):
        r = read(o)
    return r

k = K(1, 2)
print(warm(k))
del k.a
print(warm(k, 3))
k.a = 11
print(warm(k))
del k.b
print(read(k))

# __dict__ replaced by a plain dict, by another instance's dict, cleared, updated
k = K(1, 2)
print(warm(k))
k.__dict__ = {'b': 'B', 'a': 'A'}
print(warm(k))
k.__dict__ = {'a': 'only a'}
print(read(k))
other = K(7, 8)
warm(other)
k.__dict__ = other.__dict__
print(read(k))
other.a = 70
print(read(k), read(other))
k.__dict__.clear()
print(read(other))
other.a = 1
other.b = 2
print(warm(other))
other.__dict__.update({'kind': 'inst-kind', 'b': 22})
print(read(other))
other.__dict__['a'] = 'via dict'
print(read(other))
other.__dict__.pop('kind')
print(read(other))
vars(other).setdefault('kind', 'setdefault-kind')
print(read(other))
d = vars(other)
d |= {'a': 'ior'}
print(read(other))
del d['a']
print(read(other))
d['a'] = 'back'
print(warm(other))

# shadowing the class attribute through vars() on an object whose site read the class attr
m = K(0, 0)
print(warm(m))
vars(m)['kind'] = 'vars-kind'
print(read(m))
m2 = K(0, 0)
warm(m2)
m2.__dict__.update(kind='update-kind')
print(read(m2))
m3 = K(0, 0)
warm(m3)
m3.__dict__.setdefault('kind', 'sd-kind')
print(read(m3))
m4 = K(0, 0)
warm(m4)
m4.__dict__ |= {'kind': 'ior-kind'}
print(read(m4))
m5 = K(0, 0)
warm(m5)
m5.__dict__[''.join(['ki', 'nd'])] = 'runtime-key'
print(read(m5))
m6 = K(0, 0)
warm(m6)
m6.__dict__[1] = 'int key'
print(read(m6))
m6.kind = 'then attr'
print(read(m6), len(vars(m6)))

# __class__ reassignment at a specialized site
objs = [K(1, 2), L(3, 4)]
for i in range(100):
    read(objs[i % 2])
objs[0].__class__ = L
objs[1].__class__ = K
print(read(objs[0]), read(objs[1]))
for i in range(100):
    read(objs[i % 2])
print(read(objs[0]), read(objs[1]))

# stores after the dict changed
def store_a(o, v):
    o.a = v

s = K(0, 0)
for i in range(80):
    store_a(s, i)
print(vars(s))
s.__dict__ = {'z': 1}
store_a(s, 'after replace')
print(vars(s))
del s.a
store_a(s, 'after del')
print(vars(s))
s.__dict__.clear()
store_a(s, 'after clear')
print(vars(s))
fresh = [K(i, i) for i in range(5)]
for f in fresh:
    f.__dict__.pop('a')
for i, f in enumerate(fresh):
    store_a(f, -i)
print([vars(f) for f in fresh])

# reading an attribute deleted then the error message, at the same site
def get_b(o):
    return o.b

t = K(5, 6)
for _ in range(100):
    get_b(t)
del t.b
try:
    get_b(t)
except AttributeError as e:
    print('AttributeError:', e)
try:
    del t.b
except AttributeError as e:
    print('AttributeError:', e)
