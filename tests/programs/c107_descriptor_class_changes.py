# Descriptor protocol changes after the fact.
class D: pass
class C:
    x = D()
c = C()
print(type(c.x).__name__)
D.__get__ = lambda self, inst, owner: ("got", type(inst).__name__)
print(c.x)
print(C.x)
del D.__get__
print(type(c.x).__name__)
# a subclass of the descriptor class, created before the change
class Base: pass
class Sub(Base): pass
class Holder:
    y = Sub()
h = Holder()
print(type(h.y).__name__)
Base.__get__ = lambda self, inst, owner: "base get"
print(h.y)
Sub.__get__ = lambda self, inst, owner: "sub get"
print(h.y)
del Sub.__get__
print(h.y)
del Base.__get__
print(type(h.y).__name__)
# data descriptor precedence
class DD:
    def __get__(self, inst, owner): return "descr"
    def __set__(self, inst, value): print("set", value)
class G:
    z = DD()
g = G()
g.__dict__["z"] = "instance"
print(g.z)
del DD.__set__
print(g.z)
DD.__delete__ = lambda self, inst: print("delete")
print(g.z)
del g.z
del DD.__delete__
g.z = 5
print(g.__dict__["z"], g.z)
DD.__set__ = lambda self, inst, value: print("set again", value)
g.z = 6
print(g.__dict__["z"], g.z)
# replacing a method on a base class after a lookup was cached
class A:
    def m(self): return "A.m"
class B(A): pass
b = B()
print(b.m())
A.m = lambda self: "new A.m"
print(b.m())
B.m = lambda self: "B.m"
print(b.m())
del B.m
print(b.m())
# special methods added and removed later, seen by subclasses
class P: pass
class Q(P): pass
q = Q()
P.__len__ = lambda self: 3
print(len(q))
P.__repr__ = lambda self: "<P repr>"
print(repr(q))
del P.__repr__
print(repr(q).startswith("<__main__.Q object"))
P.__eq__ = lambda self, other: True
print(q == 1)
del P.__eq__
print(q == 1)
Q.__add__ = lambda self, other: "added"
print(q + 1)
del Q.__add__
try:
    q + 1
except TypeError as e:
    print(e)
P.__call__ = lambda self: "called"
print(q())
del P.__call__
try:
    q()
except TypeError as e:
    print(e)
P.__bool__ = lambda self: False
print(bool(q))
del P.__bool__
print(bool(q))
del P.__len__
print(bool(q))
