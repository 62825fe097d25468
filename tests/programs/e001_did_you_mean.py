# "Did you mean": CPython 3.11's suggestion after an uncaught NameError or
# AttributeError. sys.excepthook prints each exception as if uncaught; the
# last one is.
import math
import sys


def show(action):
    try:
        action()
    except Exception as error:
        sys.excepthook(type(error), error, error.__traceback__)


class Point:
    dimensions = 2

    def __init__(self):
        self.horizontal = 1
        self.Vertical = 2

    def length(self):
        return 0


point = Point()
counter = 0

show(lambda: point.horizontl)        # a letter missing
show(lambda: point.vertical)         # only the case differs
show(lambda: point.lenght)           # two letters swapped
show(lambda: point.dimension)        # a class attribute
show(lambda: point.xyz)              # nothing close enough
show(lambda: math.sqr(4))            # a module's attribute
show(lambda: "text".uper())          # a built-in type's method
show(lambda: getattr(point, "horizonal"))
show(lambda: countr + 1)             # a global
show(lambda: lenn([]))               # a builtin


def uses_a_local():
    total_sum = 3
    return total_summ


show(uses_a_local)


# The exception records what the lookup was given.
try:
    point.horizontl
except AttributeError as error:
    print(error.name, type(error.obj).__name__)
try:
    raise AttributeError("by hand")
except AttributeError as error:
    print(error.name, error.obj)
print(sys.excepthook is sys.__excepthook__)

prnt("the end")
