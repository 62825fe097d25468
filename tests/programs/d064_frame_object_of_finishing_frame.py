# A frame object outlives its frame, even one made while the frame is being
# cleared: a finalizer run by releasing the frame's variables asks for its
# own caller's frame object. (CPython 3.11 reads freed memory through that
# object, so only its type is printed.)
import sys

saved = []


class Finalized:
    def __del__(self):
        saved.append(sys._getframe().f_back)


def releases_on_return():
    kept = Finalized()
    return 1


releases_on_return()
print(type(saved[0]).__name__)


def generator_releasing_on_close():
    kept = Finalized()
    yield 1


g = generator_releasing_on_close()
next(g)
g.close()
print(len(saved), type(saved[1]).__name__)


# A finished frame reports the line it returned from.
def returns_own_frame():
    frame = sys._getframe()
    unused = 1
    return frame


print(returns_own_frame().f_lineno)
