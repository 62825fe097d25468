# Replacing or deleting a class attribute whose old value has a __del__ that
# looks the attribute up again; __del__ and __getattr__ added to a base
# class after instances exist; an instance moved to a class with __del__.
class Noisy:
    def __del__(self):
        print("Noisy del; C.x is now", getattr(C, "x", "gone"))
class C:
    x = Noisy()
del C.x
print("after del C.x")
C.x = Noisy()
C.x = 5
print("after rebinding C.x")
class Base: pass
class Derived(Base): pass
d = Derived()
Base.__del__ = lambda self: print("late __del__", type(self).__name__)
del d
del Base.__del__
e = Derived(); del e
print("no del now")
class Plain: pass
class WithDel:
    def __del__(self): print("WithDel del")
p = Plain()
p.__class__ = WithDel
del p
print("after class switch")
class Meta(type):
    pass
class M(metaclass=Meta): pass
Meta.tag = property(lambda cls: "meta property")
print(M.tag)
class Getattr: pass
ga = Getattr()
Getattr.__getattr__ = lambda self, name: "dynamic " + name
print(ga.anything)
del Getattr.__getattr__
print(hasattr(ga, "anything"))
