# Class protocols: __mro_entries__ (PEP 560), __instancecheck__ and
# __subclasscheck__ on any object used as a class, assigning a class's
# __doc__, and str() of a mappingproxy.
import sys
class A: pass
A.__doc__ = "x"
print(A.__doc__)
class I:
    def __instancecheck__(self, o): return True
    def __subclasscheck__(self, c): return c is int
print(isinstance(1, I()), issubclass(int, I()), issubclass(str, I()))
print(isinstance(1, (str, I())))
class B:
    def __mro_entries__(self, bases): return (object,)
class C(B()): pass
print(C.__bases__, C.__orig_bases__[0].__class__.__name__)
class Base: pass
class G:
    def __mro_entries__(self, bases): return (Base,)
class D(G()): pass
print(D.__mro__)
print(type(type.__dict__)({'a': 1}))
print(str(type.__dict__)[:30] == repr(type.__dict__)[:30])
try:
    isinstance(1, 5)
except TypeError as e: print(e)
try:
    issubclass(int, 5)
except TypeError as e: print(e)
try:
    class E(5): pass
except TypeError as e: print(e)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "yes"
class M(metaclass=Meta): pass
print(isinstance("yes", M), isinstance("no", M), isinstance("yes", (int, M)))
class Gen:
    def __class_getitem__(cls, item): return Alias(cls, item)
class Alias:
    def __init__(self, origin, item): self.origin, self.item = origin, item
    def __mro_entries__(self, bases): return (self.origin,)
class Sub(Gen[int]): pass
print(Sub.__bases__, type(Sub.__orig_bases__[0]).__name__, Sub.__mro__[1].__name__)
class Bad:
    def __mro_entries__(self, bases): return [object]
try:
    class X(Bad()): pass
except TypeError as e: print(e)
