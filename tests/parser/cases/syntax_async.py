# SPDX-License-Identifier: GPL-3.0-or-later
# async def, await, async for, async with and async comprehensions.
async def f(a, *, b=1) -> int:
    x = await g(a)
    y = await a.b ** 2
    async for i, j in h():
        pass
    else:
        pass
    async with m() as n, (p):
        pass
    async with (q as r, s):
        pass
    z = [await v async for v in w if await v]
    return {k: await k async for k in x}

@decorator
async def decorated():
    yield (u async for u in t)
    await asyncio.sleep(0)

class C:
    async def method(self):
        return await super().method()
