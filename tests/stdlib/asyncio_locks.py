# Lock, Event, Condition, Semaphore and BoundedSemaphore: who gets in when,
# in what order waiters are woken, cancellation while waiting, reprs and
# the errors of misuse.
import asyncio
import re


def state(obj):
    # The repr without the address: <asyncio.locks.Lock object [locked]>
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


async def lock_demo():
    print('-- Lock')
    lock = asyncio.Lock()
    print(state(lock), lock.locked())
    order = []

    async def critical(name, steps):
        async with lock as value:
            order.append(f'{name} in ({value})')
            for _ in range(steps):
                await asyncio.sleep(0)
            order.append(f'{name} out')

    await asyncio.gather(critical('a', 2), critical('b', 1), critical('c', 0))
    print(order)
    print(await lock.acquire(), state(lock))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    print(state(lock), 'waiter done:', waiter.done())
    await asyncio.sleep(0)
    print('waiter got it:', waiter.result(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    # A waiter cancelled while queued does not take the lock.
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.sleep(0)
    print('w1 cancelled:', w1.cancelled(), 'w2 acquired:', w2.result(), lock.locked())
    lock.release()

    # Cancelled after being woken: the lock passes to the next waiter.
    await lock.acquire()
    w3 = asyncio.create_task(lock.acquire())
    w4 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    w3.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('w3 cancelled:', w3.cancelled(), 'w4 acquired:', w4.done() and w4.result(), lock.locked())


async def event_demo():
    print('-- Event')
    event = asyncio.Event()
    print(state(event), event.is_set())

    async def waiter(name):
        print(f'  {name} waits')
        result = await event.wait()
        print(f'  {name} woke: {result}')
        return name

    tasks = [asyncio.create_task(waiter(f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(state(event))
    event.set()
    print(state(event), 'nobody ran yet:', [t.done() for t in tasks])
    print(await asyncio.gather(*tasks))
    print('set again is harmless:', event.set(), await event.wait())
    event.clear()
    print(event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except TimeoutError:
        print('wait timed out; waiters left:', len(event._waiters))
    loop = asyncio.get_running_loop()
    loop.call_later(0.005, event.set)
    print('woken by a timer:', await event.wait())


async def condition_demo():
    print('-- Condition')
    cond = asyncio.Condition()
    print(state(cond))
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            item = items.pop(0)
            print(f'  {name} consumed {item}')

    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(['y', 'z'])
        cond.notify_all()
    await asyncio.gather(*consumers)

    for label, call in [('wait', lambda: cond.wait()), ('notify', lambda: cond.notify())]:
        try:
            result = call()
            if asyncio.iscoroutine(result):
                await result
        except RuntimeError as e:
            print(label + ':', e)

    # notify(n) wakes n waiters in order; wait() returns True.
    woken = []

    async def sleeper(name):
        async with cond:
            result = await cond.wait()
            woken.append((name, result))

    sleepers = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    while len(woken) < 2:
        await asyncio.sleep(0)
    print('after notify(2):', woken)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*sleepers)
    print('after notify(10):', woken)

    shared = asyncio.Lock()
    c1, c2 = asyncio.Condition(shared), asyncio.Condition(shared)
    async with c1:
        print('shared lock:', c2.locked(), shared.locked())
    print(c1.locked())


async def semaphore_demo():
    print('-- Semaphore')
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    running = []
    peak = 0
    last_done = asyncio.Event()

    async def job(i):
        nonlocal peak
        async with sem:
            running.append(i)
            peak = max(peak, len(running))
            print(f'  job {i} starts, running {running}')
            if i == 0:
                await last_done.wait()  # holds its slot until job 4 is done
            else:
                await asyncio.sleep(0.001)
            running.remove(i)
        if i == 4:
            last_done.set()
        return i

    print(await asyncio.gather(*(job(i) for i in range(5))), 'peak', peak)
    print(state(sem))
    print(await sem.acquire(), await sem.acquire(), state(sem), sem.locked())
    blocked = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    await asyncio.sleep(0)
    print('blocked acquired:', blocked.result(), state(sem))
    for _ in range(3):
        sem.release()
    print('plain Semaphore releases past its start:', state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    zero = asyncio.Semaphore(0)
    print(state(zero))
    asyncio.get_running_loop().call_soon(zero.release)
    print('zero semaphore released by callback:', await zero.acquire())

    print('-- BoundedSemaphore')
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError', e)
    print(state(bounded))

    # A cancelled waiter gives its slot to the next one.
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    a = asyncio.create_task(sem.acquire())
    b = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('a cancelled:', a.cancelled(), 'b got it:', b.done(), state(sem))


async def main():
    await lock_demo()
    await event_demo()
    await condition_demo()
    await semaphore_demo()


asyncio.run(main())


async def barrier_demo():
    print('-- Barrier')
    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)

    async def party(name, rounds):
        for r in range(rounds):
            index = await barrier.wait()
            print(f'  {name} passed round {r} as {index}')
            await asyncio.sleep(0)

    await asyncio.gather(party('a', 2), party('b', 2), party('c', 2))
    print(state(barrier))

    async def lone():
        async with barrier as index:
            return index

    waiting = [asyncio.create_task(lone()) for _ in range(2)]
    await asyncio.sleep(0)
    print(state(barrier), barrier.n_waiting)
    await barrier.reset()
    for task in waiting:
        try:
            await task
        except asyncio.BrokenBarrierError as e:
            print('BrokenBarrierError', e)
    print(state(barrier))
    waiting = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.abort()
    for call in (lambda: waiting, barrier.wait):
        try:
            await call()
        except asyncio.BrokenBarrierError as e:
            print('BrokenBarrierError', e)
    print(state(barrier), barrier.broken, barrier.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(barrier_demo())
