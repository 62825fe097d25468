# quickening: one attribute-load/store site over instances of several classes,
# attributes added in different orders and later, wide objects, odd names
class A:
    def __init__(self):
        self.x = 1
        self.y = 2

class B:
    def __init__(self):
        self.y = 20
        self.x = 10

class C:
    def __init__(self):
        self.z = 0
        self.x = 100
        self.y = 200

class D(A):
    def __init__(self):
        super().__init__()
        self.w = 5

def read_xy(o):
    return o.x * 1000 + o.y

def run(objs, n):
    total = 0
    for i in range(n):
        total += read_xy(objs[i % len(objs)])
    return total

print('mono', run([A()], 100))
print('poly2', run([A(), B()], 100))
print('poly4', run([A(), B(), C(), D()], 120))

# attributes added in different orders on the same class
class P:
    pass

def make(order):
    p = P()
    for k, name in enumerate(order):
        setattr(p, name, k + 1)
    return p

ps = [make('abc'), make('cba'), make('bac'), make('ab'), make('acb')]

def read_abc(p):
    return (p.a, p.b, getattr(p, 'c', None))

for rnd in range(3):
    out = []
    for i in range(60):
        out.append(read_abc(ps[i % len(ps)]))
    print('orders', rnd, out[:5])
    # add c later to the one that lacks it, change values
    ps[3].c = 33 + rnd
    ps[0].a = -rnd

# attribute added later on an object that had specialized a read of a missing attr
class Q:
    pass

def read_q(q):
    try:
        return q.v
    except AttributeError as e:
        return 'AE:' + str(e)

q = Q()
res = [read_q(q) for _ in range(80)]
print(res[0], res[-1])
q.v = 'now'
print(read_q(q))
del q.v
print(read_q(q))
q.v = 'again'
print(read_q(q))

# stores: same site adds the attribute on fresh objects, then replaces it
def store(o, v):
    o.s = v

objs = [Q() for _ in range(50)]
for i, o in enumerate(objs):
    store(o, i)
for i, o in enumerate(objs):
    store(o, o.s * 2)
print(sum(o.s for o in objs))
# same store site on objects of different classes / existing attrs
mix = [A(), B(), C(), D(), Q()]
for i in range(100):
    store(mix[i % 5], i)
print([o.s for o in mix], [sorted(vars(o)) for o in mix])

# more than 64 attributes
class Wide:
    pass

w = Wide()
for i in range(100):
    setattr(w, 'a%d' % i, i)

def read_wide(o):
    return o.a0 + o.a63 + o.a64 + o.a99

print([read_wide(w) for _ in range(60)][-1])
w.a64 = 1000
w.a99 = 2000
print(read_wide(w))
w2 = Wide()
for i in range(70):
    setattr(w2, 'a%d' % (69 - i), -i)
w2.a99 = 7
print(read_wide(w2), read_wide(w))

def read_a65(o):
    return o.a65

vals = []
for i in range(100):
    vals.append(read_a65(w if i % 2 else w2))
print(vals[:4], vals[-2:])

# setattr with non-identifier names and str subclasses
class S(str):
    pass

class R:
    pass

r = R()
setattr(r, 'not an identifier', 1)
setattr(r, '1x', 2)
setattr(r, S('k'), 3)
setattr(r, 'k2', 4)

def read_k(o):
    return o.k

print([read_k(r) for _ in range(70)][-1])
r.k = 30
print(read_k(r), getattr(r, 'not an identifier'), getattr(r, '1x'))
print(sorted(vars(r)))
name = ''.join(['k', '2'])
print(getattr(r, name), r.k2)
setattr(r, name, 40)
print(r.k2, [read_k(r) for _ in range(3)])
# keys built at run time on a specialized-site object
r2 = R()
for i in range(60):
    setattr(r2, 'dyn' + str(i % 3), i)
print(r2.dyn0, r2.dyn1, r2.dyn2, sorted(vars(r2)))
