# Chains of objects linked through attributes, cells, bound methods and
# exception contexts are freed without overflowing the native stack.
N = 30_000


class Node:
    pass


prev = None
for _ in range(N):
    o = Node()
    o.next = prev
    prev = o
del prev, o
print("instance chain")


class Slotted:
    __slots__ = ("next",)


prev = None
for _ in range(N):
    o = Slotted()
    o.next = prev
    prev = o
del prev, o
print("slots chain")

f = lambda: None
for _ in range(N):
    f = (lambda g: lambda: g)(f)
del f
print("closure chain")


def method(self):
    return self


m = Node()
for _ in range(N):
    m = method.__get__(m)
del m
print("bound method chain")

e = None
for _ in range(N):
    n = ValueError()
    n.__context__ = e
    e = n
del e, n
print("exception context chain")

# Finalizers still run, each once, for every object of a deep chain.
finalized = 0


class Counted:
    def __del__(self):
        global finalized
        finalized += 1


prev = None
for _ in range(10_000):
    o = Counted()
    o.next = prev
    prev = o
del prev, o
print("finalized", finalized)
