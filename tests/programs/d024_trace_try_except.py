# sys.settrace through try/except/else/finally: an 'exception' event (arg is
# the (type, value, traceback) triple) at the raising line, then 'line' events
# in the handler; the else branch when nothing is raised ('else:' and
# 'finally:' lines themselves never report); finally on both paths; an
# exception caught in the same function ends with a normal 'return'.
import sys

events = []


def tracer(frame, event, arg):
    record = [event, frame.f_code.co_name, frame.f_lineno]
    if event == 'return':
        record.append(arg)
    elif event == 'exception':
        kind, value, traceback = arg
        record += [kind.__name__, str(value), type(traceback).__name__]
    events.append(tuple(record))
    return tracer


def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as error:
        result = 'failed'
    else:
        result = result * 2
    finally:
        note = 'done'
    return result


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return None


def conversion(text):
    try:
        number = int(text)
    except (TypeError, ValueError):
        number = -1
    return number


sys.settrace(tracer)
results = [divide(6, 3), divide(1, 0), lookup({'a': 1}, 'b'), conversion('x1')]
sys.settrace(None)

for record in events:
    print(*record)
print(results)
