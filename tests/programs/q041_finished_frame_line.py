# A finished frame's object answers f_lineno, f_locals and f_back from what it
# kept; its line is computed when asked, from the instruction it stopped at.
import sys
def inner():
    x = 1
    raise ValueError(x)
def outer():
    y = 2
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, sorted(f.f_locals.items()) if f.f_code.co_name != "<module>" else "", f.f_back.f_code.co_name if f.f_back else None)
        tb = tb.tb_next
def grab():
    return sys._getframe()
fr = grab()
print(fr.f_lineno, fr.f_code.co_name, fr.f_locals)
def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)
def not_started():
    return sys._getframe(0)
f0 = not_started()
print(f0.f_lineno)
