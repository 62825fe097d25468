"""The event loop: a FIFO queue of ready callbacks and a heap of timers.

Each iteration (_run_once) moves the timers that are due to the ready
queue and runs the callbacks that were ready when the iteration began;
callbacks they schedule run in the next iteration. When nothing is ready,
the loop waits for the next timer in _wait_for_events(), which is where a
loop watching files or sockets would poll them; pyvm has neither threads
nor select(), so this loop only sleeps.
"""

import heapq
import sys
import time

from . import coroutines
from . import events
from . import futures
from . import tasks

__all__ = ('BaseEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy')

# When more than this many timers are scheduled and more than this
# fraction of them is cancelled, the heap is rebuilt without them.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# The longest single wait, so a clock change cannot stall the loop.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600
_CLOCK_RESOLUTION = 1e-09


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        error = fut.exception()
        if isinstance(error, (SystemExit, KeyboardInterrupt)):
            # The loop stops by itself: the exception goes up through it.
            return
    futures._get_loop(fut).stop()


def _print_exception(error):
    sys.__excepthook__(type(error), error, error.__traceback__)


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._ready = []
        self._scheduled = []
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        self._current_handle = None
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the future (or the Task made of a coroutine) is done;
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        made_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if made_task and future.done() and not future.cancelled():
                # Our own task's exception is being raised: it is retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks of the current iteration have run."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Drop every pending callback and timer; the loop cannot be used
        again."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._timer_cancelled_count = 0
        tasks._forget_tasks_of(self)

    async def shutdown_asyncgens(self):
        """pyvm has no asynchronous generator hooks, so the loop does not
        track the generators it runs: there is nothing to finalize."""

    async def shutdown_default_executor(self):
        """There is no executor (no threads in pyvm)."""

    def _run_once(self):
        self._drop_cancelled_timers()
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = min(max(0, self._scheduled[0]._when - self.time()), MAXIMUM_SELECT_TIMEOUT)
        else:
            timeout = None
        self._wait_for_events(timeout)
        self._move_due_timers_to_ready()
        self._run_ready_callbacks()

    def _drop_cancelled_timers(self):
        count = len(self._scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
            return
        while self._scheduled and self._scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(self._scheduled)._scheduled = False

    def _wait_for_events(self, timeout):
        """Wait up to timeout seconds (None: until something happens) for
        an event source. The only sources are timers, so this sleeps; with
        nothing scheduled at all nothing can ever happen, and the loop
        hangs as CPython's would."""
        if timeout is None:
            while True:
                time.sleep(MAXIMUM_SELECT_TIMEOUT)
        if timeout > 0:
            time.sleep(timeout)

    def _move_due_timers_to_ready(self):
        end_time = self.time() + _CLOCK_RESOLUTION
        scheduled = self._scheduled
        while scheduled and scheduled[0]._when < end_time:
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

    def _run_ready_callbacks(self):
        # Only the callbacks ready now: those they schedule wait for the
        # next iteration.
        batch = self._ready
        self._ready = []
        index = 0
        try:
            while index < len(batch):
                handle = batch[index]
                index += 1
                if handle._cancelled:
                    continue
                self._current_handle = handle
                handle._run()
        finally:
            self._current_handle = None
            if index < len(batch):
                # SystemExit or KeyboardInterrupt left the batch.
                self._ready[:0] = batch[index:]

    # ---- scheduling

    def time(self):
        """The loop's clock (time.monotonic())."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in the next iteration, after the callbacks
        scheduled before it."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) delay seconds from now."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) when the loop's clock reaches when."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule the coroutine; return its Task."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # ---- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """handler(loop, context) is called for errors nobody else sees;
        None restores the default handler."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context's message, its other keys and the exception's
        traceback to stderr, as CPython's logger does by default."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        sys.stderr.write('\n'.join(lines) + '\n')
        error = context.get('exception')
        if error is not None:
            _print_exception(error)
        sys.stderr.flush()

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as error:
                sys.stderr.write('Exception in default exception handler\n')
                _print_exception(error)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': error,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as second:
                sys.stderr.write('Exception in default exception handler while handling an '
                                 'unexpected error in custom exception handler\n')
                _print_exception(second)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop asyncio makes by default (named as CPython's, whose repr
    programs see)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
