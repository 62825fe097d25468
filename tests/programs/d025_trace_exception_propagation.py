# sys.settrace when an exception passes through several frames: each frame it
# leaves gets an 'exception' event (at the line of its call) followed by a
# 'return' event whose arg is None; the frame that catches it gets only the
# 'exception' event and continues with 'line' events. 'raise ... from' in a
# handler gives a further 'exception' event; a bare 'raise' re-raising the
# handled exception gives none (its frame just returns None).
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


def level3():
    raise ValueError('deep')


def level2():
    level3()
    return 'unreached'


def level1():
    value = level2()
    return value


def catcher():
    try:
        level1()
    except ValueError as error:
        return 'caught ' + str(error)


def chained():
    try:
        {}['missing']
    except KeyError as error:
        raise RuntimeError('wrapped') from error


def reraise():
    try:
        chained()
    except RuntimeError:
        raise


sys.settrace(tracer)
first = catcher()
try:
    reraise()
except RuntimeError as error:
    second = (type(error.__cause__).__name__, error.__cause__.args, error.__suppress_context__)
sys.settrace(None)

for record in events:
    print(*record)
print(first)
print(second)
