# await in every construct: f-strings, displays, conditionals, try/except/
# finally, async with (several managers, suppressing, left by continue,
# break and return), async for with else/break/continue, match, nested
# async comprehensions; async generators closed when dropped.
class Tick:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got if got is not None else self.v

def drive(coro):
    sent = None
    try:
        while True:
            y = coro.send(sent)
            sent = y * 10 if isinstance(y, int) else None
    except StopIteration as stop:
        return stop.value

class Res:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await Tick(0)
        return self.name
    async def __aexit__(self, kind, value, tb):
        await Tick(0)
        print("close", self.name, kind.__name__ if kind else None)
        return kind is KeyError

async def numbers(n):
    try:
        for i in range(n):
            yield i
            await Tick(i)
    finally:
        print("numbers finally", n)

async def main():
    print(f"f-string {await Tick(1)} and {await Tick(2)!r}")
    d = {await Tick(3): [await Tick(4) for _ in range(2)]}
    print(d)
    print(await Tick(5) if await Tick(0) else "no")
    try:
        await Tick(6)
        raise ValueError("inside")
    except ValueError as e:
        print("caught", e, await Tick(7))
    finally:
        print("finally", await Tick(8))
    async with Res("a") as a, Res("b") as b:
        print("body", a, b)
        raise KeyError("swallowed")
    for k in range(3):
        async with Res(f"loop{k}"):
            if k == 1:
                continue
            if k == 2:
                break
    async for i in numbers(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("i", i)
    else:
        print("not reached")
    async for i in numbers(2):
        print("j", i)
    else:
        print("else ran")
    match await Tick(9):
        case 90:
            print("matched", 90)
    total = sum([x async for x in numbers(4) if x % 2 == 0])
    print("total", total)
    nested = [[y async for y in numbers(x)] async for x in numbers(3)]
    print(nested)
    return await inner()

async def inner():
    async with Res("ret"):
        return "returned from with"

print(drive(main()))
print("end")
