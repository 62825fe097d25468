# SPDX-License-Identifier: GPL-3.0-or-later
# contextlib: contextmanager, suppress, redirect_stdout, closing, nullcontext, ExitStack, async.
import contextlib, sys
from contextlib import *
print(contextlib.__all__)
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('a') as t:
    print('inside', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e: print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', e)
with swallow():
    raise KeyError('k')
print('after swallow')
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        yield
try:
    with ignore_throw(): raise ValueError
except RuntimeError as e: print(e)
@tag('deco')
def decorated(): print('in decorated')
decorated(); decorated()
@contextmanager
def stopper():
    yield
try:
    with stopper(): raise StopIteration('s')
except StopIteration as e: print('StopIteration propagated', e)
with suppress(ZeroDivisionError, KeyError):
    1/0
print('suppressed')
try:
    with suppress(KeyError): 1/0
except ZeroDivisionError: print('not suppressed')
class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
o = Out()
with redirect_stdout(o):
    print('captured', 1)
print('parts', ''.join(o.parts).strip())
with redirect_stderr(o) as r: print(r is o)
class Closer:
    def close(self): print('closed')
with closing(Closer()) as c: print(type(c).__name__)
with nullcontext(5) as v: print('null', v)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('es'))
    print('body')
with ExitStack() as stack:
    stack.push(lambda *exc: print('push exit', exc[0].__name__) or True)
    raise ValueError('inside stack')
print('stack suppressed')
def raiser(*a): raise KeyError('from cb')
try:
    with ExitStack() as stack:
        stack.push(raiser)
        stack.callback(lambda: 1/0)
except KeyError as e:
    print('KeyError', e, type(e.__context__).__name__)
with ExitStack() as s1:
    s1.callback(print, 'moved')
    s2 = s1.pop_all()
print('s1 closed')
s2.close()
try:
    with ExitStack() as st: st.enter_context(object())
except TypeError as e: print(e)
print(issubclass(type(tag('x')), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), isinstance(1, AbstractContextManager))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(CM, AbstractContextManager))
class Deco(ContextDecorator):
    def __enter__(self): print('enter deco'); return self
    def __exit__(self, *exc): print('exit deco'); return False
@Deco()
def fn(): print('fn body')
fn()
@asynccontextmanager
async def actx():
    print('aenter'); yield 'av'; print('aexit')
async def main():
    async with actx() as v: print('async body', v)
    async with AsyncExitStack() as st:
        st.push_async_callback(lambda: _co())
        await st.enter_async_context(actx())
    async with nullcontext(3) as n: print('anull', n)
async def _co(): print('async cb')
co = main()
try: co.send(None)
except StopIteration: pass
