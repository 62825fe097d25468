# A local's finalizer that runs when its frame ends (return, exception,
# generator end, __init__) sees the frame's caller as its own caller, as in
# CPython 3.11: the frame is unlinked before its variables are released.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        caller = sys._getframe(1)
        print("del", self.name, "called from", caller.f_code.co_name,
              sorted(k for k in caller.f_locals if not k.startswith("__") and len(k) < 8))


def work():
    a = Noisy("a")
    n = 5
    b = Noisy("b")
    return n


def outer():
    x = 1
    r = work()
    print("work returned", r)
    return r


outer()


def fails():
    d = Noisy("d")
    raise ValueError("boom")


def catcher():
    y = 2
    try:
        fails()
    except ValueError as e:
        print("caught", e)


catcher()


def gen():
    c = Noisy("c")
    yield 1


def loop():
    z = 3
    for v in gen():
        print("got", v)


loop()
print(list(gen()))


class Holder:
    def __init__(self):
        tmp = Noisy("tmp")
        self.kept = 1


def make():
    w = 4
    return Holder().kept


print(make())


saved = []


def with_frame_object():
    saved.append(sys._getframe())
    e = Noisy("e")
    return "with_frame_object returned"


def caller_of_frame_object():
    q = 6
    print(with_frame_object())
    saved.clear()
    print("cleared")


caller_of_frame_object()
