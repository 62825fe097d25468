# sys.settrace: 'call', 'line' and 'return' events for plain functions, nested
# calls, recursion, default arguments and a one-line function. The module frame
# itself is not traced (it was entered before settrace), only the calls it makes.
# An implicit 'return None' reports the line of the last statement executed.
import sys

events = []


def tracer(frame, event, arg):
    record = [event, frame.f_code.co_name, frame.f_lineno]
    if event == 'return':
        record.append(arg)
    events.append(tuple(record))
    return tracer


def add(a, b):
    total = a + b
    return total


def outer(x):
    y = add(x, 1)
    return add(y, 10)


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def greet(name, greeting='hello'):
    return greeting + ' ' + name


def one_liner(v): return v * 2


def no_return():
    value = 5


sys.settrace(tracer)
results = [outer(1), factorial(3), greet('bob'), greet('ann', 'hi'), one_liner(21), no_return()]
sys.settrace(None)

for record in events:
    print(*record)
print(results)
print(sys.gettrace())
