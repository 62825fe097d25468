# Objects still alive when the program ends are finalized at exit, in the
# order CPython uses: the module's globals are cyclic garbage once the
# module leaves sys.modules, and the collector finalizes them in its own
# order (allocation order; items of a list or tuple after the objects
# allocated after it, last item first; dict values in order).
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def gen():
    try:
        yield 1
    finally:
        print("generator finally")

x1 = C(1)
x2 = C(2)
x3 = C(3)
x1, x3 = x3, x1
_private = C(4)
items = [C(5), C(6)]
pair = (C(7), C(8))
table = {"a": C(9), "b": C(10)}
holder = C(11)
holder.inner = C(12)
cyclic = C(13)
cyclic.me = cyclic
class K:
    attr = C(14)
def make():
    return C(15)
made = make()
g = gen()
next(g)
last = C(16)
print("end of program")
