# generator send() values, first send(None) requirement, throw() into suspended generators (caught and uncaught), close() and GeneratorExit
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
g = echo()
print(next(g), g.send('a'), g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('finished with', e.value)
g = echo()
try:
    g.send('too early')
except TypeError as e:
    print('TypeError:', e)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 60]])
def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('  caught inside generator:', e)
            yield 'recovered'
c = catcher()
print(next(c), c.throw(ValueError('injected')), next(c))
try:
    c.throw(KeyError('not caught'))
except KeyError as e:
    print('propagated out:', repr(e))
print(next(c, 'closed after uncaught throw'))
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('throw into unstarted:', e)
print(next(u, 'generator is finished'))
def cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise
    finally:
        print('  cleanup finally')
g = cleanup()
next(g)
print(g.close())
print(g.close(), next(g, 'closed'))
g = cleanup()
g.close()
print('closing unstarted generator runs nothing')
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse to die'
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'return during close is fine'
g = returns_on_exit()
next(g)
print(g.close())
def throw_type_only():
    try:
        yield
    except ZeroDivisionError as e:
        yield repr(e)
t = throw_type_only()
next(t)
print(t.throw(ZeroDivisionError))
def running_total():
    total = 0
    while True:
        cmd = yield total
        if cmd == 'reset':
            total = 0
        elif isinstance(cmd, int):
            total += cmd
rt = running_total()
next(rt)
print([rt.send(x) for x in [5, 5, 'reset', 3, None, 4]])
def send_into_finished():
    yield 1
s = send_into_finished()
next(s)
try:
    s.send('x')
except StopIteration:
    print('send to finishing generator raised StopIteration')
try:
    s.send('again')
except StopIteration:
    print('and again on an exhausted one')
def gen_throw_returns():
    try:
        yield 1
    except ValueError:
        return 'returned from except'
g = gen_throw_returns()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print('throw ended generator, value =', e.value)
