"""Ctrl-C during a test run (the -c option): the first stops the run
after the current test, with the results so far reported; the second
interrupts as usual. Needs the signal module."""

import functools

__unittest = True  # (frames of this module are left out of failure tracebacks)

_results = {}  # id(result) -> result: the runs a Ctrl-C stops
_interrupt_handler = None


def registerResult(result):
    """Let a Ctrl-C stop this result's run."""
    _results[id(result)] = result


def removeResult(result):
    """Stop letting Ctrl-C stop this result's run; True if it did."""
    return _results.pop(id(result), None) is not None


class _InterruptHandler:
    def __init__(self, default_handler, signal_module):
        self.called = False
        self.original_handler = default_handler
        self.signal = signal_module

    def __call__(self, signum, frame):
        installed = self.signal.getsignal(self.signal.SIGINT)
        if installed is not self:
            # Replaced meanwhile: behave as the handler we replaced.
            self.original_handler(signum, frame)
            return
        if self.called:
            self.original_handler(signum, frame)
        self.called = True
        for result in list(_results.values()):
            result.stop()


def installHandler():
    """Catch Ctrl-C during test runs (see the module's description)."""
    global _interrupt_handler
    import signal
    if _interrupt_handler is None:
        default_handler = signal.getsignal(signal.SIGINT)
        _interrupt_handler = _InterruptHandler(default_handler, signal)
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the Ctrl-C handler installHandler replaced (or, given a
    function, make it run with the original handler)."""
    if method is not None:
        @functools.wraps(method)
        def inner(*args, **kwargs):
            import signal
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        return inner
    if _interrupt_handler is not None:
        import signal
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
