# sys.setprofile: 'call' and 'return' for Python functions (no 'line'
# events, and the profile function's return value is ignored) plus 'c_call',
# 'c_return' and 'c_exception' around calls of builtin functions and methods,
# whose arg is the builtin itself. In CPython 3.11 sys.setprofile(profiler)
# produces no event of its own (profiling starts after it returns) while the
# last event is the 'c_call' of sys.setprofile(None). Calling a type (int,
# a class) is not a 'c_call'; calling a method through its class
# (str.upper('ok')) is one. A generator's resume and its yields are 'call'
# and 'return' too. An exception leaving a Python function gives its 'return'
# with None; one raised by a builtin gives 'c_exception' instead of 'c_return'.
# Unlike settrace, profiling started inside a function reports that
# function's own 'return' (there is no per-frame profile function).
import sys

events = []


def describe(arg):
    name = getattr(arg, '__name__', None)
    return name if name is not None else repr(arg)


def profiler(frame, event, arg):
    # How many pieces print() writes is not what this test is about.
    if frame.f_code is Buffer.write.__code__:
        return
    if event.startswith('c_'):
        events.append((event, frame.f_code.co_name, describe(arg)))
    elif event == 'return':
        events.append((event, frame.f_code.co_name, arg))
    else:
        events.append((event, frame.f_code.co_name))
    return 'ignored'


def by_length(word):
    return len(word)


def work(words):
    collected = []
    collected.append(len(words))
    ordered = sorted(words, key=by_length)
    collected.append(ordered)
    print('inside', file=Buffer())
    collected.append(int('12'))
    collected.append(str.upper('ok'))
    try:
        len(5)
    except TypeError:
        collected.append('TypeError')
    return collected


def numbers():
    yield 1
    yield 2


def fails():
    raise KeyError('k')


class Buffer:
    lines = []

    def write(self, text):
        Buffer.lines.append(text)


sys.setprofile(profiler)
result = work(['ccc', 'a', 'bb'])
total = sum(numbers())
try:
    fails()
except KeyError:
    pass
inside = sys.getprofile() is profiler
sys.setprofile(None)


def starts_profiling():
    sys.setprofile(profiler)
    return 'started'


events.append('---')
starts_profiling()
sys.setprofile(None)

for record in events:
    print(*record) if isinstance(record, tuple) else print(record)
print(result, total, inside, sys.getprofile())
print(repr(''.join(Buffer.lines)))
