# Futures, their callbacks and reprs, and the event loop's own methods:
# call_soon/call_later/call_at order, handles, run_forever/stop,
# run_until_complete, closing, exception handlers.
import asyncio
import functools


def norm(text):
    return str(text).replace(__file__, 'FILE')


def show(label, fn):
    try:
        print(label, norm(fn()))
    except BaseException as e:
        print(label, type(e).__name__, norm(e))


def on_done(fut):
    print('  on_done:', norm(fut))


def other_cb(fut, tag='x'):
    print('  other_cb', tag, fut.done())


def future_basics():
    print('-- future basics')
    loop = asyncio.new_event_loop()
    fut = loop.create_future()
    print(fut, fut.done(), fut.cancelled(), fut.get_loop() is loop)
    show('result pending:', fut.result)
    show('exception pending:', fut.exception)
    fut.add_done_callback(on_done)
    print(norm(fut))
    fut.add_done_callback(print)
    print(norm(fut))
    fut.add_done_callback(functools.partial(other_cb, tag='p'))
    print(norm(fut))
    fut.add_done_callback(on_done)
    print(norm(fut))
    print('removed', fut.remove_done_callback(on_done), fut.remove_done_callback(on_done))
    print(norm(fut))
    fut.set_result(42)
    print(fut, fut.done(), fut.result(), fut.exception())
    show('set again:', lambda: fut.set_result(1))
    show('set_exception after:', lambda: fut.set_exception(ValueError()))
    print('cancel done future:', fut.cancel())
    loop.run_until_complete(asyncio.sleep(0))
    fut.add_done_callback(other_cb)  # already done: scheduled at once
    loop.run_until_complete(asyncio.sleep(0))

    long_result = loop.create_future()
    long_result.set_result(list(range(50)))
    print(long_result)
    text = loop.create_future()
    text.set_result('x' * 100)
    print(text)

    failing = loop.create_future()
    failing.set_exception(KeyError('k'))
    print(failing)
    show('result:', failing.result)
    print('exception:', repr(failing.exception()))
    klass = loop.create_future()
    klass.set_exception(ValueError)
    print(klass, repr(klass.exception()))
    show('StopIteration:', lambda: loop.create_future().set_exception(StopIteration()))
    show('not an exception:', lambda: loop.create_future().set_exception(3))

    cancelled = loop.create_future()
    cancelled.add_done_callback(on_done)
    print(cancelled.cancel(), cancelled.cancel(), cancelled.cancelled(), cancelled.done())
    print(cancelled)
    show('cancelled result:', cancelled.result)
    show('cancelled exception:', cancelled.exception)
    with_msg = loop.create_future()
    with_msg.cancel(msg='stop now')
    try:
        with_msg.result()
    except asyncio.CancelledError as e:
        print('cancel message:', repr(e), e.args)
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()


def await_future():
    print('-- awaiting futures')

    async def setter(fut, value, delay):
        await asyncio.sleep(delay)
        fut.set_result(value)

    async def main():
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.create_task(setter(fut, 'ready', 0.01))
        print('awaited:', await fut)
        print('await done future again:', await fut)
        bad = loop.create_future()
        loop.call_soon(bad.set_exception, RuntimeError('from callback'))
        try:
            await bad
        except RuntimeError as e:
            print('raised:', e)
        it = iter(loop.create_future().__await__())
        print('yields itself:', type(next(it)).__name__)
        try:
            next(it)
        except RuntimeError as e:
            print(e)

    asyncio.run(main())


def callback_order():
    print('-- callback order')
    loop = asyncio.new_event_loop()
    order = []
    loop.call_soon(order.append, 'soon1')
    h = loop.call_soon(order.append, 'cancelled')
    loop.call_soon(order.append, 'soon2')
    h.cancel()
    print(h.cancelled(), h)

    def nested():
        order.append('nested')
        loop.call_soon(order.append, 'from nested')

    loop.call_soon(nested)
    loop.call_soon(order.append, 'soon3')
    loop.run_until_complete(asyncio.sleep(0))
    print(order)
    order.clear()
    # Timers run by deadline, whenever the loop wakes up.
    now = loop.time()
    loop.call_at(now + 0.02, order.append, 'at+0.02')
    loop.call_later(0.01, order.append, 'later0.01')
    for i in range(5):
        loop.call_at(now + 0.015, order.append, f'same{i}')
    t = loop.call_later(0.005, order.append, 'timer-cancelled')
    t.cancel()
    print(t.cancelled(), isinstance(t, asyncio.TimerHandle), t.when() > now)
    loop.call_at(now + 0.03, loop.stop)
    loop.run_forever()
    print(order)
    print(loop.is_running(), loop.is_closed())

    # stop() in the middle: the callbacks of the iteration still run.
    seen = []
    loop.call_soon(seen.append, 1)
    loop.call_soon(loop.stop)
    loop.call_soon(seen.append, 2)
    loop.call_soon(lambda: loop.call_soon(seen.append, 'next run'))
    loop.run_forever()
    print('after stop:', seen)
    loop.run_until_complete(asyncio.sleep(0))
    print('after second run:', seen)
    loop.close()


