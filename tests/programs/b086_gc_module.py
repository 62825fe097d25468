# the gc module: collect() reclaims unreachable cycles and reports how many objects it found; enable/disable/isenabled
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

print(gc.isenabled())
gc.collect()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
found = gc.collect()
print(found >= 2, type(found).__name__)
print(gc.collect())
gc.disable()
print(gc.isenabled())
x = []
x.append(x)
del x
print(gc.collect() >= 1)
gc.enable()
print(gc.isenabled())
try:
    gc.enable(1)
except TypeError as e:
    print('TypeError:', e)
