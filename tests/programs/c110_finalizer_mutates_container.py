# Finalizers that look at, or change, the container an object is leaving.
registry = []
class Watcher:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name, "sees", [w.name for w in registry])
registry.extend([Watcher("a"), Watcher("b"), Watcher("c")])
del registry[0]
registry[0] = Watcher("d")
del registry[:1]
registry.append(Watcher("e"))
registry.pop()
print("popped")
registry.clear()
print("cleared")
class Grower:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("grower", self.name, len(items))
        items.append(self.name)
items = [Grower("x"), Grower("y")]
del items[0]
print(items[-1])
items[:] = []
print(items)
table = {}
class Mutator:
    def __init__(self, key): self.key = key
    def __del__(self):
        print("mutator", self.key, sorted(table))
        table["from_del_" + self.key] = 1
table["a"] = Mutator("a")
table["b"] = Mutator("b")
del table["a"]
table["b"] = 0
print(sorted(table))
table.clear()
print(table)
s = set()
class InSet:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __del__(self):
        print("inset", self.n, len(s))
        s.add(100 + self.n)
s.add(InSet(1)); s.add(InSet(2))
s.clear()
print(sorted(s))
class Attr:
    def __del__(self):
        print("attr del; holder has", sorted(vars(holder)))
        holder.extra = 1
class Holder: pass
holder = Holder()
holder.a = Attr()
holder.a = None
del holder.a
print(sorted(vars(holder)))
