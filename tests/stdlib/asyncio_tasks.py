# Tasks: names, reprs, cancellation (with messages, cancelling/uncancel,
# a coroutine that refuses), current_task/all_tasks, and the combinators
# gather, wait, wait_for, as_completed and shield.
import asyncio


def norm(text):
    return str(text).replace(__file__, 'FILE')


async def sleeper(name, delay, result=None, fail=None):
    await asyncio.sleep(delay)
    if fail is not None:
        raise fail
    print(f'  {name} finished')
    return result if result is not None else name


async def task_basics():
    print('-- task basics')
    me = asyncio.current_task()
    print(norm(me).split(' cb=')[0])
    print(me.get_name(), me in asyncio.all_tasks(), len(asyncio.all_tasks()))
    t = asyncio.create_task(sleeper('t', 0.001))
    print(norm(t))
    named = asyncio.create_task(sleeper('n', 0), name='custom')
    print(named.get_name())
    named.set_name(12)
    print(repr(named.get_name()), t.get_coro().__name__, t.get_loop() is asyncio.get_running_loop())
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print(norm(t))
    print('stack:', [(f.f_code.co_name, f.f_lineno) for f in t.get_stack()], t.get_stack(limit=0))
    print(await t, await named)
    print(norm(t))
    print(t.done(), t.result(), t.exception(), t.cancelled())
    print(len(asyncio.all_tasks()))
    for label, call in [('set_result', lambda: t.set_result(1)),
                        ('set_exception', lambda: t.set_exception(ValueError()))]:
        try:
            call()
        except RuntimeError as e:
            print(label, e)
    failing = asyncio.create_task(sleeper('f', 0, fail=KeyError('bad key')))
    await asyncio.sleep(0.001)
    print(norm(failing))
    print(repr(failing.exception()))
    print('stack:', [(f.f_code.co_name, f.f_lineno) for f in failing.get_stack()])
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(e)
    try:
        asyncio.ensure_future('text')
    except TypeError as e:
        print(e)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut, asyncio.isfuture(fut), asyncio.isfuture(t), asyncio.isfuture(1))

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'awaited object'

    wrapped = asyncio.ensure_future(Awaitable())
    print(type(wrapped).__name__, await wrapped)

    async def bare_yield():
        await asyncio.sleep(0)
        return 'yielded'

    print(await asyncio.create_task(bare_yield()))
    print(asyncio.iscoroutinefunction(sleeper), asyncio.iscoroutinefunction(norm))

    class Service:
        async def method(self):
            pass

        def plain(self):
            pass

    import functools
    print(asyncio.iscoroutinefunction(Service().method), asyncio.iscoroutinefunction(Service.method),
          asyncio.iscoroutinefunction(functools.partial(sleeper, 'p')),
          asyncio.iscoroutinefunction(Service().plain), asyncio.iscoroutinefunction(len),
          asyncio.iscoroutinefunction(lambda: None))
    coro = sleeper('x', 0)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(sleeper))
    coro.close()


