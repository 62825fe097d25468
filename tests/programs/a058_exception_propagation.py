# exceptions propagating through several function frames, finally blocks running during unwinding, handlers at different depths
trace = []
def level3(kind):
    trace.append('enter3')
    try:
        if kind == 'zero':
            return 1 // 0
        if kind == 'key':
            return {}['missing']
        return 'ok'
    finally:
        trace.append('finally3')
def level2(kind):
    trace.append('enter2')
    try:
        return level3(kind)
    except KeyError as e:
        trace.append('handled-key-in-2')
        return 'recovered ' + str(e)
    finally:
        trace.append('finally2')
def level1(kind):
    trace.append('enter1')
    try:
        return level2(kind)
    except ArithmeticError as e:
        trace.append('handled-arith-in-1')
        return 'level1 caught ' + type(e).__name__
for kind in ['ok', 'key', 'zero']:
    trace.clear()
    print(kind, level1(kind), trace)
def thrower(n):
    if n == 0:
        raise ValueError('bottom reached')
    return thrower(n - 1)
try:
    thrower(20)
except ValueError as e:
    print('caught from depth 20:', e)
def transform():
    try:
        thrower(3)
    except ValueError as e:
        raise RuntimeError('wrapped') from e
try:
    transform()
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__), e.__suppress_context__)
def in_loop():
    results = []
    for v in [2, 1, 0, -1]:
        try:
            results.append(10 // v)
        except ZeroDivisionError:
            results.append('div0')
            continue
        finally:
            results.append('f')
    return results
print(in_loop())
def generator_raises():
    yield 1
    raise KeyError('from generator')
try:
    for x in generator_raises():
        print('got', x)
except KeyError as e:
    print('KeyError from generator:', e)
def callback_runner(cb):
    return [cb(x) for x in range(3)]
try:
    callback_runner(lambda x: 10 / (x - 2))
except ZeroDivisionError as e:
    print('from lambda in comprehension:', e)
def swallow():
    try:
        raise ValueError('swallowed')
    except ValueError:
        pass
    return 'continued'
print(swallow())
def reraise_other():
    try:
        [][1]
    except IndexError:
        raise
try:
    reraise_other()
except LookupError as e:
    print(type(e).__name__, e)
def cleanup_order():
    out = []
    def a():
        try:
            b()
        finally:
            out.append('a-finally')
    def b():
        try:
            raise TypeError('t')
        finally:
            out.append('b-finally')
    try:
        a()
    except TypeError:
        out.append('caught')
    return out
print(cleanup_order())
