# Weak-reference callbacks that change the world while objects die: they
# delete other referents and references, create references to dying
# neighbours, raise, and run during deep deallocation. pyvm must neither
# crash nor touch freed objects.
import gc
import sys
import weakref


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


log = []

# A callback that frees the next object, whose callback frees the next...
objects = [Node(i) for i in range(10)]
refs = []


def cascade(reference):
    log.append(('cascade', len(objects)))
    if objects:
        objects.pop()


for node in objects:
    refs.append(weakref.ref(node, cascade))
del node
objects.pop()
print(log[:3], len(log), len(objects), [r() for r in refs].count(None))

# A callback that deletes its own reference and the other references.
victim = Node('victim')
bag = {}


def drop_everything(reference):
    bag.clear()
    log.append('dropped')


bag['a'] = weakref.ref(victim, drop_everything)
bag['b'] = weakref.ref(victim, drop_everything)
bag['c'] = weakref.proxy(victim, drop_everything)
del victim
print(log[-2:], bag)

# A callback creating references to an object that is dying right now is
# impossible (the reference is dead), but to its still-alive child it works.
parent = Node('parent', Node('child'))
made = []


def reference_child(reference):
    made.append(weakref.ref(child_holder[0]))


child_holder = [parent.child]
r = weakref.ref(parent, reference_child)
del parent
print(made[0]().name, r())

# References are not weakly referenceable themselves; proxies neither.
n = Node('n')
for maker in (lambda: weakref.ref(weakref.ref(n)), lambda: weakref.ref(weakref.proxy(n)),
              lambda: weakref.proxy(weakref.proxy(n))):
    try:
        maker()
    except TypeError as e:
        print('TypeError:', e)

# Deep chains: deallocation is deferred past a depth; every callback runs.
count = [0]


def counted(reference):
    count[0] += 1


head = None
chain_refs = []
for i in range(50000):
    head = Node(i, head)
    if i % 100 == 0:
        chain_refs.append(weakref.ref(head, counted))
del head
print('chain callbacks', count[0], all(r() is None for r in chain_refs))

# A callback that raises while an exception is being handled.


class Loud:
    def __call__(self, reference):
        raise KeyError('from callback')

    def __repr__(self):
        return '<Loud>'


try:
    victim = Node('v')
    keep = weakref.ref(victim, Loud())
    raise RuntimeError('outer')
except RuntimeError as e:
    del victim
    print('still handling', e, sys.exc_info()[0].__name__)

# Cycles with callbacks that resurrect nothing but allocate a lot.
gc.collect()
for round in range(3):
    ring = [Node(i) for i in range(20)]
    for i, node in enumerate(ring):
        node.child = ring[(i + 1) % 20]
    rs = [weakref.ref(node, lambda r: [Node(j) for j in range(10)]) for node in ring]
    del ring, node
    gc.collect()
    print('round', round, sum(r() is None for r in rs))

# A reference whose own dealloc (or collection) ends its referent: a
# reference that is dying or garbage never calls back.


class Target:
    pass


class Killer:
    def __del__(self):
        targets.clear()


class KillerRef(weakref.ref):
    pass


targets = [Target()]
kr = KillerRef(targets[0], lambda ref: print('must not run 1'))
kr.killer = Killer()
del kr
print('dying reference', targets)
targets = [Target()]
kr = KillerRef(targets[0], lambda ref: print('must not run 2'))
kr.killer = Killer()
kr.cycle = kr
del kr
gc.collect()
print('garbage reference', targets)
