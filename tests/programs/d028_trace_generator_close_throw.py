# sys.settrace with generator.throw() and generator.close(): the resume is a
# 'call' at the suspended yield's line, then an 'exception' event there for the
# thrown exception (GeneratorExit for close); a handler inside the generator
# continues with 'line' events (a finally block too); an unhandled one ends the
# frame with a 'return' of None. In CPython 3.11 closing or throwing into a
# generator that never started still runs its frame: 'call', 'exception' and
# 'return' None, all at the def line, with no 'line' event.
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


def resilient():
    while True:
        try:
            yield 'waiting'
        except ValueError as error:
            yield 'handled ' + str(error)


def cleanup():
    try:
        yield 1
    finally:
        done = True


def run():
    values = []
    worker = resilient()
    values.append(next(worker))
    values.append(worker.throw(ValueError('bad')))
    worker.close()
    closing = cleanup()
    values.append(next(closing))
    closing.close()
    unstarted = cleanup()
    unstarted.close()
    try:
        cleanup().throw(KeyError('never started'))
    except KeyError as error:
        values.append('KeyError ' + str(error))
    return values


sys.settrace(tracer)
result = run()
sys.settrace(None)

for record in events:
    print(*record)
print(result)
