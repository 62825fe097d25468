# sys.settrace and generators: the first next() is a 'call' at the def line;
# every later resume (next, send, a for loop's step) is again a 'call', reported
# at the line of the yield it resumes from, followed by a 'line' event for
# whatever runs next; every yield is a 'return' whose arg is the yielded
# value; running off the end is a 'return' with None; 'yield from' resumes the
# inner generator through the outer one (a 'call' of each, no 'line' in the
# outer one). A generator finishing inside send() returns None, and the
# StopIteration is an 'exception' event in the caller's frame only; the
# StopIteration that ends a for loop is no event at all.
import sys

events = []


def tracer(frame, event, arg):
    record = [event, frame.f_code.co_name, frame.f_lineno]
    if event == 'return':
        record.append(arg)
    elif event == 'exception':
        record += [arg[0].__name__, repr(str(arg[1]))]
    events.append(tuple(record))
    return tracer


def counter(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def echo():
    received = yield 'ready'
    while received is not None:
        received = yield received * 2


def delegate():
    yield 'before'
    result = yield from counter(2)
    yield 'got', result


def run():
    values = []
    for item in counter(2):
        values.append(item)
    talker = echo()
    values.append(next(talker))
    values.append(talker.send(5))
    try:
        talker.send(None)
    except StopIteration:
        values.append('stopped')
    values.append(list(delegate()))
    return values


sys.settrace(tracer)
result = run()
sys.settrace(None)

for record in events:
    print(*record)
print(result)
