# Coroutines called without await: CPython's RuntimeWarning, once per line.
async def f():
    return 1

def g():
    f()
    print("after")

g()
f()
c = f()
del c
for i in range(3):
    f()
x = f()
print("end")
