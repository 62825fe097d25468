# Deeply nested iterators and generators that were never run are freed
# without overflowing the native stack.
N = 30_000

it = iter([1])
for _ in range(N):
    it = map(abs, it)
del it
print("map")

it = iter([1])
for _ in range(N):
    it = filter(None, it)
del it
print("filter")

it = iter([1])
for _ in range(N):
    it = zip(it)
del it
print("zip")

it = iter([1])
for _ in range(N):
    it = enumerate(it)
del it
print("enumerate")

it = iter([1])
for _ in range(N):
    it = (x for x in it)
del it
print("generator expressions")


def passthrough(inner):
    yield from inner


it = iter([1])
for _ in range(N):
    it = passthrough(it)
del it
print("generators")
