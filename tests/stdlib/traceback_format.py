# The traceback module: printing and formatting exceptions (carets under
# subscripts, binary operators and calls; chains; groups; notes;
# SyntaxErrors; suggestions; recursion), tracebacks and stacks, and the
# same exception left uncaught, for the VM's own printer to show on
# stderr, which must read the same.
import io
import os
import sys
import traceback


def clean(text):
    return text.replace(os.getcwd() + os.sep, '')


def show(title, text):
    print('==', title)
    print(clean(text), end='')


def subscript(d):
    return d['missing'] + 1


def binary(a, b):
    return a + b * 2


def divide(n):
    return 100 // n


def call_chain(n):
    if n == 0:
        return divide(0)
    return call_chain(n - 1)


def multi_line(values):
    return sum(
        v / 0 for v in values
    )


def unicode_line():
    naïve = {'é': 1}
    return naïve['ü']


def attr_error():
    text = 'abc'
    return text.uper()


def name_error():
    counter = 1
    return countr + 1


def caught(function, *args):
    try:
        function(*args)
    except BaseException as e:
        return e


for function, args in [(subscript, ({},)), (binary, (1, 'x')), (call_chain, (2,)),
                       (multi_line, ([1, 2],)), (unicode_line, ()), (attr_error, ()),
                       (name_error, ())]:
    exc = caught(function, *args)
    show(function.__name__, ''.join(traceback.format_exception(exc)))

# print_exc / format_exc inside the handler, and their limits.
try:
    call_chain(3)
except ZeroDivisionError:
    buffer = io.StringIO()
    traceback.print_exc(file=buffer)
    show('print_exc', buffer.getvalue())
    print(traceback.format_exc() == buffer.getvalue())
    show('limit=2', traceback.format_exc(limit=2))
    show('limit=-1', traceback.format_exc(limit=-1))
    show('limit=0', traceback.format_exc(limit=0))
    info = sys.exc_info()
    show('old form', ''.join(traceback.format_exception(*info)))
    show('only', ''.join(traceback.format_exception_only(info[0], info[1])))
    show('only new form', ''.join(traceback.format_exception_only(info[1])))
    buffer = io.StringIO()
    traceback.print_exception(*info, limit=1, file=buffer)
    show('print_exception 3 args', buffer.getvalue())
    buffer = io.StringIO()
    traceback.print_tb(info[2], limit=2, file=buffer)
    show('print_tb', buffer.getvalue())
    show('format_tb', '|'.join(traceback.format_tb(info[2])))

print(traceback.format_exc())
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))


# Chains: explicit cause, implicit context, suppressed context.
def chained(kind):
    try:
        try:
            {}['inner']
        except KeyError as inner:
            if kind == 'cause':
                raise ValueError('outer') from inner
            if kind == 'suppressed':
                raise ValueError('outer') from None
            raise ValueError('outer')
    except ValueError as e:
        return e


for kind in ('cause', 'context', 'suppressed'):
    exc = chained(kind)
    show('chain ' + kind, ''.join(traceback.format_exception(exc)))
    show('chain=False ' + kind, ''.join(traceback.format_exception(exc, chain=False)))

# A cycle in the chain is shown once.
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
show('cycle', ''.join(traceback.format_exception(a)))

# Notes.
exc = caught(divide, 0)
exc.add_note('first note')
exc.add_note('second\nnote on two lines')
show('notes', ''.join(traceback.format_exception(exc)))
exc.__notes__ = 'not a sequence'
show('notes not a sequence', ''.join(traceback.format_exception_only(exc)))


# Exception groups, nested.
def grouped():
    errors = []
    for f, arg in [(divide, 0), (subscript, {})]:
        errors.append(caught(f, arg))
    inner = ExceptionGroup('inner', [TypeError('t'), caught(binary, 1, 'x')])
    raise ExceptionGroup('outer', errors + [inner])


exc = caught(grouped)
show('group', ''.join(traceback.format_exception(exc)))
te = traceback.TracebackException.from_exception(exc, max_group_width=2, max_group_depth=1)
show('group narrow', ''.join(te.format()))

# SyntaxErrors, from compile().
for source in ['x = (1,\n  2 +* 3)', 'def f(:\n    pass', 'if True:\n  x = 1\n    y = 2',
               'a = 1 +', '\tprint "hello"']:
    exc = caught(compile, source, 'snippet.py', 'exec')
    show('syntax ' + repr(source[:12]), ''.join(traceback.format_exception(exc)))
    show('syntax only', ''.join(traceback.format_exception_only(exc)))
show('syntax bare', ''.join(traceback.format_exception_only(SyntaxError('bare message'))))
error = SyntaxError('msg', ('file.py', 3, 5, 'abcdefgh\n', 3, 8))
show('syntax range', ''.join(traceback.format_exception_only(error)))


# Recursion: repeated lines are cut.
def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    return recurse(n - 1)


exc = caught(recurse, 10)
show('recursion', ''.join(traceback.format_exception(exc)))


# Exceptions whose str() fails, or is empty.
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')


show('bad str', ''.join(traceback.format_exception_only(BadStr())))
show('empty str', ''.join(traceback.format_exception_only(KeyError())))
show('module name', ''.join(traceback.format_exception_only(io.UnsupportedOperation('op'))))


class Local(Exception):
    pass


show('qualname', ''.join(traceback.format_exception_only(Local('x'))))

# Argument errors.
for args in [(ValueError('v'), ValueError('v')), ('not an exception',)]:
    try:
        traceback.format_exception(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    traceback.print_last()
except ValueError as e:
    print(type(e).__name__, e)

# The uncaught exception: the VM's printer writes it to stderr, after
# the module writes the same exception there.
exc = caught(call_chain, 1)
sys.stderr.write(''.join(traceback.format_exception(exc)))
sys.stderr.write('-- uncaught:\n')
sys.stdout.flush()
raise ValueError('final') from exc
