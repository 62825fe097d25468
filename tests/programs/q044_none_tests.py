# `x is None` and `x is not None` as conditions: the optimizer fuses the test
# and its jump into POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE. Results, `is`
# never calling __eq__, loops on them, and the line events a tracer sees.
import sys


class NeverEqual:
    def __eq__(self, other):
        raise RuntimeError("__eq__ must not run for `is`")

    __hash__ = object.__hash__


def classify(x):
    if x is None:
        return "none"
    if x is not None:
        return "some"
    return "unreachable"


def walk(node):
    values = []
    while node is not None:
        values.append(node[0])
        node = node[1]
    return values


def first_none(items):
    for i, item in enumerate(items):
        if item is None:
            return i
    return -1


def until_none(source):
    count = 0
    while (item := next(source)) is not None:
        count += item
    return count


def deleted_during_test():
    class Noisy:
        def __del__(self):
            print("  collected while tested")

    if Noisy() is not None:
        print("  the test saw an object")


print([classify(v) for v in (None, 0, False, "", NeverEqual(), [])])
print(walk((1, (2, (3, None)))), walk(None))
print(first_none([1, 2, None, 4]), first_none([]))
print(until_none(iter([1, 2, 3, None, 10])))
print([x for x in [None, 1, None, 2] if x is not None])
zero = 0
print(None if None is None else 1, zero if zero is not None else 1)
deleted_during_test()


def traced(x):
    if x is None:
        x = 0
    while x is not None:
        if x > 1:
            x = None
        else:
            x += 1
    return x


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
traced(None)
sys.settrace(None)
print(events)
