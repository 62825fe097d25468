"""Telling coroutines and coroutine functions, and describing a coroutine
in reprs (`main() running at FILE:LINE`)."""

import collections.abc
import functools
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80

# Functions marked with this object count as coroutine functions (what
# CPython's deprecated @asyncio.coroutine and some libraries do).
_is_coroutine = object()


def _unwrap_callable(func):
    while True:
        if isinstance(func, functools.partial):
            func = func.func
        elif hasattr(func, '__func__'):
            func = func.__func__
        else:
            return func


def iscoroutinefunction(func):
    """Whether func is an `async def` function (or marked as one)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(_unwrap_callable(func), '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & _CO_COROUTINE)


def iscoroutine(obj):
    """Whether obj is a coroutine: a native one, or an object of a class
    registered as (or derived from) collections.abc.Coroutine."""
    if type(obj) is types.CoroutineType:
        return True
    return isinstance(obj, collections.abc.Coroutine)


def _coroutine_name(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'{type(coro).__name__}()'
    return f'{name}()'


def _format_coroutine(coro):
    """`name() running at FILE:LINE` while the coroutine can still run,
    `name() done, defined at FILE:LINE` once it has finished."""
    name = _coroutine_name(coro)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
