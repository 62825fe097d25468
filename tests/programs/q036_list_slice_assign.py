# Slice assignment of a list of the same length: plain values are copied over
# in place; objects (whose release may run code) still take the general path.


class Noisy:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Noisy.log.append(self.name)

    def __repr__(self):
        return f"Noisy({self.name})"


a = list(range(8))
a[:4] = a[3::-1]
print(a)
a[2:5] = [10, 11, 12]
print(a)
a[:] = a
print(a)
a[5:8] = [None, True, 2.5]
print(a)
a[0:2] = ["x", "y"]  # objects in, plain values out
print(a)
a[0:2] = [1, 2]  # plain values in, objects out
print(a)
a[1:3] = (7, 8)  # a tuple: the general path
print(a)
a[6:] = [0, 0]
print(a)
a[7:7] = []
print(a, len(a))
a[-3:-1] = [5, 6]
print(a)
a[10:12] = [1, 2]  # past the end: appended, not the same length
print(a)

b = [Noisy("old1"), Noisy("old2"), 3]
b[0:2] = [4, 5]
print(b, Noisy.log)
b[1:3] = [Noisy("new1"), Noisy("new2")]
print(b, Noisy.log)
b[1:3] = [6, 7]
print(b, Noisy.log)


class MyList(list):
    pass


c = [1, 2, 3]
c[0:2] = MyList([8, 9])
print(c)


def shrinking():
    class Shrinker:
        def __del__(self):
            d.clear()

    d = [Shrinker(), 1, 2]
    d[0:2] = [5, 6]
    print(d)


shrinking()

p = list(range(6))
flips = 0
k = p[0]
q = [3, 1, 4, 0, 5, 2]
while q[0]:
    k = q[0]
    q[:k + 1] = q[k::-1]
    flips += 1
print(q, flips)
