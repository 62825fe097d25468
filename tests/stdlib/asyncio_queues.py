# asyncio.Queue, PriorityQueue and LifoQueue: their non-blocking API,
# str/repr, ordering of items and of waiting getters and putters,
# cancellation of waiters, task_done/join.
import asyncio
import re


def show(queue):
    print(str(queue), '|', re.sub(r' at 0x[0-9a-f]+', '', repr(queue)))


async def non_blocking():
    print('-- put_nowait/get_nowait')
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        queue = cls(maxsize=3)
        show(queue)
        for item in (5, 1, 3):
            queue.put_nowait(item)
        show(queue)
        print(cls.__name__, queue.qsize(), queue.full(), queue.empty(), queue.maxsize)
        try:
            queue.put_nowait(9)
        except asyncio.QueueFull as e:
            print('QueueFull', repr(e), isinstance(e, Exception))
        print([queue.get_nowait() for _ in range(3)])
        try:
            queue.get_nowait()
        except asyncio.QueueEmpty as e:
            print('QueueEmpty', repr(e))
        show(queue)
        for _ in range(3):
            queue.task_done()
        show(queue)
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize(), unbounded.maxsize)
    print(sum(unbounded.get_nowait() for _ in range(60)), unbounded.qsize())
    for i in range(100, 150):
        unbounded.put_nowait(i)
    print([unbounded.get_nowait() for _ in range(unbounded.qsize())][::15])
    negative = asyncio.Queue(-1)
    for i in range(5):
        negative.put_nowait(i)
    print('maxsize -1 is unbounded:', negative.full(), negative.qsize())
    tasks = asyncio.PriorityQueue()
    for entry in [(2, 'write'), (1, 'read'), (3, 'close'), (1, 'open')]:
        tasks.put_nowait(entry)
    print([tasks.get_nowait() for _ in range(4)])
    print(asyncio.Queue[int])


async def waiting_getters_and_putters():
    print('-- waiters')
    queue = asyncio.Queue(maxsize=1)
    got = []

    async def getter(name):
        item = await queue.get()
        got.append((name, item))

    getters = [asyncio.create_task(getter(f'g{i}')) for i in range(3)]
    await asyncio.sleep(0)
    show(queue)
    for item in 'abc':
        await queue.put(item)
    await asyncio.gather(*getters)
    print(got)

    async def putter(item):
        await queue.put(item)
        print('  put', item)

    queue.put_nowait('first')
    putters = [asyncio.create_task(putter(i)) for i in range(3)]
    await asyncio.sleep(0)
    show(queue)
    for _ in range(4):
        print('  got', await queue.get())
        await asyncio.sleep(0)
    await asyncio.gather(*putters)
    show(queue)

    print('-- cancelled waiters')
    queue = asyncio.Queue()
    g1 = asyncio.create_task(queue.get())
    g2 = asyncio.create_task(queue.get())
    await asyncio.sleep(0)
    g1.cancel()
    await asyncio.sleep(0)
    show(queue)
    queue.put_nowait('for g2')
    print(await g2, g1.cancelled())
    # Woken, then cancelled before running: the item stays for the next getter.
    g3 = asyncio.create_task(queue.get())
    g4 = asyncio.create_task(queue.get())
    await asyncio.sleep(0)
    queue.put_nowait('contested')
    g3.cancel()
    print(await g4, g3.cancelled(), queue.empty())

    full = asyncio.Queue(1)
    full.put_nowait(0)
    p1 = asyncio.create_task(full.put(1))
    p2 = asyncio.create_task(full.put(2))
    await asyncio.sleep(0)
    print(full.get_nowait())
    p1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('p1 cancelled:', p1.cancelled(), 'p2 done:', p2.done(), 'holds', full.get_nowait())


async def joining():
    print('-- join')
    queue = asyncio.Queue()
    await queue.join()
    print('join on an empty queue returns at once')
    for job in range(4):
        queue.put_nowait(job)
    finished = []

    async def worker():
        while True:
            job = await queue.get()
            await asyncio.sleep(0)
            finished.append(job)
            queue.task_done()

    async def joiner(name):
        await queue.join()
        print(f'  {name} joined after {sorted(finished)}')

    joiners = [asyncio.create_task(joiner('j1')), asyncio.create_task(joiner('j2'))]
    w = asyncio.create_task(worker())
    await asyncio.gather(*joiners)
    show(queue)
    queue.put_nowait('more')
    show(queue)
    await queue.join()
    print('joined again:', finished)
    w.cancel()
    try:
        queue.task_done()
    except ValueError as e:
        print('ValueError', e)


async def main():
    await non_blocking()
    await waiting_getters_and_putters()
    await joining()


asyncio.run(main())
