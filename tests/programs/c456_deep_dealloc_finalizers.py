# Deep structures freed while finalizers run, resurrect objects, or the
# cycle collector clears them: every object is finalized once, resurrected
# objects stay usable, and nothing is freed twice.
import gc

N = 20_000

# A cycle holding a deep chain: the collector frees the chain.
chain = []
for _ in range(N):
    chain = [chain]
top = [chain]
top.append(top)
del chain, top
print("collected", gc.collect() >= 1)

# __del__ resurrects every 1000th object of a deep chain.
saved = []


class Phoenix:
    def __init__(self, number, next):
        self.number = number
        self.next = next

    def __del__(self):
        if self.number % 1000 == 0:
            saved.append(self)


prev = None
for i in range(N):
    prev = Phoenix(i, prev)
del prev
print("resurrected", len(saved), sorted(p.number for p in saved)[:3])
# The resurrected objects' own chains are gone except what they still hold.
print("still linked", all(p.next is None or isinstance(p.next, Phoenix) for p in saved))
saved.clear()
print("after clear", len(saved))

# Dropping a deep chain inside a finalizer that runs during a deep dealloc.
events = []


class DropsChain:
    def __init__(self, next):
        self.next = next
        inner = []
        for _ in range(5_000):
            inner = [inner]
        self.inner = inner

    def __del__(self):
        self.inner = None
        events.append("dropped")


prev = None
for _ in range(300):
    prev = DropsChain(prev)
del prev
print(len(events))

# Started generators in a deep chain are closed (their finally blocks run).
closed = 0


def passthrough(inner):
    global closed
    try:
        yield from inner
    finally:
        closed += 1


def endless():
    while True:
        yield 1


it = endless()
for _ in range(200):
    it = passthrough(it)
next(it)
del it
print("closed", closed)
