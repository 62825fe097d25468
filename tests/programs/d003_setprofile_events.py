# sys.setprofile: call/return for Python functions and c_call/c_return/
# c_exception for built-in functions and methods, and the c_call of the
# final setprofile(None).
import sys

events = []


def profiler(frame, event, arg):
    name = getattr(arg, '__name__', None) if event.startswith('c_') else None
    events.append((event, frame.f_code.co_name, name))


def work(items):
    items.append(len(items))
    try:
        len(5)
    except TypeError:
        pass
    return sorted(items, key=abs)


sys.setprofile(profiler)
work([3, -1])
sys.setprofile(None)
for event in events:
    print(*event)
print(sys.getprofile())
