"""Future: a result that will be set later, which coroutines await and
callbacks wait for.

A Future is pending, then finished (with a result or an exception) or
cancelled. Done callbacks never run inside set_result(): they are
scheduled on the loop with call_soon(), in the order they were added.
"""

import reprlib

from . import events
from . import exceptions
from . import format_helpers

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future in the duck-typed sense asyncio uses: its
    class has _asyncio_future_blocking set to a bool."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _format_callbacks(callbacks):
    def describe(entry):
        return format_helpers._format_callback_source(entry[0], ())

    if len(callbacks) == 1:
        text = describe(callbacks[0])
    elif len(callbacks) == 2:
        text = f'{describe(callbacks[0])}, {describe(callbacks[1])}'
    else:
        text = f'{describe(callbacks[0])}, <{len(callbacks) - 2} more>, {describe(callbacks[-1])}'
    return f'cb=[{text}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


class Future:
    """A result (or exception) that will be available later."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a coroutine awaiting this Future yields it to its Task:
    # the Task then waits for it instead of treating the yield as an error.
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events._get_event_loop() if loop is None else loop
        self._callbacks = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        return _future_repr_info(self)

    def __del__(self):
        if not self.__log_traceback or self._loop is None:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled Future: the one
        that cancelled its Task if known, else a new one with the message."""
        if self._cancelled_exc is not None:
            error = self._cancelled_exc
            self._cancelled_exc = None
            return error
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the Future and schedule its callbacks; False if it was
        already done."""
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, context in callbacks:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, CancelledError if
        cancelled, InvalidStateError if not done yet."""
        error = self._retrieve_error()
        if error is None:
            return self._result
        try:
            raise error
        except BaseException as raised:
            _drop_own_frame(raised)
            raise

    def _retrieve_error(self):
        """What result() raises for a done Future (None if it has a
        result); the exception counts as retrieved."""
        if self._state == _CANCELLED:
            return self._make_cancelled_error()
        if self._state != _FINISHED:
            return exceptions.InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            return self._exception.with_traceback(self._exception_tb)
        return None

    def exception(self):
        """The exception set (None if a result was set)."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once the Future is done (soon, if it is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            try:
                yield self  # the Task resumes us once we are done
            except BaseException as error:
                _drop_own_frame(error)
                raise
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        error = self._retrieve_error()
        if error is None:
            return self._result
        try:
            raise error
        except BaseException as raised:
            _drop_own_frame(raised)
            raise

    __iter__ = __await__



def _drop_own_frame(error):
    """Remove the frame of Future.__await__ from the traceback of an
    exception going up to the awaiting coroutine, which then reads as
    CPython's, whose future iterator is native and adds no frame."""
    traceback = error.__traceback__
    if traceback is not None:
        error.__traceback__ = traceback.tb_next


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    """An asyncio Future is returned as it is (there are no
    concurrent.futures in pyvm)."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
