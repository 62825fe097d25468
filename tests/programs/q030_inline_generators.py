import sys
def g(n):
    for i in range(n):
        yield i
    return "done"
def total():
    s = 0
    for k in range(100):
        for x in g(5):
            s += x
    return s
print(total())
def bad():
    yield 1
    raise StopIteration("leak")
def use_bad():
    out = []
    try:
        for x in bad():
            out.append(x)
    except RuntimeError as e:
        out.append((str(e), type(e.__cause__).__name__))
    return out
for i in range(60): r = use_bad()
print(r)
def raiser():
    yield 1
    1/0
import traceback
def use_raiser():
    try:
        for x in raiser():
            pass
    except ZeroDivisionError:
        return traceback.format_exc().replace(__file__, "F").replace("q030_inline_generators.py", "F")
for i in range(60): tb = use_raiser()
print(tb)
def reentrant():
    gen = None
    def inner():
        yield next(gen_ref[0]) if False else 1
        try:
            next(gen_ref[0])
        except ValueError as e:
            yield str(e)
    gen_ref = [None]
    it = inner()
    gen_ref[0] = it
    return [x for x in it]
for i in range(60): r = reentrant()
print(r)
def frames():
    def gen():
        f = sys._getframe()
        yield f.f_back.f_code.co_name
        yield f.f_back is None
    out = []
    for i in range(60):
        out = [x for x in gen()]
    return out
print(frames())
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
def rec():
    return sum(x for x in deep(50))
print(rec())
def recursion_limit():
    def r(n):
        yield n
        for x in r(n + 1):
            yield x
    try:
        for x in r(0):
            pass
    except RecursionError as e:
        return "RecursionError", x > 100
print(recursion_limit())
def close_in_loop():
    log = []
    def gen():
        try:
            yield 1
            yield 2
        finally:
            log.append("closed")
    for i in range(60):
        for x in gen():
            break
    return log[-1], len(log)
print(close_in_loop())
def gi_running():
    def gen():
        yield g.gi_running
    for i in range(60):
        g = gen()
        r = [x for x in g]
    return r
print(gi_running())
def exc_state():
    def gen():
        try:
            raise KeyError("k")
        except KeyError:
            yield sys.exc_info()[0].__name__
            yield sys.exc_info()[0].__name__
    out = []
    for i in range(60):
        out = []
        for x in gen():
            out.append((x, sys.exc_info()[0]))
    return out
print(exc_state())
def inner():
    got = yield 1
    got2 = yield got * 10
    return got2 + 100
def outer():
    r = yield from inner()
    yield ("returned", r)
def drive():
    out = []
    for i in range(60):
        g = outer()
        out = [next(g), g.send(2), g.send(3)]
    return out
print(drive())
def throw_into():
    log = []
    def sub():
        try:
            yield "a"
            yield "b"
        except KeyError as e:
            log.append("sub caught " + str(e))
            yield "recovered"
        finally:
            log.append("sub finally")
    def top():
        yield from sub()
        yield "after"
    for i in range(60):
        log = []
        g = top()
        a = next(g)
        b = g.throw(KeyError("x"))
        c = next(g)
        g.close()
    return a, b, c, log
print(throw_into())
def executing():
    def sub():
        yield 1
        yield from me
    def top():
        yield from sub()
    me = top()
    try:
        for x in me:
            pass
    except ValueError as e:
        return str(e)
print(executing())
def send_to_new():
    def sub():
        yield 1
    def top():
        x = yield from sub()
        return x
    res = []
    for i in range(60):
        res = list(top())
    return res
print(send_to_new())
def stop_leak():
    def sub():
        yield 1
        raise StopIteration("x")
    def top():
        try:
            yield from sub()
        except RuntimeError as e:
            yield repr(e)
    for i in range(60):
        r = list(top())
    return r
print(stop_leak())
def deep_tb():
    def a():
        yield 1
        {}["missing"]
    def b():
        yield from a()
    def c():
        yield from b()
    for i in range(60):
        try:
            list(c())
        except KeyError:
            tb = traceback.format_exc()
    return tb.replace(__file__, "F").replace("q030_inline_generators.py", "F")
print(deep_tb())
