# PEP 442: a __del__ that stores self keeps the object alive (and valid);
# __del__ never runs twice for one object; the collector frees only what
# the finalizers did not make reachable again.
import gc
saved = []
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("R del", self.n)
        saved.append(self)
r = R(1); del r
print(len(saved), saved[0].n)
saved.clear()
print("cleared, no second del")
# resurrection from cycle
x = R(2); x.me = x; del x
gc.collect()
print(len(saved), saved[0].n, saved[0].me is saved[0])
saved.clear()
gc.collect()
print("collected again")
# partial resurrection: one of two cycle members resurrects a third
class K:
    def __init__(self, n): self.n = n
    def __del__(self): print("K del", self.n)
keep = []
class Keeper:
    def __del__(self):
        print("Keeper del")
        keep.append(self.k)
a = Keeper(); a.k = K(1); a.me = a
b = K(2); b.me = b
del a, b
gc.collect()
print("kept", keep[0].n)
keep.clear()
print("end")
