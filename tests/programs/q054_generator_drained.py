# list(), tuple(), sorted(), str.join and list.extend take a generator's items
# in one run of its frame: the items, their order, the values the yields
# evaluate to, re-entry, errors, tracebacks and trace events stay CPython's.
import sys
import traceback


def numbers(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("sent", got)
    return "done"


print(list(numbers(5)), tuple(numbers(3)), sorted(numbers(4), reverse=True))
print("-".join(str(i) for i in numbers(6)))
print(list(x * x for x in range(5) if x % 2), list(numbers(0)))


def delegating():
    result = yield from numbers(3)
    print("delegate returned", result)
    yield "end"


print(list(delegating()))

# extend() appends each item as it comes: the generator sees the list grow.
items = [1, 2]
items.extend(len(items) for _ in range(3))
print(items)


def reentrant():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    print("running:", me.gi_running)
    yield 2


me = reentrant()
print(list(me), me.gi_running)


def failing():
    yield "a"
    yield "b"
    raise KeyError("bad")


try:
    list(failing())
except KeyError:
    print(traceback.format_exc().replace(__file__, "F").replace("q054_generator_drained.py", "F"), end="")

gen = failing()
try:
    "".join(gen)
except KeyError as e:
    print("join:", repr(e), list(gen))

try:
    "".join(numbers(3))
except TypeError as e:
    print("TypeError:", e)


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


print(list(closing()))
g = closing()
print(next(g), list(g))


def caller_of_frame():
    yield sys._getframe().f_back.f_code.co_name


def outer():
    return list(caller_of_frame())


print(outer())

# Traced: each yield returns from the generator's frame and each resumption calls it.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("numbers", "starts_tracing"):
        events.append((event, arg if event == "return" else None))
    return tracer


sys.settrace(tracer)
traced = list(numbers(2))
sys.settrace(None)
print(traced, events)


def starts_tracing():
    yield 1
    sys.settrace(tracer)
    yield 2
    yield 3


events.clear()
print(list(starts_tracing()))
sys.settrace(None)
print(events)
