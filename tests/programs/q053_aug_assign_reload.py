# Augmented assignment to an item or attribute of a local: the order of
# __getitem__/__getattr__, the value, and the store; `:=` in the value;
# tracebacks of failing loads and stores (carets under the target).
import traceback


def run(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "F").replace("q053_aug_assign_reload.py", "F"), end="")


def store_tuple():
    t = (1, 2)
    t[0] += 1


def store_tuple_global():
    T[0] += 1


def attr_missing():
    o = object()
    o.x += 1


def attr_readonly():
    n = NoSet()
    del n.x


class NoSet:
    x = 1
    __slots__ = ()


def attr_store_fails():
    n = NoSet()
    n.x += 1


def slice_store():
    t = (1, 2, 3)
    t[0:2] += (5,)


def walrus_index():
    lst = [1, 2]
    i = 0
    lst[i] += (i := 5)


T = (1,)
for f in [store_tuple, store_tuple_global, attr_missing, attr_readonly, attr_store_fails, slice_store, walrus_index]:
    run(f)


class Loud:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __getattr__(self, name):
        print("getattr", name)
        return 10
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


def show(x):
    print("value", x)
    return x


def f():
    obj = Loud()
    key = "k"
    obj[key] += show(5)
    obj["k"] *= show(2)
    obj.count += show(1)
    obj.count += show(1)
    i = 0
    lst = [1, 2, 3]
    lst[i] += (i := 2)
    print(lst, i)
    lst[i] -= len(lst) * 2
    print(lst)
    n = [0.5, 1.5]
    n[1] **= 2
    print(n)
    return obj.data


print(f())


def errors():
    t = (1, 2)
    d = {}
    try:
        d["missing"] += 1
    except KeyError as e:
        print("KeyError", e)
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e)
    o = object()
    try:
        o.x += 1
    except AttributeError as e:
        print("AttributeError", e)


errors()


