"""The exceptions asyncio raises.

CancelledError derives from BaseException (as since 3.8) so that a bare
`except Exception` in a coroutine does not swallow a cancellation.
asyncio.TimeoutError is the builtin TimeoutError, as in 3.11.
"""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state of the Task or Future."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile() cannot be used for these arguments."""


class IncompleteReadError(EOFError):
    """The stream ended before `expected` bytes were read."""

    def __init__(self, partial, expected):
        got = len(partial)
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{got} bytes read on a total of {wanted} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found within the stream's buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """The Barrier was reset or broken while a task waited on it."""
