# The global trace function (sys.settrace) only receives 'call' events; what it
# returns becomes the frame's local trace function (frame.f_trace), which
# receives that frame's 'line', 'exception' and 'return' events. Returning
# None from 'call' leaves the frame untraced (no line/return events) while
# calls made from it are still offered to the global function. A local
# function's own return value replaces f_trace for the next events; returning
# None from a 'line' event keeps the current one.
import sys

events = []


def global_tracer(frame, event, arg):
    events.append(('global', event, frame.f_code.co_name, frame.f_lineno, frame.f_trace))
    if frame.f_code.co_name == 'quiet':
        return None
    if frame.f_code.co_name == 'switching':
        return first_local
    return plain_local


def plain_local(frame, event, arg):
    events.append(('plain', event, frame.f_code.co_name, frame.f_lineno))
    return plain_local


def first_local(frame, event, arg):
    events.append(('first', event, frame.f_code.co_name, frame.f_lineno,
                   frame.f_trace.__name__))
    if frame.f_lineno == 47:
        return second_local
    return None


def second_local(frame, event, arg):
    events.append(('second', event, frame.f_code.co_name, frame.f_lineno,
                   frame.f_trace.__name__))
    return second_local


def helper():
    return 'helped'


def switching():
    a = 1
    b = 2
    c = 3
    return a + b + c


def quiet():
    x = helper()
    y = 'quiet'
    return x + ' ' + y


sys.settrace(global_tracer)
results = [switching(), quiet()]
sys.settrace(None)

for record in events:
    print(*record)
print(results)
