# await, async for, async with and async comprehensions under a tiny
# driver that resumes the outermost coroutine.
import sys
class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r

async def add(a, b):
    x = await Sleep(a)
    return x + b

async def main():
    r = await add(1, 2)
    print("r", r)
    return r * 10

def run(coro):
    value = None
    try:
        while True:
            y = coro.send(value)
            print("yielded", y)
            value = y * 100
    except StopIteration as e:
        return e.value

print(run(main()))
c = main()
print(type(c).__name__, c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
print(repr(c)[:22])
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.__qualname__)
c.close()
print(c.cr_frame)

async def agen(n):
    for i in range(n):
        x = await Sleep(i)
        yield i, x

async def use():
    out = []
    async for p in agen(3):
        out.append(p)
    print(out)
    print([q async for q in agen(2)])
    print({k: v async for k, v in agen(2)})
    print([await add(i, 1) for i in range(3)])
    g = (i * 2 async for i, _ in agen(3))
    print(type(g).__name__, [j async for j in g])
    it = aiter(agen(2))
    print(await anext(it), await anext(it), await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")

class CM:
    async def __aenter__(self):
        print("enter"); await Sleep(7); return self
    async def __aexit__(self, *a):
        print("exit", a[0]); return True

async def withs():
    async with CM() as m:
        print("body", type(m).__name__)
        raise ValueError("x")
    print("after")
    for i in range(3):
        async with CM():
            if i == 1: break
    return 5
run(use())
print(run(withs()))
