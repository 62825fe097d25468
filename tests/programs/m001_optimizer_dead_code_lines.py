# Dead code, constant branches and jump threading keep line events and
# traceback lines as CPython's.
import sys

def f(n):
    if 0:
        print("never")
    if False:
        n = -1
    while True:
        n += 1
        if n == 2:
            continue
        if n > 3:
            break
        pass
    while 1:
        return n
    print("after")

def g(a, b, c):
    x = (a and b) or c
    for i in range(3):
        if i: continue
        x += i
    return x

def h(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        pass
    raise ValueError("late")
    return 0

def k(a, items):
    while a:
        if a > 1:
            a -= 2
        else:
            a -= 1
    for i in items:
        if i:
            a += i
    return a

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("f", "g", "h", "k"):
        events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer

sys.settrace(tracer)
f(0)
g(0, 1, 2)
g(1, 1, 2)
k(5, [0, 1, 0, 2])
try:
    h(0)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    events.append(("traceback", tb.tb_lineno))
sys.settrace(None)
for event in events:
    print(event)
