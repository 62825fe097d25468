# Deleting a dunder from a class (`del C.__new__`, __init__, __repr__,
# __len__, __call__, __getitem__, a metaclass's __call__...) makes the class
# use what its MRO now finds, for the class and its subclasses, as CPython.
# CPython keeps a class's constructor slot when __new__ is deleted, so the
# object.__new__ it then finds refuses arguments: printed as CPython prints.
class A:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): pass
del A.__new__
try:
    A(1); print("ok")
except TypeError as e: print(e)
class B:
    def __init__(self, *a): pass
B.__new__ = lambda cls, *a: object.__new__(cls)
del B.__new__
try:
    B(1); print("ok")
except TypeError as e: print(e)
class C:
    def __init__(self, *a): pass
C(1); print("C ok")
class D(A): pass
try:
    D(1); print("D ok")
except TypeError as e: print(e)
class X:
    def __new__(cls, *a): return object.__new__(cls, *a)
    def __init__(self, *a): pass
try:
    X(1); print("X ok")
except TypeError as e: print(e)
try:
    print(type(object.__new__(C, 1)).__name__)
except TypeError as e: print(e)
try:
    print(type(object.__new__(A, 1)).__name__)
except TypeError as e: print(e)
class L(list):
    def __new__(cls, *a):
        print("L.__new__")
        return super().__new__(cls)
l = L([1, 2]); print(l)
del L.__new__
l = L([3]); print(l, type(l).__name__)

class T(tuple):
    def __new__(cls, x):
        return super().__new__(cls, (x, x))
print(T(1))
del T.__new__
print(T([5, 6]))

class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(4))
del I.__new__
print(I(4), I("12"))

class P:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class Q(P):
    def get(self):
        return "Q"
q = Q(1)
out = []
for i in range(4):
    out.append(q.get())
    if i == 1:
        del Q.get
print(out)

class M(type):
    def __call__(cls, *a):
        return "M.__call__"
class K(metaclass=M):
    pass
print(K())
del M.__call__
print(type(K()).__name__)

class S:
    def __init__(self): print("S.__init__")
class S2(S):
    def __init__(self): print("S2.__init__")
S2()
del S2.__init__
S2()

class AA:
    def __new__(cls, *args):
        print("AA.__new__", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("AA.__init__", args)

class BB(AA):
    def __new__(cls, *args):
        print("BB.__new__", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("BB.__init__", args)

def make(*a):
    try:
        return BB(*a)
    except TypeError as e:
        print('TypeError:', e)
make(1)
del BB.__new__
make(2)
del BB.__init__
make(3)
del AA.__new__
make(4)
del AA.__init__
try:
    BB(5)
except TypeError as e:
    print("TypeError:", e)
print(type(make()).__name__)

class CC:
    def __new__(cls):
        return 42
print(CC())
del CC.__new__
print(type(CC()).__name__)
CC.__new__ = lambda cls: "set later"
print(CC())

class DD:
    def __repr__(self): return "DD-repr"
    def __len__(self): return 3
    def __call__(self): return "called"
    def __eq__(self, o): return True
    __hash__ = object.__hash__
d = DD()
print(repr(d), len(d), d(), d == 1)
del DD.__repr__, DD.__len__, DD.__call__, DD.__eq__
print(repr(d).startswith("<__main__.DD object"), d == 1)
try: len(d)
except TypeError as e: print("TypeError:", e)
try: d()
except TypeError as e: print("TypeError:", e)

class EE(dict):
    def __getitem__(self, k): return "EE"
    def __missing__(self, k): return "missing"
e = EE(a=1)
print(e["a"], e["zz"])
del EE.__getitem__
print(e["a"], e["zz"])
del EE.__missing__
try: e["zz"]
except KeyError as x: print("KeyError", x)

class FF:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__)
class GG(FF): pass
del FF.__init_subclass__
class HH(FF): pass
print("done")