def handle_reprs():
    print('-- handle reprs')
    loop = asyncio.new_event_loop()

    def cb(a, b=None):
        pass

    h = loop.call_soon(cb, 1, 'two')
    print(norm(h))
    print(norm(loop.call_soon(functools.partial(cb, 1), [1, 2])))
    print(norm(loop.call_soon(print, 'x')))
    h.cancel()
    print(h)
    timer = loop.call_later(10, cb, 3)
    print(norm(repr(timer).replace(f'when={timer.when()}', 'when=W')))
    timer.cancel()
    print(norm(repr(timer).replace(f'when={timer.when()}', 'when=W')))
    loop.close()


def run_until_complete():
    print('-- run_until_complete')
    loop = asyncio.new_event_loop()

    async def compute(x):
        print('  running:', loop.is_running(), asyncio.get_running_loop() is loop)
        await asyncio.sleep(0.001)
        return x * 2

    print(loop.run_until_complete(compute(21)))
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, 'future result')
    print(loop.run_until_complete(fut))
    task = loop.create_task(compute(5))
    print(loop.run_until_complete(task), task.done())

    async def fails():
        raise ValueError('inside')

    try:
        loop.run_until_complete(fails())
    except ValueError as e:
        print('raised:', e)

    async def nested_run():
        try:
            loop.run_until_complete(asyncio.sleep(0))
        except RuntimeError as e:
            print('nested:', e)
        try:
            loop.run_forever()
        except RuntimeError as e:
            print('nested:', e)
        try:
            loop.close()
        except RuntimeError as e:
            print('close:', e)
        other = asyncio.new_event_loop()
        try:
            other.run_until_complete(asyncio.sleep(0))
        except RuntimeError as e:
            print('other loop:', e)
        other.close()

    loop.run_until_complete(nested_run())

    never = loop.create_future()
    loop.call_soon(loop.stop)
    try:
        loop.run_until_complete(never)
    except RuntimeError as e:
        print(e)
    print(loop)
    loop.close()
    loop.close()  # a second close does nothing
    print(loop)
    for label, call in [('call_soon', lambda: loop.call_soon(print)),
                        ('call_later', lambda: loop.call_later(1, print)),
                        ('call_at', lambda: loop.call_at(1, print)),
                        ('run_forever', loop.run_forever),
                        ('run_until_complete', lambda: loop.run_until_complete(never)),
                        ('create_task', lambda: loop.create_task(fails()))]:
        show(label + ':', call)
    show('call_later None:', lambda: asyncio.new_event_loop().call_later(None, print))
    show('call_at None:', lambda: asyncio.new_event_loop().call_at(None, print))


def exception_handlers():
    print('-- exception handlers')
    loop = asyncio.new_event_loop()
    print(loop.get_exception_handler())

    def handler(loop_, context):
        print('  handler got:', sorted(context))
        print('  message:', norm(context['message']))
        print('  exception:', repr(context.get('exception')))

    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    def broken(x):
        raise ZeroDivisionError(x)

    loop.call_soon(broken, 7)
    loop.call_soon(print, '  callbacks go on after an error')
    loop.run_until_complete(asyncio.sleep(0.001))
    loop.call_exception_handler({'message': 'custom report', 'detail': 5})
    show('bad handler:', lambda: loop.set_exception_handler(42))
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.close()


def loop_registry():
    print('-- current loops')
    show('get_running_loop:', asyncio.get_running_loop)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop)
    show('set_event_loop(1):', lambda: asyncio.set_event_loop(1))

    async def inside():
        return (asyncio.get_event_loop() is loop, asyncio.get_running_loop() is loop,
                asyncio._get_running_loop() is loop)

    print(loop.run_until_complete(inside()))
    print(asyncio._get_running_loop())
    loop.close()
    asyncio.set_event_loop(None)
    show('get_event_loop after None:', asyncio.get_event_loop)
    print(type(asyncio.get_event_loop_policy()).__name__)
    print(isinstance(loop, asyncio.AbstractEventLoop))


future_basics()
await_future()
callback_order()
handle_reprs()
run_until_complete()
exception_handlers()
loop_registry()
