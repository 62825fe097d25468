# While loops whose test the optimizer copies to the bottom of the body
# (loop inversion): results, while-else, break and continue, a test that
# raises on a later iteration (its traceback line), and the line events a
# tracer sees, which must be CPython's.
import sys


def countdown(n):
    steps = []
    while n > 0:
        steps.append(n)
        n -= 1
    return steps


def with_else(items):
    i = 0
    while i < len(items):
        if items[i] < 0:
            break
        i += 1
    else:
        return "all non-negative"
    return f"negative at {i}"


def with_continue(n):
    odd = 0
    while n:
        n -= 1
        if n % 2 == 0:
            continue
        odd += 1
    return odd


def test_raises(values):
    i = 0
    while values[i] is not None:
        i += 1
    return i


def nested(n):
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            total += j
            j += 1
        i += 1
    return total


def in_try(n):
    caught = 0
    while n > 0:
        try:
            if n % 3 == 0:
                raise ValueError(n)
        except ValueError:
            caught += 1
        n -= 1
    return caught


print(countdown(4), countdown(0))
print(with_else([1, 2, 3]), with_else([1, -2, 3]), with_else([]))
print(with_continue(10))
print(nested(6), in_try(10))
try:
    test_raises([1, 2, 3])
except IndexError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("IndexError", e, "at line", tb.tb_lineno - test_raises.__code__.co_firstlineno)

events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("countdown", "with_else", "with_continue", "nested"):
        first = frame.f_code.co_firstlineno
        events.append(f"{name[:4]}:{event[0]}{frame.f_lineno - first}")
    return tracer


sys.settrace(tracer)
countdown(2)
with_else([1, -1])
with_else([5])
with_continue(3)
nested(3)
sys.settrace(None)
for start in range(0, len(events), 16):
    print(" ".join(events[start:start + 16]))
