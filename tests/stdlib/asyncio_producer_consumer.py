# Producers and consumers sharing an asyncio.Queue: bounded queues make
# producers wait, consumers give up after a timeout, join() waits for
# every item to be processed, and the order of events is the loop's.
import asyncio

log = []


def say(*parts):
    print(*parts)


async def producer(name, queue, items, pause):
    for item in items:
        await queue.put((name, item))
        say(f'{name} put {item} (size {queue.qsize()})')
        await asyncio.sleep(pause)
    say(f'{name} done')
    return len(items)


async def consumer(name, queue, timeout):
    handled = []
    while True:
        try:
            origin, item = await asyncio.wait_for(queue.get(), timeout)
        except TimeoutError:
            say(f'{name} timed out waiting, stops')
            return handled
        say(f'{name} got {item} from {origin}')
        await asyncio.sleep(0)
        handled.append(item)
        queue.task_done()


async def bounded_queue():
    say('-- bounded queue')
    queue = asyncio.Queue(maxsize=2)
    print(queue.maxsize, queue.empty(), queue.full(), queue.qsize())
    producers = [asyncio.create_task(producer('p1', queue, [1, 2, 3, 4], 0)),
                 asyncio.create_task(producer('p2', queue, ['a', 'b'], 0))]
    consumers = [asyncio.create_task(consumer(f'c{i}', queue, 0.2)) for i in range(2)]
    counts = await asyncio.gather(*producers)
    say('produced', counts)
    await queue.join()
    say('joined; empty:', queue.empty())
    handled = await asyncio.gather(*consumers)
    say('handled', sorted(map(str, handled[0] + handled[1])))


async def pipeline():
    say('-- pipeline with sentinels')
    raw = asyncio.Queue()
    cooked = asyncio.Queue()

    async def source():
        for n in range(5):
            await raw.put(n)
        for _ in range(2):
            await raw.put(None)

    async def stage(name):
        while (n := await raw.get()) is not None:
            await cooked.put((n, n * n, name))
            await asyncio.sleep(0)
        await cooked.put(None)

    async def sink():
        stops, results = 0, []
        while stops < 2:
            item = await cooked.get()
            if item is None:
                stops += 1
            else:
                results.append(item)
        return results

    results = (await asyncio.gather(source(), stage('s1'), stage('s2'), sink()))[3]
    for result in results:
        say('cooked', result)


async def timed_get():
    say('-- get with timeouts')
    queue = asyncio.Queue()

    loop = asyncio.get_running_loop()
    for attempt in range(5):
        if attempt == 2:
            # Arrives while the third get() waits.
            loop.call_soon(queue.put_nowait, 'late')
        try:
            async with asyncio.timeout(0.01):
                item = await queue.get()
            say('attempt', attempt, 'got', item)
            break
        except TimeoutError:
            say('attempt', attempt, 'timed out; getters waiting:', len(queue._getters))
    say('queue empty again:', queue.empty())


async def put_with_timeout():
    say('-- put with timeout on a full queue')
    queue = asyncio.Queue(1)
    await queue.put('x')
    try:
        await asyncio.wait_for(queue.put('y'), 0.01)
    except TimeoutError:
        say('put timed out; queue holds', queue.get_nowait())
    await asyncio.wait_for(queue.put('z'), 0.01)
    say('then put z:', queue.get_nowait())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty as e:
        say('QueueEmpty', repr(e))


async def workers_pool():
    say('-- worker pool with join and cancel')
    queue = asyncio.Queue()
    for job in range(7):
        queue.put_nowait(job)
    done = []

    async def worker(name):
        while True:
            job = await queue.get()
            await asyncio.sleep(0.001 * (job % 3))
            done.append(job)
            queue.task_done()

    workers = [asyncio.create_task(worker(f'w{i}'), name=f'worker-{i}') for i in range(3)]
    await queue.join()
    say('all jobs done:', sorted(done))
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    say([type(r).__name__ for r in results])
    say([w.get_name() for w in workers], [w.cancelled() for w in workers])


async def main():
    await bounded_queue()
    await pipeline()
    await timed_get()
    await put_with_timeout()
    await workers_pool()


asyncio.run(main())