async def cancellation():
    print('-- cancellation')
    t = asyncio.create_task(sleeper('c', 1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling(), norm(t).split(' coro=')[0])
    print(t.cancel('again'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled:', repr(e))
    print(t.cancelled(), t.done(), t.cancel(), norm(t).split(' coro=')[0])
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result:', repr(e))

    # cancel before the first step: the coroutine never runs.
    started = []

    async def never_started():
        started.append(1)

    t2 = asyncio.create_task(never_started())
    t2.cancel('early')
    try:
        await t2
    except asyncio.CancelledError as e:
        print('early:', repr(e), started)

    # A coroutine that catches the cancellation and goes on.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print('  stubborn caught', repr(e), 'cancelling:', asyncio.current_task().cancelling())
            print('  uncancel ->', asyncio.current_task().uncancel())
        await asyncio.sleep(0)
        return 'survived'

    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel('please stop')
    print(await t3, t3.cancelled())

    # Cleanup in finally runs; the cancellation goes on after it.
    async def with_cleanup():
        try:
            await asyncio.sleep(1)
        finally:
            print('  cleanup runs')
            await asyncio.sleep(0)
            print('  cleanup done')

    t4 = asyncio.create_task(with_cleanup())
    await asyncio.sleep(0)
    t4.cancel()
    await asyncio.sleep(0)
    print('still running:', not t4.done())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancelled after cleanup:', t4.cancelled())

    # Raising another exception instead.
    async def converts():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise ValueError('converted')

    t5 = asyncio.create_task(converts())
    await asyncio.sleep(0)
    t5.cancel()
    try:
        await t5
    except ValueError as e:
        print('got', repr(e), t5.cancelled())

    # Cancelling the awaiting task cancels the task it awaits.
    inner = asyncio.create_task(sleeper('inner', 1))

    async def outer():
        return await inner

    out = asyncio.create_task(outer())
    await asyncio.sleep(0)
    out.cancel('from outside')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('inner cancelled:', inner.cancelled(), 'outer cancelled:', out.cancelled())
    try:
        out.result()
    except asyncio.CancelledError as e:
        print('outer result:', repr(e))

    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


async def gathering():
    print('-- gather')
    print(await asyncio.gather())
    print(await asyncio.gather(sleeper('a', 0.002), sleeper('b', 0.001), sleeper('c', 0)))
    coro = sleeper('same', 0)
    print(await asyncio.gather(coro, coro))
    results = await asyncio.gather(sleeper('ok', 0), sleeper('bad', 0, fail=ValueError('v')),
                                   return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(sleeper('x', 0.001), sleeper('bad', 0, fail=OSError('boom')))
    except OSError as e:
        print('gather raised:', repr(e))
    await asyncio.sleep(0.002)

    t = asyncio.create_task(sleeper('t', 1))
    g = asyncio.gather(t, sleeper('u', 0.001), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel('child cancelled')
    print('with return_exceptions:', [repr(r) for r in await g])

    g2 = asyncio.gather(sleeper('v', 1), sleeper('w', 1))
    await asyncio.sleep(0)
    print('cancel gather:', g2.cancel('stop all'), g2.cancel())
    try:
        await g2
    except asyncio.CancelledError as e:
        print('gather cancelled:', repr(e))
    done_future = asyncio.get_running_loop().create_future()
    done_future.set_result('f')
    print(await asyncio.gather(done_future, sleeper('z', 0)))


async def waiting():
    print('-- wait')
    loop = asyncio.get_running_loop()
    a_future, c_future = loop.create_future(), loop.create_future()

    async def waits_for(name, future):
        value = await future
        print(f'  {name} finished')
        return value

    a = asyncio.create_task(waits_for('a', a_future), name='a')
    b = asyncio.create_task(sleeper('b', 0), name='b')
    c = asyncio.create_task(waits_for('c', c_future), name='c')
    done, pending = await asyncio.wait({a, b, c}, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait([a, c], timeout=0.01)
    print(done, sorted(t.get_name() for t in pending))
    loop.call_soon(a_future.set_result, 'A')
    done, pending = await asyncio.wait([a, c], timeout=5, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    loop.call_soon(c_future.set_result, 'C')
    done, pending = await asyncio.wait([a, c])
    print(sorted(t.get_name() for t in done), pending)
    e = asyncio.create_task(sleeper('e', 0, fail=ValueError('e failed')), name='e')
    f = asyncio.create_task(sleeper('f', 1), name='f')
    done, pending = await asyncio.wait([e, f], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print(repr(e.exception()))
    f.cancel()
    for args, kwargs in [(([],), {}), (([f],), {'return_when': 'SOMETIMES'}),
                         ((f,), {}), ((sleeper('s', 0),), {}), (([sleeper('s', 0)],), {})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


async def waiting_for():
    print('-- wait_for')
    print(await asyncio.wait_for(sleeper('quick', 0), timeout=1))
    print(await asyncio.wait_for(sleeper('no limit', 0), None))
    t = asyncio.create_task(sleeper('slow', 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError as e:
        print('timeout:', repr(e), type(e.__cause__).__name__, t.cancelled())
    try:
        await asyncio.wait_for(sleeper('zero', 1), 0)
    except TimeoutError as e:
        print('zero timeout:', repr(e))
    done = asyncio.get_running_loop().create_future()
    done.set_result('already')
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(sleeper('err', 0, fail=LookupError('lookup')), 1)
    except LookupError as e:
        print('error passes through:', repr(e))

    async def ignores_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'ignored the cancel'

    print(await asyncio.wait_for(ignores_cancel(), 0.01))

    # Cancelling the waiter cancels the awaited task too.
    inner = asyncio.create_task(sleeper('inner', 1))
    waiter = asyncio.create_task(asyncio.wait_for(inner, 5))
    await asyncio.sleep(0.001)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print('waiter cancelled, inner cancelled:', inner.cancelled())


async def completed_order():
    print('-- as_completed')

    async def quiet(delay, result):
        await asyncio.sleep(delay)
        return result

    coros = [quiet(0.03, 3), quiet(0.01, 1), quiet(0.02, 2)]
    for next_done in asyncio.as_completed(coros):
        print('got', await next_done)
    slow = [quiet(0, 1), quiet(5, 2)]
    results = []
    try:
        for next_done in asyncio.as_completed(slow, timeout=0.1):
            results.append(await next_done)
    except TimeoutError:
        print('as_completed timed out after', results)
    try:
        asyncio.as_completed(asyncio.get_running_loop().create_future())
    except TypeError as e:
        print(e)
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
    await asyncio.sleep(0)


async def shielding():
    print('-- shield')
    inner = asyncio.create_task(sleeper('shielded', 0.01, 'kept'))
    outer = asyncio.shield(inner)
    print(type(outer).__name__)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled?', inner.cancelled())
    print('inner result:', await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print(asyncio.shield(done) is done)

    release = asyncio.Event()

    async def inner_work():
        await release.wait()
        print('  inner2 finished')
        return 'late value'

    async def protected_call():
        try:
            return await asyncio.wait_for(asyncio.shield(inner2), 0.001)
        except TimeoutError:
            return 'timed out, inner still running: ' + str(not inner2.done())

    inner2 = asyncio.create_task(inner_work())
    print(await protected_call())
    release.set()
    print(await inner2)
    failing = asyncio.create_task(sleeper('x', 0, fail=ArithmeticError('arith')))
    try:
        await asyncio.shield(failing)
    except ArithmeticError as e:
        print('shield passes errors:', repr(e))


async def sleeping():
    print('-- sleep')
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.001, result=[1]))
    print(await asyncio.sleep(-1, 'negative'))
    order = []

    async def ticker(name, n):
        for i in range(n):
            order.append(f'{name}{i}')
            await asyncio.sleep(0)

    await asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 3))
    print(order)
    order.clear()

    async def timed(name, delays):
        for d in delays:
            await asyncio.sleep(d)
            order.append(name)

    await asyncio.gather(timed('x', [0.01, 0.1]), timed('y', [0.02, 0.002]), timed('z', [0.015]))
    print(order)


async def main():
    await task_basics()
    await cancellation()
    await gathering()
    await waiting()
    await waiting_for()
    await completed_order()
    await shielding()
    await sleeping()
    print('tasks left:', len(asyncio.all_tasks()))


asyncio.run(main())
