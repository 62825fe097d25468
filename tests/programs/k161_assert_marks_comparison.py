# A failing assert's traceback marks the comparison its condition tested
# last (through not, and/or, if-else), as CPython 3.11 does; any other
# condition leaves the whole statement unmarked.
import sys


def check(function, *args):
    try:
        function(*args)
    except AssertionError as e:
        sys.excepthook(type(e), e, e.__traceback__.tb_next)


def compare(a):
    assert a == 4, 'with a message'


def chained(a, b, c):
    assert a < b < c


def negated(a):
    assert not a == 1


def conjunction(a, b):
    assert (a == 1) and b


def conditional(a, b, c):
    assert (a if b == 1 else c)


def identity(a):
    assert a is None


def plain_name(a):
    assert a


def call(a):
    assert bool(a == 1)


def spaced(a):
    assert   a   ==   [1,
                       2], f"{a}"


check(compare, 3)
check(chained, 1, 3, 2)
check(negated, 1)
check(conjunction, 1, 0)
check(conditional, 0, 1, 1)
check(identity, 0)
check(plain_name, 0)
check(call, [])
check(spaced, 0)
