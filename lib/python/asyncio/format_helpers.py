"""How reprs and error messages describe a callback: `f(1, 'a') at
FILE:LINE`, with partial()'s arguments shown as CPython shows them."""

import functools
import reprlib


def _function_source(func):
    """(filename, first line) of a plain function, else None."""
    while isinstance(func, (functools.partial, functools.partialmethod)):
        func = func.func
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if type(func).__name__ == 'function':
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    return None


def _format_args_and_kwargs(args, kwargs):
    items = [reprlib.repr(arg) for arg in args or ()]
    items.extend(f'{key}={reprlib.repr(value)}' for key, value in (kwargs or {}).items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if hasattr(func, '__qualname__') and func.__qualname__:
        text = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        text = func.__name__
    else:
        text = repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text
