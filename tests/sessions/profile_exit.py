# The report is printed also when the program ends by sys.exit or an
# uncaught exception; calls still running at that point end there.
import sys


def check(value):
    if value > 1:
        sys.exit("too big: " + str(value))
    return value


for i in range(3):
    check(i)
