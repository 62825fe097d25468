# quickening: property reads at specialized sites: getters raising
# AttributeError and other exceptions, property replaced, deleted
class P:
    def __init__(self):
        self.n = 0
        self.mode = 'ok'
    @property
    def val(self):
        self.n += 1
        if self.mode == 'attr':
            raise AttributeError('getter says no')
        if self.mode == 'value':
            raise ValueError('bad value %d' % self.n)
        return self.n

def get_val(o):
    return o.val

p = P()
for i in range(100):
    r = get_val(p)
print(r)
p.mode = 'attr'
try:
    get_val(p)
except AttributeError as e:
    print('AttributeError:', e)
p.mode = 'value'
try:
    get_val(p)
except ValueError as e:
    print('ValueError:', e)
p.mode = 'ok'
print(get_val(p))
print(getattr(p, 'val', 'default'))
p.mode = 'attr'
print(getattr(p, 'val', 'default when getter raises AttributeError'))
print(hasattr(p, 'val'))
p.mode = 'ok'

# getter raising AttributeError with __getattr__ as fallback
class Q:
    @property
    def val(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback for ' + name

q = Q()
for i in range(60):
    r = get_val(q)
print(r)

# property replaced on the class
P.val = property(lambda self: 'replacement')
print(get_val(p))
for i in range(60):
    r = get_val(p)
print(r)
P.val = property(lambda self: 'replacement 2')
print(get_val(p))
# property with no getter
P.val = property(None, lambda self, v: None)
try:
    get_val(p)
except AttributeError as e:
    print('AttributeError:', e)
del P.val
try:
    get_val(p)
except AttributeError as e:
    print('AttributeError:', e)
p.__dict__['val'] = 'instance val after property deleted'
print(get_val(p))
P.val = property(lambda self: 'property back')
print(get_val(p))

# property with setter at a store site
class R:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError('negative')
        self._x = v

r = R()
def set_x(o, v):
    o.x = v
for i in range(100):
    set_x(r, i)
print(r.x, vars(r))
try:
    set_x(r, -1)
except ValueError as e:
    print('ValueError:', e)
R.x = property(R.x.fget)
R.x.__set_name__(R, 'x')
try:
    set_x(r, 5)
except AttributeError as e:
    print('AttributeError:', e)
del R.x
set_x(r, 'plain')
print(vars(r))

# polymorphic: property on one class, plain attribute on another, same site
class A:
    @property
    def val(self):
        return 'A.prop'
class B:
    def __init__(self):
        self.val = 'B.inst'
objs = [A(), B(), q]
res = []
for i in range(90):
    res.append(get_val(objs[i % 3]))
print(res[:3], res[-3:])
