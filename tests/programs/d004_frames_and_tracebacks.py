# Frame objects: sys._getframe and f_back, f_code, f_lineno, f_locals,
# f_globals, f_builtins; tracebacks lead to the same frame objects.
import sys


def where():
    frame = sys._getframe(1)
    return frame.f_code.co_name, frame.f_lineno


def chain():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def locals_of(a, b=2):
    c = a + b
    def inner():
        return c
    return sys._getframe().f_locals


def outer():
    return chain()


print(where())
print(outer())
print(sorted(locals_of(1).items(), key=lambda kv: kv[0])[:3])
print(sys._getframe().f_globals is globals())
print(sys._getframe().f_locals is globals())
print(sys._getframe().f_builtins['len'] is len)
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)

saved = {}


def fails():
    saved['frame'] = sys._getframe()
    secret = 42
    raise KeyError('k')


try:
    fails()
except KeyError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(entries)
    print(last.tb_frame is saved['frame'])
    print(last.tb_frame.f_locals['secret'])
    print(last.tb_frame.f_back.f_code.co_name)

code = locals_of.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_cellvars, code.co_firstlineno)
print(type(sys._getframe()).__name__)
