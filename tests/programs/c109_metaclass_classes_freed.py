# Classes made by a metaclass are instances of it: they have its layout,
# keep it alive exactly once each, and its __del__ runs when one is freed.
import gc
import sys

class Meta(type):
    def __del__(cls):
        print("class freed:", cls.__name__)

before = sys.getrefcount(Meta)
for i in range(3):
    class M(metaclass=Meta):
        pass
    M.tag = i
    del M
    gc.collect()
print(sys.getrefcount(Meta) == before)

class Counted(type):
    count = 0
Counted.tag = property(lambda cls: "meta property of " + cls.__name__)
class A(metaclass=Counted):
    pass
class B(A):
    pass
print(A.tag, B.tag)
print(type(B).__name__, isinstance(B, Counted))
del A, B
gc.collect()
print("end")
