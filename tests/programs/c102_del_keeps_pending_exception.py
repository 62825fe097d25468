# A __del__ that runs while an exception propagates (here: a `del` in a
# finally block) leaves that exception alone, even when it raises and
# catches one of its own; and it sees the exception being handled.
import sys

class C:
    def __del__(self):
        print("del runs")
        try:
            raise KeyError("inner")
        except KeyError:
            pass

def g():
    c = C()
    try:
        raise TypeError("t")
    finally:
        del c

try:
    g()
except TypeError as e:
    print("caught", repr(e))

class D:
    def __del__(self):
        print("exc_info in del:", sys.exc_info()[0].__name__)

try:
    raise IndexError
except IndexError:
    d = D()
    del d
    print("still", sys.exc_info()[0].__name__)

# A __del__ that raises while another exception is in flight: the error is
# reported and the original exception goes on.
class Bad:
    def __del__(self):
        raise RuntimeError("from __del__")

def h():
    b = Bad()
    try:
        raise ValueError("original")
    finally:
        del b

try:
    h()
except ValueError as e:
    print("caught", repr(e))

# next() on an exhausted iterator, with a finalizer running in between.
it = iter([])
try:
    x = C()
    del x
    next(it)
except StopIteration:
    print("StopIteration survived")
