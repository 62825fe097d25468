# sys._getframe([depth]): depth 0 is the running frame, 1 its caller, and so
# on up to the module frame, whose f_back is None. A frame's f_lineno is the
# line it is running now (for a caller, the line of the call in progress) and
# changes as it runs. f_code is the function's __code__; f_globals is the
# module's globals(); f_builtins holds the builtins. f_locals holds the
# arguments, locals, cell and free variables that are bound (unbound ones are
# left out) and at module level is globals() itself. Too large a depth is a
# ValueError. Outside tracing, f_trace is None and f_trace_lines True.
import builtins
import sys


def innermost():
    here = sys._getframe()
    caller = sys._getframe(1)
    grand = sys._getframe(2)
    return [(f.f_code.co_name, f.f_lineno) for f in (here, caller, grand)]


def middle():
    return innermost()


def chain_names():
    names = []
    frame = sys._getframe(0)
    while frame is not None:
        names.append(frame.f_code.co_name)
        last = frame
        frame = frame.f_back
    return names, last.f_back


def moving_line():
    frame = sys._getframe()
    first = frame.f_lineno
    second = frame.f_lineno
    return second - first


def with_cells(a, b=5, *rest, key='k'):
    total = a + b
    not_yet = None
    del not_yet
    captured = 'cell'
    later = 1

    def inner():
        return captured
    return sorted(sys._getframe().f_locals.items()), inner


def outer_of_free():
    free_value = 'free'

    def uses_free(x):
        result = free_value + str(x)
        return sorted(sys._getframe().f_locals)
    return uses_free(3)


print(middle())
print(chain_names())
print(moving_line())
pairs, inner = with_cells(1, 2, 3, 4, key='q')
print([name for name, value in pairs])
print([value for name, value in pairs if not callable(value)])
print(outer_of_free())
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_lineno, frame.f_back)
print(frame.f_code is sys._getframe().f_code)
print(sys._getframe().f_globals is globals(), sys._getframe().f_locals is globals())
print(sys._getframe().f_builtins['len'] is len, sys._getframe().f_builtins is builtins.__dict__)


def code_of_running():
    return sys._getframe().f_code is code_of_running.__code__


print(code_of_running())
print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
for depth in (1, 50):
    try:
        sys._getframe(depth)
    except ValueError as error:
        print('ValueError:', error)
