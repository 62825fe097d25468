# sys.settrace on the less plain kinds of code: a decorated function (its call
# event reports co_firstlineno, the decorator's line, before the first 'line'
# event of its body), a lambda, a class body (a 'call' of the class's own code,
# whose first 'line' is the class statement's line) and a list comprehension,
# which CPython 3.11 runs as its own '<listcomp>' frame.
import sys

events = []


def tracer(frame, event, arg):
    record = [event, frame.f_code.co_name, frame.f_lineno]
    if event == 'return':
        record.append(arg)
    events.append(tuple(record))
    return tracer


def shout(function):
    def wrapper(*args):
        return function(*args).upper()
    return wrapper


@shout
def hello(name):
    return 'hello ' + name


square = lambda n: n * n


def squares(limit):
    values = [square(i) for i in range(limit)]
    return values


def make_class():
    class Point:
        x = 1
        y = 2

        def norm(self):
            return self.x + self.y
    return Point().norm()


sys.settrace(tracer)
results = [hello('ann'), squares(2), make_class()]
sys.settrace(None)

for record in events:
    print(*record)
print(results)
decorated = hello.__closure__[0].cell_contents.__code__
print('firstlineno', decorated.co_name, decorated.co_firstlineno)
print('firstlineno', square.__code__.co_name, square.__code__.co_firstlineno)
