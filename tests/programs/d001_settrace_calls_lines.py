# sys.settrace: call, line and return events with their line numbers, for
# plain calls, loops and a generator (each resumption is a new "call").
import sys

events = []


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else None))
    return tracer


def total_of(n):
    total = 0
    for i in range(n):
        total += i
    return total


def countdown(x):
    while x > 0:
        x -= 1
    return x


def caller():
    return total_of(2) + countdown(2)


def numbers():
    yield 1
    received = yield 2
    return received


sys.settrace(tracer)
caller()
for value in numbers():
    pass
sys.settrace(None)
for event in events:
    print(*event)
print(sys.gettrace())
