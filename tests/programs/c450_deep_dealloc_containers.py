# Dropping deeply nested containers frees them without overflowing the
# native stack (each level would otherwise be one more nested dealloc).
N = 30_000

x = []
for _ in range(N):
    x = [x]
del x
print("list")

x = ()
for _ in range(N):
    x = (x,)
del x
print("tuple")

x = {}
for i in range(N):
    x = {i: x}
del x
print("dict")

x = frozenset()
for _ in range(N):
    x = frozenset([x])
s = {x}
del x, s
print("set of frozensets")

# Nested through two kinds at each level, and dropped by replacing the
# only reference instead of del.
x = None
for i in range(N):
    x = [{"next": (x, i)}]
x = 0
print("mixed", x)

# A wide structure whose every element is a deep chain.
chains = []
for _ in range(5):
    x = []
    for _ in range(N // 5):
        x = [x]
    chains.append(x)
del x
chains.clear()
print("wide", len(chains))
