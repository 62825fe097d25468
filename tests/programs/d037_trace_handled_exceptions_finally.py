# sys.settrace when a function handles its own exceptions: the 'exception'
# event at the raising line is followed by 'line' events in the handler (the
# 'except' line first). A 'return' inside 'finally' overrides both a pending
# return value and a pending exception: the frame gets an 'exception' event,
# runs the finally lines and ends with a normal 'return' of the finally's
# value; the caller sees no exception. A return in 'try' runs 'finally' first
# and the 'return' event carries the try's value.
import sys

events = []


def tracer(frame, event, arg):
    record = [event, frame.f_code.co_name, frame.f_lineno]
    if event == 'return':
        record.append(arg)
    elif event == 'exception':
        record += [arg[0].__name__, str(arg[1])]
    events.append(tuple(record))
    return tracer


def handled_in_loop():
    caught = []
    for value in (1, 0):
        try:
            caught.append(10 // value)
        except ZeroDivisionError:
            caught.append('zero')
    return caught


def finally_overrides_exception():
    try:
        raise ValueError('lost')
    finally:
        return 'from finally'


def finally_overrides_return():
    try:
        return 'from try'
    finally:
        return 'from finally'


def try_return_runs_finally():
    log = []
    try:
        return 'kept'
    finally:
        log.append('cleanup')


def nested_handlers():
    try:
        try:
            raise KeyError('inner')
        except KeyError:
            raise TypeError('outer')
    except TypeError as error:
        return str(error)


sys.settrace(tracer)
results = [handled_in_loop(), finally_overrides_exception(), finally_overrides_return(),
           try_return_runs_finally(), nested_handlers()]
sys.settrace(None)

for record in events:
    print(*record)
print(results)
