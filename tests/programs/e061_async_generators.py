# Async generators: asend/athrow/aclose awaitables step by step, their
# errors, anext() with a default, and finalization of a suspended one.
class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r

def run(coro):
    value = None
    try:
        while True:
            y = coro.send(value)
            print("  yielded", y)
            value = y
    except StopIteration as e:
        return e.value

def show(fn):
    try:
        r = fn()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__ + ":", e)

async def gen():
    try:
        x = yield 1
        print("got", x)
        await Sleep("s")
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("gen caught", repr(e))
        yield 99
    finally:
        print("finally")

g = gen()
a = g.asend(None)
show(lambda: a.send(None))
show(lambda: a.send(None))
a = g.asend("hello")
show(lambda: a.send(None))
show(lambda: a.send("to-await"))
print(g.ag_running, g.ag_await)
t = g.athrow(ValueError("v"))
show(lambda: t.send(None))
show(lambda: t.send(None))
show(lambda: g.asend(None).send(None))
show(lambda: g.asend(None).send(None))

g = gen()
show(lambda: g.asend(None).send(None))
c = g.aclose()
show(lambda: c.send(None))
show(lambda: c.send(None))
show(lambda: g.asend(None).send(None))
show(lambda: g.aclose().send(None))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
show(lambda: g.asend(None).send(None))
show(lambda: g.aclose().send(None))

async def raiser():
    yield 1
    raise StopAsyncIteration
g = raiser()
show(lambda: g.asend(None).send(None))
show(lambda: g.asend(None).send(None))

async def stopit():
    yield 1
    raise StopIteration
g = stopit()
show(lambda: g.asend(None).send(None))
show(lambda: g.asend(None).send(None))

g = gen()
a = g.asend(None)
show(lambda: a.throw(KeyError("k")))
show(lambda: a.send(None))
g = gen()
show(lambda: g.athrow(TypeError, "tt").send(None))
g = gen()
show(lambda: g.asend(1).send(None))
show(lambda: g.__anext__().send(1))

async def aw_in_gen():
    a = g.asend(None)
    r = await a
    return r
g = gen()
print(run(aw_in_gen()))
g2 = gen()
async def consume():
    return [x async for x in g2]
print(run(consume()))
print(repr(gen())[:31])
n = anext(gen(), "dflt")
print(type(n).__name__)
async def empty():
    return
    yield
show(lambda: run(anext(empty(), "dflt")))
async def use_anext():
    it = empty()
    return await anext(it, 7)
print(run(use_anext()))
# finalization of suspended async gen
async def fin():
    try:
        yield 1
    finally:
        print("fin cleanup")
g = fin()
show(lambda: g.asend(None).send(None))
del g
print("after del")
class AIt:
    def __aiter__(self): return self
    def __anext__(self): return Sleep(3)
async def use_anext2():
    return await anext(AIt(), 0)
print(run(use_anext2()))

