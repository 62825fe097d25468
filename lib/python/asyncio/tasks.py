"""Task: runs a coroutine on the loop, one step per callback.

A step sends into the coroutine (or throws an exception into it) until it
yields a Future it waits for; the Future's done callback schedules the
next step. Also here: the functions that combine awaitables (sleep,
gather, wait, wait_for, as_completed, shield) and the registry behind
current_task() and all_tasks().
"""

import functools

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .coroutines import _format_coroutine

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


_last_task_number = 0


def _next_task_name():
    global _last_task_number
    _last_task_number += 1
    return f'Task-{_last_task_number}'


# Pending tasks, in creation order. CPython keeps a weak set; pyvm has no
# weak references, so a task leaves the registry when it finishes or when
# its loop is closed (then it can be destroyed and say it was pending).
_all_tasks = {}
# The task each loop is running a step of.
_current_tasks = {}


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _forget_tasks_of(loop):
    for task in [t for t in _all_tasks if t._loop is loop]:
        del _all_tasks[task]


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]


def current_task(loop=None):
    """The Task running on the loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in list(_all_tasks) if futures._get_loop(task) is loop and not task.done()}


class Task(futures.Future):
    """A coroutine scheduled on the loop, which is a Future of its result."""

    # Set to False by run_until_complete and gather for the tasks they
    # create themselves: the loop then does not complain about them.
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        # Every task takes a number, named or not (as CPython's C tasks do).
        numbered_name = _next_task_name()
        self._name = numbered_name if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop.call_soon(self.__step, context=context)
        _register_task(self)

    def __del__(self):
        if self._loop is None:
            return  # __init__ failed before the task had a loop
        if self._state == futures._PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()

    def _repr_info(self):
        info = futures._future_repr_info(self)
        if self._num_cancels_requested > 0 and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{_format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The suspended coroutine's frame while the task is pending; the
        frames of its exception's traceback once it has failed."""
        frames = []
        frame = getattr(self._coro, 'cr_frame', None)
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            traceback = self._exception.__traceback__
            while traceback is not None and (limit is None or len(frames) < limit):
                frames.append(traceback.tb_frame)
                traceback = traceback.tb_next
        return frames

    def cancelling(self):
        """How many cancellation requests are pending (cancel() calls not
        matched by uncancel())."""
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        """Ask the task to cancel itself: CancelledError is thrown into the
        coroutine at its next step (the coroutine may catch it)."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The waiter's done callback will throw CancelledError in.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self.__resume(exc)
        finally:
            _leave_task(self._loop, self)
            self = None  # no cycle through a traceback

    def __resume(self, exc):
        coro = self._coro
        try:
            if exc is None:
                awaited = coro.send(None)
            else:
                awaited = coro.throw(exc)
        except StopIteration as stop:
            _unregister_task(self)
            if self._must_cancel:
                # cancel() came while the coroutine was finishing.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except exceptions.CancelledError as error:
            _unregister_task(self)
            self._cancelled_exc = _without_own_frame(error)
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as error:
            _unregister_task(self)
            super().set_exception(error)
            raise
        except BaseException as error:
            _unregister_task(self)
            super().set_exception(_without_own_frame(error))
        else:
            self.__wait_for(awaited)
        self = None  # the frame may outlive the call in a traceback

    def __wait_for(self, awaited):
        """The coroutine yielded `awaited`: wait for it if it is a Future
        awaited properly, go on at the next iteration for a bare yield."""
        blocking = getattr(awaited, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(awaited) is not self._loop:
                self.__throw_soon(RuntimeError(
                    f'Task {self!r} got Future {awaited!r} attached to a different loop'))
            elif not blocking:
                self.__throw_soon(RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {awaited!r}'))
            elif awaited is self:
                self.__throw_soon(RuntimeError(f'Task cannot await on itself: {self!r}'))
            else:
                awaited._asyncio_future_blocking = False
                awaited.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = awaited
                if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif awaited is None:
            self._loop.call_soon(self.__step, context=self._context)
        elif type(awaited).__name__ == 'generator':
            self.__throw_soon(RuntimeError(
                'yield was used instead of yield from for generator '
                f'in task {self!r} with {awaited!r}'))
        else:
            self.__throw_soon(RuntimeError(f'Task got bad yield: {awaited!r}'))

    def __throw_soon(self, error):
        self._loop.call_soon(self.__step, error, context=self._context)

    def task_wakeup(self, future):
        """The awaited Future is done: resume with its result or exception."""
        if isinstance(future, futures.Future):
            # Its exception as it was set, without frames of ours.
            error = future._retrieve_error()
        else:
            try:
                future.result()
                error = None
            except BaseException as raised:
                error = raised
        if error is None:
            self.__step()
        else:
            self.__step(error)
        self = None


def _without_own_frame(error):
    """The exception raised by the coroutine, its traceback starting in
    the coroutine rather than in the Task code that resumed it (what
    CPython's native Task shows)."""
    traceback = error.__traceback__
    if traceback is not None:
        error.__traceback__ = traceback.tb_next
    return error


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine on the running loop; return its Task."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            return
        set_name(name)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A Future stays as it is; a coroutine or awaitable becomes a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not futures._get_loop(obj):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    wrapped = False
    if not coroutines.iscoroutine(obj):
        if hasattr(type(obj), '__await__'):
            obj = _wrap_awaitable(obj)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if not wrapped:
            obj.close()
        raise


# ---- sleep

class _YieldOnce:
    """Awaiting it gives the loop one turn (asyncio.sleep(0))."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend the task for delay seconds, then return result."""
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


# ---- wait_for, wait, as_completed

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it is done (its coroutine may take time
    to clean up)."""
    waiter = loop.create_future()
    callback = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(callback)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(callback)


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError if it takes longer
    than timeout seconds (None: no limit)."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as error:
            raise TimeoutError() from error
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    callback = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(callback)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(callback)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(callback)
        await _cancel_and_wait(fut, loop=loop)
        # The coroutine may have ignored the cancellation and returned.
        try:
            return fut.result()
        except exceptions.CancelledError as error:
            raise TimeoutError() from error
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures and Tasks in fs; return (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        failed = not f.cancelled() and f.exception() is not None
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and failed):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results of fs in the order
    they complete; TimeoutError for the rest after timeout seconds."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = Queue()
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)  # each waiter left raises TimeoutError
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


# ---- gather and shield

class _GatheringFuture(futures.Future):
    """gather()'s Future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The outer future ends cancelled even with return_exceptions.
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A Future of the list of the awaitables' results, in argument order.

    Without return_exceptions the first exception (or cancellation) of a
    child is the gather's; with it, exceptions are results.
    """
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    future_of = {}
    loop = None
    outer = None
    count = 0
    finished = 0

    def on_child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # it has been seen: no "never retrieved"
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            error = fut.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if finished == count:
            results = [_outcome(child) for child in children]
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg in future_of:
            children.append(future_of[arg])
            continue
        fut = ensure_future(arg, loop=loop)
        if loop is None:
            loop = futures._get_loop(fut)
        if fut is not arg:
            fut._log_destroy_pending = False
        count += 1
        future_of[arg] = fut
        fut.add_done_callback(on_child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _outcome(fut):
    if fut.cancelled():
        return exceptions.CancelledError('' if fut._cancel_message is None else fut._cancel_message)
    error = fut.exception()
    return fut.result() if error is None else error


def shield(arg):
    """A Future of arg's outcome whose cancellation does not cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        error = inner.exception()
        if error is not None:
            outer.set_exception(error)
        else:
            outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer
