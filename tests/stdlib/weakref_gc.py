# Weak references and the cycle collector: references to cyclic garbage are
# cleared before finalizers run, callbacks of references that are garbage
# themselves are not called, finalizers may resurrect; callback errors are
# reported as unraisable.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return f'Node({self.name})'


class Reporter:
    """A callback whose repr has no address (it appears in stderr)."""

    def __init__(self, label, fail=False):
        self.label = label
        self.fail = fail

    def __call__(self, reference):
        print('callback', self.label, reference())
        if self.fail:
            raise ValueError('callback failed: ' + self.label)

    def __repr__(self):
        return f'<Reporter {self.label}>'


gc.collect()
gc.disable()

# A cycle dies only at a collection; its references die then.
a, b = Node('a'), Node('b')
a.other, b.other = b, a
ra = weakref.ref(a, Reporter('a'))
rb = weakref.ref(b)
del a, b
print('before collect', ra() is not None, rb() is not None)
print('collected', gc.collect() >= 2)
print('after collect', ra(), rb())

# A reference that is part of the garbage does not call its callback.
a = Node('self-referencing')
a.other = weakref.ref(a, Reporter('garbage ref'))
a.loop = a
del a
gc.collect()
print('no callback for a garbage reference')

# The weakref is cleared before __del__ runs, even for the finalizer's own
# object.


class Finalized(Node):
    def __del__(self):
        print('__del__ of', self.name, 'sees its ref as', watched())


f = Finalized('f')
f.other = f
watched = weakref.ref(f, Reporter('finalized'))
del f
gc.collect()

# A death by reference count: __del__ first, then the callbacks.


class Plain(Node):
    def __del__(self):
        print('__del__ of', self.name, 'ref alive:', plain_ref() is not None)


p = Plain('plain')
plain_ref = weakref.ref(p, Reporter('plain'))
del p

# A __del__ that resurrects its object keeps the weak references alive
# (reference counting).
saved = []


class Phoenix(Node):
    def __del__(self):
        print('resurrecting', self.name)
        saved.append(self)


x = Phoenix('x')
rx = weakref.ref(x, Reporter('phoenix'))
del x
print('after resurrection', rx() is saved[0])
saved.clear()
print('second death', rx())

# Callbacks that fail are reported and the others still run.
n = Node('n')
r1 = weakref.ref(n, Reporter('first', fail=True))
r2 = weakref.ref(n, Reporter('second'))
del n
print('after failing callbacks')

# A callback may drop other references, make new objects, collect.
holder = {}
m = Node('m')


def messy(reference):
    holder.clear()
    gc.collect()
    print('messy callback ran', reference() is None, len(holder))


holder['ref'] = weakref.ref(m, messy)
holder['other'] = weakref.ref(m, Reporter('other'))
del m
print('holder', holder)

# Weak containers across collections.
d = weakref.WeakValueDictionary()
s = weakref.WeakSet()
for i in range(5):
    node = Node(i)
    node.other = node
    d[i] = node
    s.add(node)
del node
print(len(d), len(s))
gc.collect()
print(len(d), len(s), list(d), list(s))

# A class and its instances, collected together.


def make_class():
    class Temporary:
        pass
    return Temporary


T = make_class()
t = T()
rt, rti = weakref.ref(T), weakref.ref(t)
del T, t
gc.collect()
print('class collected', rt(), rti())
gc.enable()
print('done')
