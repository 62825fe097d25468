# An exception raised deep in awaited coroutines inside an async for:
# the traceback runs through every coroutine frame.
class Sleep:
    def __await__(self):
        yield 1

async def leaf(n):
    await Sleep()
    if n == 0:
        raise ValueError("deep")
    return await leaf(n - 1)

async def agen():
    yield 1
    await leaf(1)
    yield 2

async def main():
    async for x in agen():
        print(x)

c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    pass
