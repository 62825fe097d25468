# A generator dropped while suspended is closed: GeneratorExit is raised at
# its yield and its finally blocks run (after del, break, return from a
# loop, as cyclic garbage, and at exit). One never started runs nothing.
import gc
def gen(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally")
g = gen("g1"); next(g); del g
print("after del g1")
for x in gen("g2"):
    print("got", x)
    break
print("after loop")
def consume():
    for x in gen("g3"):
        return x
print("consume", consume())
g = gen("never")  # never started: no finally
del g
print("after never")
# generator in a cycle
g = gen("cyc"); next(g)
holder = [g]
holder.append(holder)
del g, holder
print("before collect")
gc.collect()
print("after collect")
# generator catching GeneratorExit and returning normally
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("polite got GeneratorExit")
p = polite(); next(p); p = None
print("after polite")
# generator raising another exception in finally: reported, swallowed
def raising():
    try:
        yield 1
    finally:
        print("raising finally")
        raise ValueError("from finally")
q = raising(); next(q); del q
# yield from: inner closed too
def outer():
    try:
        yield from gen("inner")
    finally:
        print("outer finally")
o = outer(); next(o); del o
print("end")
def stay():
    try:
        yield 1
    finally:
        print("exit-time finally")
keep = stay(); next(keep)
