# The traceback module's data: FrameSummary, StackSummary, extract_tb,
# extract_stack, walk_tb, walk_stack, TracebackException's attributes and
# formatting options; and linecache, which supplies the source lines.
import io
import os
import sys
import linecache
import traceback


def clean(text):
    return text.replace(os.getcwd() + os.sep, '')


def inner():
    return traceback.extract_stack()


def outer():
    return inner()


stack = outer()
print(type(stack).__name__, len(stack) >= 3)
for frame in stack[-3:]:
    print(clean(frame.filename), frame.lineno, frame.name, repr(frame.line),
          frame.colno, frame.end_colno, frame.end_lineno, frame.locals)
print(clean(''.join(traceback.format_list(stack[-3:]))), end='')


def formatted_stack():
    return traceback.format_stack(limit=2)


print(clean(''.join(formatted_stack())), end='')
buffer = io.StringIO()


def printed_stack():
    traceback.print_stack(limit=1, file=buffer)


printed_stack()
print(clean(buffer.getvalue()), end='')


def current_frame():
    return sys._getframe()


frame = current_frame()
print([f.f_code.co_name for f, lineno in traceback.walk_stack(frame)][:2])
print(traceback.extract_stack(frame, limit=1)[0].name)


def failing(a, b):
    local_list = [a, b]
    return a / b


try:
    failing(1, 0)
except ZeroDivisionError as e:
    exc = e

summary = traceback.extract_tb(exc.__traceback__)
print(len(summary), [f.name for f in summary])
last = summary[-1]
print(clean(last.filename), last.lineno, last.end_lineno, last.colno, last.end_colno, repr(last.line))
print(clean(repr(last)), len(last), clean(last[0]), last[1:3], clean(str(list(last))))
filename, lineno, name, line = last
print(name, line)
print(last == (last.filename, last.lineno, last.name, last.line), last == summary[-1], last != 3)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(exc.__traceback__)])

# FrameSummary made by hand, and StackSummary.from_list.
made = traceback.FrameSummary('nofile.py', 3, 'func', line='x = 1')
print(made.line, made.locals, made.colno, repr(made))
lazy = traceback.FrameSummary('nofile.py', 3, 'func', lookup_line=False)
print(repr(lazy.line))
from_list = traceback.StackSummary.from_list([('a.py', 1, 'f', 'pass'), made])
print(from_list.format())
print(traceback.format_list([('a.py', 1, 'f', 'pass'), ('b.py', 2, 'g', None)]))
with_locals = traceback.FrameSummary('x.py', 1, 'f', locals={'b': [1], 'a': 'text'}, line='')
print(with_locals.locals)
print(traceback.StackSummary.from_list([with_locals]).format())

# TracebackException.
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type, str(te), te.__cause__, te.__context__, te.__suppress_context__, te.exceptions)
print(len(te.stack), te.stack[-1].name)
print(clean(''.join(te.format())), end='')
print(list(te.format_exception_only()))
print(te == traceback.TracebackException.from_exception(exc))
te_limited = traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=1)
print([f.name for f in te_limited.stack])
te_locals = traceback.TracebackException.from_exception(exc, capture_locals=True)
print(clean(''.join(te_locals.stack.format()[-1:])), end='')
buffer = io.StringIO()
te.print(file=buffer)
print(buffer.getvalue() == ''.join(te.format()))


def raise_chained():
    try:
        raise KeyError('k')
    except KeyError:
        raise TypeError('t')


try:
    raise_chained()
except TypeError as e:
    chained_exc = e
te = traceback.TracebackException.from_exception(chained_exc)
print(te.__context__.exc_type, str(te.__context__), te.__cause__)
print(clean(''.join(te.format(chain=False))), end='')
te_compact = traceback.TracebackException.from_exception(chained_exc, compact=True)
print(te_compact.__context__ is not None)

syntax = None
try:
    compile('1 +', 'src.py', 'exec')
except SyntaxError as e:
    syntax = e
te = traceback.TracebackException.from_exception(syntax)
print(te.filename, repr(te.lineno), repr(te.end_lineno), repr(te.text), te.offset, te.end_offset, te.msg)

# clear_frames is harmless on a finished traceback.
traceback.clear_frames(exc.__traceback__)
print('cleared')

# linecache.
here = 'traceback_stack.py'  # (relative to the test's directory, its cwd)
print(repr(linecache.getline(here, 1)))
print(repr(linecache.getline(here, 100000)), repr(linecache.getline(here, 0)))
lines = linecache.getlines(here)
print(len(lines) > 100, lines[-1].endswith('\n'))
print(here in linecache.cache, len(linecache.cache[here]))
linecache.checkcache(here)
print(here in linecache.cache)
linecache.clearcache()
print(here in linecache.cache, linecache.cache)
print(linecache.getlines('<string>'), linecache.getline('no/such/file.py', 1) == '')
with open('linecache_tmp.py', 'w') as f:
    f.write('first\r\nsecond\rthird')
print(linecache.getlines('linecache_tmp.py'))
with open('linecache_tmp.py', 'w') as f:
    f.write('changed\n')
linecache.checkcache('linecache_tmp.py')
print(linecache.getlines('linecache_tmp.py'))
os.remove('linecache_tmp.py')
linecache.checkcache()
print('linecache_tmp.py' in linecache.cache)


class FakeLoader:
    def get_source(self, name):
        return 'line one of ' + name + '\nline two'


globals_with_loader = {'__name__': 'fake_module', '__loader__': FakeLoader()}
print(linecache.lazycache('<fake>', globals_with_loader))
print(linecache.lazycache('fake_module.py', globals_with_loader))
print(len(linecache.cache['fake_module.py']))
print(linecache.lazycache('fake_module.py', globals_with_loader))
print(linecache.getlines('fake_module.py', globals_with_loader))
print(linecache.getline('fake_module.py', 2))
print(linecache.lazycache('fake_module.py', globals_with_loader))
print(linecache.lazycache('other.py', {}))
