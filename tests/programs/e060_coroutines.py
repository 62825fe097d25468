# Coroutines driven by hand: await, send/throw/close, the cr_* attributes,
# and CPython's errors for what cannot be awaited.
import sys
class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r

def run(coro, values=()):
    value = None
    try:
        while True:
            y = coro.send(value)
            print("  yielded", y)
            value = y
    except StopIteration as e:
        return e.value

async def f():
    return 1

def show(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

# errors of await
async def bad_await(x):
    return await x
show(lambda: run(bad_await(1)))
class NoIter:
    def __await__(self): return 5
show(lambda: run(bad_await(NoIter())))
class RetCoro:
    def __await__(self): return f()
c0 = None
def t():
    global c0
    return run(bad_await(RetCoro()))
show(t)
c = f()
show(lambda: run(c))
show(lambda: run(c))
show(lambda: c.send(1))
c = f()
show(lambda: c.send(1))
c.close()
show(lambda: list(f.__code__.co_name))
show(lambda: iter(f()))
show(lambda: next(f()))
# throw into coroutine waiting on await
async def catcher():
    try:
        await Sleep(1)
    except ValueError as e:
        print("caught", e)
        await Sleep(2)
        return "done"
c = catcher()
print(c.send(None))
print(c.throw(ValueError("boom")))
show(lambda: c.send(None))
c = catcher()
c.send(None)
c.close()
print(c.cr_frame, c.cr_running, c.cr_suspended)
show(lambda: c.throw(KeyError))
# awaiting same coroutine twice
async def inner():
    await Sleep(1)
async def outer(co):
    await co
co = inner()
o1 = outer(co); o1.send(None)
show(lambda: outer(co).send(None))
# async for errors
async def af(x):
    async for i in x:
        pass
show(lambda: run(af(1)))
class AI:
    def __aiter__(self): return 1
show(lambda: run(af(AI())))
class AI2:
    def __aiter__(self): return self
    def __anext__(self): return 5
show(lambda: run(af(AI2())))
class AI3:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        await Sleep(self.i)
        return self.i * 10
async def af2(x):
    async for i in x:
        print("item", i)
    else:
        print("else")
run(af2(AI3()))
# async with errors
async def aw(x):
    async with x:
        pass
show(lambda: run(aw(1)))
class OnlyEnter:
    async def __aenter__(self): pass
show(lambda: run(aw(OnlyEnter())))
class BadEnter:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
show(lambda: run(aw(BadEnter())))
class BadExit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
show(lambda: run(aw(BadExit())))
show(lambda: aiter(1))
show(lambda: anext(1))
class A:
    def __aiter__(self): return 1
show(lambda: aiter(A()))
print(type(f).__name__, f.__code__.co_flags & 0x80, f.__qualname__)
async def ag():
    yield 1
print(ag.__code__.co_flags & 0x200, type(ag()).__name__)
print(sys.getrecursionlimit() > 0)
