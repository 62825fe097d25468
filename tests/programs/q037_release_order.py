# Finalizers run in CPython's order when a list or tuple lets its items go:
# last first when freed, cleared or sliced away; first to last by position
# for an extended slice; dict and instance attributes first to last.
class N:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n, end="; ")
a = [N(1), N(2), N(3), N(4)]
del a[0:2]; print()
a = [N(1), N(2), N(3), N(4)]
a[0:3] = [0]; print()
a = [N(1), N(2), N(3), N(4)]
a[::2] = [0, 0]; print()
a = [N(1), N(2), N(3), N(4), N(5)]
del a[::2]; print()
a = [N(1), N(2), N(3)]
a.clear(); print()
a = [N(1), N(2), N(3)]
a[:] = []; print()
a = [N(1), N(2), N(3)]
del a; print()
a = [N(1), N(2), N(3)]
a *= 0; print()
t = (N(1), N(2), N(3)); del t; print("tuple")
d = {1: N(1), 2: N(2), 3: N(3)}; del d; print("dict")
o = N(0); o.a = N(1); o.b = N(2); del o; print("instance")
l = [N(1), N(2), N(3)]; l.pop(); l.pop(0); print("pop")
l = [N(1), N(2), N(3)]; l *= 0; print("imul")
l = [N(1), N(2), N(3)]; l.__init__([]); print("init")
def f():
    a = N(1); b = N(2); c = N(3)
f(); print("frame")
a = [N(1), N(2), N(3), N(4), N(5)]
del a[::-2]; print("negative step")
a = [N(1), N(2), N(3), N(4), N(5)]
a[::-2] = [0, 0, 0]; print("negative step assigned")
a = None
