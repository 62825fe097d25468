# A function takes its builtins and __module__ from its globals as they are
# when it is made: replacing, deleting and adding __builtins__ and __name__
# between definitions shows in the next function.
import builtins
def f(): pass
print(f.__module__, f.__builtins__ is builtins.__dict__)
__name__ = "renamed"
def g(): pass
print(g.__module__)
__builtins__ = {"len": lambda x: 42}
def h(): return len("abc")
print(h(), sorted(h.__builtins__))
del __builtins__
def k(): return len("abc")
print(k(), k.__builtins__ is builtins.__dict__)
del __name__
def m(): pass
print(m.__module__)
ns = {"__name__": "other", "__builtins__": builtins}
exec("def n(): pass", ns)
print(ns["n"].__module__, ns["n"].__builtins__ is builtins.__dict__)
fs = []
for i in range(3):
    fs.append(lambda: i)
    if i == 1:
        globals()["__name__"] = "changed"
print([x.__module__ for x in fs])
