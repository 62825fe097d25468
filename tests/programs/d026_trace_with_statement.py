# sys.settrace through a 'with' statement: __enter__ and __exit__ of a context
# manager class are traced calls. When the body completes, the 'with' line
# reports a second 'line' event, then __exit__ runs with (None, None, None).
# An exception in the body gives an 'exception' event, then again a 'line'
# event for the 'with' line; __exit__ receives the exception and, returning
# True, suppresses it, so the function carries on after the block.
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


class Manager:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return 'resource'

    def __exit__(self, kind, value, traceback):
        self.seen = kind.__name__ if kind else None
        return self.suppress


def use_normally():
    with Manager(False) as resource:
        got = resource
    return got


def use_and_fail():
    manager = Manager(True)
    with manager:
        raise KeyError('inside')
    return manager.seen


sys.settrace(tracer)
results = [use_normally(), use_and_fail()]
sys.settrace(None)

for record in events:
    print(*record)
print(results)
