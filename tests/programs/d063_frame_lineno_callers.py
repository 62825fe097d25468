# f_lineno of running frames: the line each caller is executing, seen from
# the function it called (through sys._getframe(depth) and f_back).
import sys


def caller_line(depth=1):
    return sys._getframe(depth + 1).f_lineno


def lines_of_stack():
    frame = sys._getframe(1)
    lines = []
    while frame is not None:
        lines.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return lines


def middle():
    first = caller_line()
    second = lines_of_stack()
    return first, second


print(caller_line(0))
print(middle())
print(max(caller_line(0),
          caller_line(0),
          0))
values = [caller_line(0) for _ in range(2)]
print(values)


def generator():
    yield caller_line()
    yield caller_line()
    yield sys._getframe(1).f_lineno


for value in generator():
    print('from generator', value)
g = generator()
print(next(g))
print(g.send(None))
print(next(g))
print(sys._getframe().f_lineno)


class Managed:
    def __enter__(self):
        return caller_line()

    def __exit__(self, *exc):
        print('exit sees', caller_line())


with Managed() as entered:
    print('enter saw', entered)


def deep(n):
    if n == 0:
        return [line for name, line in lines_of_stack() if name == 'deep']
    return deep(n - 1)


print(deep(3))
print(sorted(d.f_lineno for d in [sys._getframe()]))
