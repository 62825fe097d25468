# asyncio.timeout()/timeout_at() blocks and TaskGroup: deadlines that
# expire or not, rescheduling, nesting, and task groups that wait for
# their tasks, cancel them on the first failure and raise ExceptionGroup.
import asyncio


async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'  {name} cancelled')
        raise
    if fail is not None:
        print(f'  {name} fails')
        raise fail
    print(f'  {name} done')
    return name


async def timeouts():
    print('-- timeout')
    async with asyncio.timeout(1) as cm:
        print(type(cm).__name__, repr(cm).startswith('<Timeout [active] when='))
        await work('fast', 0)
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await work('slow', 1)
        print('not reached')
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, type(e.__context__).__name__)
    print(repr(cm), cm.expired())
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            print('when set:', cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at expired', cm.expired())
    try:
        async with asyncio.timeout(0):
            print('a zero timeout still runs the block to its first await')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('zero timeout expired')
    try:
        async with asyncio.timeout(-5):
            await asyncio.sleep(0)
    except TimeoutError:
        print('negative timeout expired')

    print('-- reschedule')
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled deadline expired')
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
        print('deadline removed, block finished', cm.expired())
    async with asyncio.timeout(0.005) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.01)
        print('deadline moved later')
    for label, call in [('after exit', lambda: cm.reschedule(None)),
                        ('never entered', lambda: asyncio.timeout(1).reschedule(None))]:
        try:
            call()
        except RuntimeError as e:
            print(label + ':', e)
    t = asyncio.timeout(1)
    print(repr(t))
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print(e)

    print('-- nested timeouts')
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired:', inner.expired(), 'outer expired:', outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print('outer expired:', outer.expired())
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            finally:
                print('inner expired:', inner.expired())
    except TimeoutError:
        print('outer expired, caught outside:', outer.expired())

    print('-- timeout and outside cancellation')

    async def guarded():
        async with asyncio.timeout(1):
            await asyncio.sleep(1)

    task = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('an outside cancel stays a CancelledError')

    async def no_task():
        async with asyncio.timeout(1):
            pass

    try:
        asyncio.get_running_loop().run_until_complete(no_task())
    except RuntimeError as e:
        print(e)


async def task_groups():
    print('-- TaskGroup')
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(work('a', 0.01))
        b = tg.create_task(work('b', 0), name='bee')
        print(repr(tg), b.get_name())
    print('after block:', a.result(), b.result(), repr(tg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('long', 1))
            tg.create_task(work('bad', 0.001, fail=ValueError('bad value')))
            await asyncio.sleep(1)
            print('not reached')
    except* ValueError as group:
        print('caught', type(group).__name__, repr(group.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('e1', 0, fail=KeyError('k')))
            tg.create_task(work('e2', 0, fail=TypeError('t')))
    except ExceptionGroup as group:
        print('group:', group.message, [repr(e) for e in group.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('sibling', 1))
            await asyncio.sleep(0)
            raise RuntimeError('body fails')
    except ExceptionGroup as group:
        print('body error joins the group:', [repr(e) for e in group.exceptions])

    async def cancelled_parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('child', 1))
            await asyncio.sleep(1)

    parent = asyncio.create_task(cancelled_parent())
    await asyncio.sleep(0.001)
    parent.cancel()
    try:
        await parent
    except asyncio.CancelledError:
        print('parent cancelled:', parent.cancelled())

    async with asyncio.TaskGroup() as tg:
        pass
    for label, call in [('finished', lambda: tg.create_task(work('late', 0))),
                        ('not entered', lambda: asyncio.TaskGroup().create_task(work('x', 0)))]:
        try:
            call()
        except RuntimeError as e:
            print(label + ':', e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)

    async def spawner(tg, depth):
        if depth:
            tg.create_task(spawner(tg, depth - 1))
        await asyncio.sleep(0)
        print('  spawner level', depth)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 3))
    print('all spawned tasks awaited')

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('crash', 0, fail=ZeroDivisionError('div')))
            await asyncio.sleep(0.001)
            tg.create_task(work('too late', 0))
    except* ZeroDivisionError as group:
        print('shutting down:', repr(group.exceptions[0]))
    except* RuntimeError as group:
        print('create_task while aborting:', group.exceptions[0])


async def main():
    await timeouts()
    await task_groups()


asyncio.run(main())
