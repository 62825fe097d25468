# A small event loop: tasks are coroutines, `await sleep(n)` suspends one
# until the clock reaches its wake time, a queue passes items from a
# producer to consumers, and gather() waits for several tasks.
class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)

def sleep(delay):
    return Sleep(delay)

class Task:
    _ids = 0
    def __init__(self, loop, coro, name):
        Task._ids += 1
        self.id = Task._ids
        self.loop, self.coro, self.name = loop, coro, name
        self.done = False
        self.result = None
        self.waiters = []
    def __await__(self):
        while not self.done:
            yield ("join", self)
        return self.result
    def __repr__(self):
        return f"<Task {self.name} done={self.done}>"

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.seq = 0
    def spawn(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append(task)
        return task
    def step(self, task):
        try:
            request = task.coro.send(None)
        except StopIteration as stop:
            task.done = True
            task.result = stop.value
            self.ready.extend(task.waiters)
            print(f"[t={self.now}] {task.name} finished -> {stop.value!r}")
            return
        except Exception as error:
            task.done = True
            print(f"[t={self.now}] {task.name} failed: {type(error).__name__}: {error}")
            self.ready.extend(task.waiters)
            return
        kind, arg = request
        if kind == "sleep":
            self.seq += 1
            self.timers.append((self.now + arg, self.seq, task))
            self.timers.sort(key=lambda timer: timer[:2])
        elif kind == "join":
            arg.waiters.append(task)
    def run(self, main):
        root = self.spawn(main, "main")
        while self.ready or self.timers:
            if not self.ready:
                when, _, task = self.timers.pop(0)
                self.now = when
                self.ready.append(task)
            self.step(self.ready.pop(0))
        return root.result

class Queue:
    def __init__(self):
        self.items = []
    async def put(self, item):
        self.items.append(item)
        await sleep(0)
    async def get(self):
        while not self.items:
            await sleep(1)
        return self.items.pop(0)

async def gather(*tasks):
    return [await t for t in tasks]

async def producer(queue, count):
    for i in range(count):
        await sleep(2)
        await queue.put(i * i)
        print(f"[t={loop.now}] produced {i * i}")
    await queue.put(None)
    await queue.put(None)
    return "produced all"

async def consumer(name, queue):
    seen = []
    while (item := await queue.get()) is not None:
        print(f"[t={loop.now}] {name} got {item}")
        seen.append(item)
        await sleep(3)
    return seen

async def failing():
    await sleep(1)
    raise ValueError("no luck")

async def ticker(n):
    async def ticks():
        for i in range(n):
            await sleep(5)
            yield i
    return [t async for t in ticks()]

async def main():
    queue = Queue()
    tasks = [loop.spawn(producer(queue, 5), "producer"),
             loop.spawn(consumer("c1", queue), "c1"),
             loop.spawn(consumer("c2", queue), "c2"),
             loop.spawn(failing(), "failing"),
             loop.spawn(ticker(3), "ticker")]
    results = await gather(*tasks)
    print("results:", results)
    return sum(len(r) for r in results[1:3])

loop = Loop()
print("consumed:", loop.run(main()))
