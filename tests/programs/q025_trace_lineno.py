# quickening: line events of a tracer installed after sites specialized
# (fused compare-and-jump, superinstructions), and the caller's f_lineno
# seen from callees reached through specialized calls, properties, methods
import sys

def work(n):
    i = 0; total = 0
    while i < n:
        a = i; b = a
        if a == b:
            total += a
        if 0.5 < 1.5:
            total += 1
        i += 1
    return total

for k in range(100):
    work(5)
events = []
def tracer(frame, event, arg):
    if frame.f_code is work.__code__:
        events.append((event, frame.f_lineno - work.__code__.co_firstlineno))
    return tracer
sys.settrace(tracer)
r = work(3)
sys.settrace(None)
print(r, events)
for k in range(100):
    work(2)
print(work(4))

def caller_line():
    f = sys._getframe(1)
    return f.f_lineno - f.f_code.co_firstlineno

class P:
    def __init__(self):
        self.plain = 0
    @property
    def prop(self):
        return caller_line()
    def meth(self, x):
        return caller_line()

def sites(p, x):
    a = caller_line()
    b = p.prop
    c = p.meth(
        x)
    d = (x +
         p.prop)
    e = [p.meth(1) for _ in range(2)]
    return a, b, c, d, e

p = P()
for k in range(150):
    r = sites(p, k)
print(r)
print(sites(p, 1000))

# f_lineno inside a loop that specialized
def loop_lines():
    seen = []
    for i in range(60):
        if i < 30:
            seen.append(sys._getframe().f_lineno)
        else:
            seen.append(sys._getframe().f_lineno)
    return sorted(set(x - loop_lines.__code__.co_firstlineno for x in seen))
print(loop_lines(), loop_lines())
