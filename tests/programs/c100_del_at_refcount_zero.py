# __del__ runs the moment the last reference goes: del, rebinding, a
# function's locals at return, removal from a list or dict, and (for a
# cycle) when the collector frees it.
import gc

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

c = C("a")
del c
print("after del a")

def f():
    x = C("local")
    print("in f")
f()
print("after f")

c = C("b")
c = C("c")
print("rebound")
c = None

lst = [C("l1"), C("l2")]
del lst[0]
print("after del lst[0]")
lst.clear()
print("after clear")

d = {"k": C("d1")}
d["k"] = 1
print("after dict overwrite")

a = C("cyc1")
b = C("cyc2")
a.other = b
b.other = a
del a, b
print("before collect")
print(gc.collect() > 0)
print("after collect")

s = C("self")
s.me = s
del s
gc.collect()

# Inherited __del__, and __del__ added to a class after instances exist.
class Sub(C):
    pass
t = Sub("sub")
del t
class Late:
    pass
late = Late()
Late.__del__ = lambda self: print("late del")
del late
del Late.__del__
late = Late()
del late
print("no del for the last one")

# A temporary: the result of a call nobody keeps.
C("temporary")
print("end")
