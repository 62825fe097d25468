# `pass` has a line of its own: a tracer sees it, as in CPython 3.11.
import sys
ev = []
def tr(frame, event, arg):
    ev.append((event, frame.f_lineno))
    return tr
def f(x):
    try:
        x = 1 / x
    except ZeroDivisionError:
        pass
    for i in range(2):
        pass
    if x:
        pass
    else:
        pass
    return x
sys.settrace(tr)
f(0); f(1)
sys.settrace(None)
print(ev)
