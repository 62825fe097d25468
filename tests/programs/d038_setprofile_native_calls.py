# setprofile around calls to built-ins: plain functions, methods of built-in
# types (reported bound), calls through *args, a failing built-in
# (c_exception), and a Python function called by a built-in.
import sys

events = []


def profiler(frame, event, arg):
    if event.startswith('c_'):
        events.append((event, getattr(arg, '__name__', '?'), frame.f_code.co_name, frame.f_lineno))
    else:
        events.append((event, frame.f_code.co_name, frame.f_lineno))


def key(x):
    return -x


def work():
    items = [3, 1, 2]
    items.append(4)
    n = len(items)
    list.append(items, 5)
    args = (items,)
    m = max(*args)
    ordered = sorted(items, key=key)
    try:
        int('nope')
    except ValueError:
        pass
    text = ','.join(str(i) for i in ordered)
    return n, m, text


sys.setprofile(profiler)
result = work()
sys.setprofile(None)
print(result)
for e in events:
    print(*e)
