# What asyncio reports on stderr (exceptions never retrieved, failing
# callbacks, tasks destroyed while pending, errors in exception handlers)
# and the messages of its misuse errors.
import asyncio
import gc
import re
import sys


def section(title):
    print('--', title)
    sys.stdout.flush()
    sys.stderr.write(f'-- {title}\n')
    sys.stderr.flush()


async def fail(message):
    raise ValueError(message)


async def forever():
    await asyncio.get_running_loop().create_future()


def never_retrieved():
    section('exception never retrieved')

    async def main():
        asyncio.create_task(fail('nobody looks'))
        await asyncio.sleep(0.001)
        print('main goes on')

    asyncio.run(main())

    async def retrieved():
        task = asyncio.create_task(fail('looked at'))
        await asyncio.sleep(0.001)
        print('exception():', repr(task.exception()))
        cancelled = asyncio.create_task(fail('cancelled first'))
        cancelled.cancel()

    asyncio.run(retrieved())

    loop = asyncio.new_event_loop()
    fut = loop.create_future()
    fut.set_exception(KeyError('in a future'))
    del fut
    fut = loop.create_future()
    fut.set_exception(KeyError('retrieved'))
    fut.exception()
    del fut
    loop.close()
    sys.stderr.flush()


def callback_errors():
    section('errors in callbacks')
    loop = asyncio.new_event_loop()

    def broken(x, y=None):
        return x / 0

    def printing_handler(loop, context):
        print('handler:', context['message'].replace(__file__, 'FILE'))
        print('  handle:', repr(context['handle']).replace(__file__, 'FILE'))
        print('  exception:', repr(context['exception']))

    loop.set_exception_handler(printing_handler)
    loop.call_soon(broken, 1)
    loop.call_soon(print, 'next callback runs')
    loop.run_until_complete(asyncio.sleep(0))

    def failing_handler(loop, context):
        raise RuntimeError('handler broke')

    def report(context):
        print('default handler:', context['message'].split(' at ')[0],
              repr(context.get('exception')), sorted(context))

    # A failing handler's error goes to the default handler (replaced
    # here: its traceback would show the loop's own files).
    loop.default_exception_handler = report
    loop.set_exception_handler(failing_handler)
    loop.call_soon(broken, 2)
    loop.run_until_complete(asyncio.sleep(0))
    loop.call_exception_handler({'message': 'handler fails on this'})
    del loop.default_exception_handler
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'just a message'})
    loop.call_exception_handler({})
    loop.call_exception_handler({'message': 'with extras', 'zeta': [1], 'alpha': 'a'})
    loop.default_exception_handler({'message': 'direct', 'exception': OSError(2, 'gone')})
    loop.close()
    sys.stderr.flush()


def pending_destroyed():
    section('task destroyed while pending')
    loop = asyncio.new_event_loop()
    task = loop.create_task(forever())
    loop.run_until_complete(asyncio.sleep(0))
    print('pending:', task.done())
    loop.close()
    del task
    gc.collect()
    sys.stderr.flush()


def shutdown_errors():
    section('errors while asyncio.run() shuts down')

    async def refuses():
        try:
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            raise OSError('cleanup failed')

    async def main():
        asyncio.create_task(refuses())
        await asyncio.sleep(0)
        print('main returns with a task left')
        return 'result'

    print(asyncio.run(main()))
    sys.stderr.flush()


def show(label, call):
    try:
        result = call()
        if asyncio.iscoroutine(result):
            asyncio.run(result)
        print(label, 'no error')
    except BaseException as e:
        print(label, type(e).__name__, re.sub('0x[0-9a-f]+', 'ADDRESS', str(e)))


def misuse():
    section('misuse')
    show('run(1):', lambda: asyncio.run(1))
    show('run(func):', lambda: asyncio.run(forever))

    async def nested():
        coro = fail('x')
        try:
            asyncio.run(coro)
        finally:
            coro.close()

    show('nested run:', lambda: asyncio.run(nested()))

    async def nested_runner():
        coro = fail('x')
        try:
            asyncio.Runner().run(coro)
        finally:
            coro.close()

    show('nested Runner.run:', lambda: asyncio.run(nested_runner()))
    show('create_task outside:', lambda: asyncio.create_task(1))
    show('current_task outside:', asyncio.current_task)
    show('all_tasks outside:', asyncio.all_tasks)
    coro = asyncio.sleep(1)
    show('sleep outside:', lambda: coro.send(None))
    coro.close()

    async def awaits_itself():
        await asyncio.sleep(0)
        await me

    async def start_self():
        global me
        me = asyncio.create_task(awaits_itself())
        await asyncio.sleep(0)
        try:
            await me
        except RuntimeError as e:
            print('await itself:', str(e).split(' name=')[0])

    asyncio.run(start_self())

    async def bad_yield():
        class Weird:
            def __await__(self):
                yield 'not a future'
        await Weird()

    show('bad yield:', lambda: bad_yield())

    async def other_loop_future():
        other = asyncio.new_event_loop()
        try:
            await other.create_future()
        finally:
            other.close()

    try:
        asyncio.run(other_loop_future())
    except RuntimeError as e:
        print('other loop:', 'attached to a different loop' in str(e))

    with asyncio.Runner() as runner:
        print(runner.run(asyncio.sleep(0, 'runner result')))
        print(type(runner.get_loop()).__name__)
    coro = asyncio.sleep(0)
    show('closed runner:', lambda: runner.run(coro))
    coro.close()

    queue = asyncio.Queue()
    show('task_done:', queue.task_done)
    show('get_nowait:', queue.get_nowait)
    full = asyncio.Queue(1)
    full.put_nowait(1)
    show('put_nowait:', lambda: full.put_nowait(2))

    lock = asyncio.Lock()

    async def use_lock():
        async with lock:
            pass

    asyncio.run(use_lock())
    try:
        asyncio.run(use_lock())
        print('lock reused on a new loop (it was not waited on)')
    except RuntimeError as e:
        print(str(e).split(' at ')[0])
    event = asyncio.Event()

    async def wait_event():
        asyncio.get_running_loop().call_soon(event.set)
        await event.wait()

    asyncio.run(wait_event())
    event.clear()
    try:
        asyncio.run(wait_event())
    except RuntimeError as e:
        print('Event:', re.sub('0x[0-9a-f]+', 'ADDRESS', str(e)))


never_retrieved()
callback_errors()
pending_destroyed()
shutdown_errors()
misuse()
