# sys.settrace: exception events in each frame an exception passes, the
# return event (arg None) of a frame it leaves, handlers, local trace
# functions, and a trace function that raises (tracing stops).
import sys

events = []


def tracer(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    elif event != 'return':
        arg = None
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer


def inner():
    raise ValueError('bad')


def middle():
    inner()


def outer():
    try:
        middle()
    except ValueError as e:
        return 'caught ' + str(e)


sys.settrace(tracer)
outer()
sys.settrace(None)
for event in events:
    print(*event)


def call_only(frame, event, arg):
    events.append((event, frame.f_code.co_name))
    return None


def two_lines():
    a = 1
    return a + 1


events = []
sys.settrace(call_only)
two_lines()
sys.settrace(None)
print(events)


def failing(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer failed')
    return failing


sys.settrace(failing)
try:
    two_lines()
except RuntimeError as e:
    print('propagated:', e)
print('trace after failure:', sys.gettrace())
