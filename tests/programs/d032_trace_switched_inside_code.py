# Turning tracing on and off from inside running code. sys.settrace(None) in
# a traced function stops all events at once (not even that function's
# 'return' arrives). sys.settrace(tracer) inside a function only affects frames
# entered afterwards: the function itself has no f_trace, so neither its
# remaining lines nor its 'return' are reported, while its caller's frame,
# entered before, gets nothing either. Setting frame.f_trace by hand on a
# running frame (as pdb does) together with settrace gives that frame 'line'
# and 'return' events from the next line on. sys.gettrace() returns the
# global trace function.
import sys

events = []


def tracer(frame, event, arg):
    record = [event, frame.f_code.co_name, frame.f_lineno]
    if event == 'return':
        record.append(arg)
    events.append(tuple(record))
    return tracer


def helper(x):
    return x + 1


def stops_tracing():
    a = helper(1)
    sys.settrace(None)
    b = helper(2)
    return a + b


def starts_tracing():
    a = helper(10)
    sys.settrace(tracer)
    events.append(('gettrace inside', sys.gettrace() is tracer))
    b = helper(20)
    return a + b


def caller_of_starter():
    value = starts_tracing()
    value += helper(0)
    return value


def traces_itself():
    frame = sys._getframe()
    frame.f_trace = tracer
    sys.settrace(tracer)
    first = helper(100)
    return first


sys.settrace(tracer)
results = [stops_tracing()]
events.append(('gettrace after stop', sys.gettrace()))
results.append(caller_of_starter())
sys.settrace(None)
events.append('---')
results.append(traces_itself())
sys.settrace(None)

for record in events:
    print(*record) if isinstance(record, tuple) else print(record)
print(results)
