# return/break/continue inside finally override or swallow exceptions, return value overriding, finally with loops and nested try
def return_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'
print(return_overrides_return())
def return_swallows_exception():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(return_swallows_exception())
def break_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'after loop, i=%d' % i
print(break_swallows())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError('skipped')
            out.append(i)
        finally:
            out.append('f%d' % i)
            continue
    return out
print(continue_in_finally())
def finally_sees_return_value():
    x = 'original'
    try:
        return x
    finally:
        x = 'changed in finally'
print(finally_sees_return_value())
def mutable_return():
    data = []
    try:
        return data
    finally:
        data.append('appended in finally')
print(mutable_return())
def nested_finally_order():
    log = []
    try:
        try:
            try:
                log.append('inner try')
                return log
            finally:
                log.append('inner finally')
        finally:
            log.append('middle finally')
    finally:
        log.append('outer finally')
print(nested_finally_order())
def exception_in_finally_replaces():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    exception_in_finally_replaces()
except Exception as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
def except_and_finally_return():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('  finally after except-return')
print(except_and_finally_return())
def else_and_finally():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('  finally after else-return')
print(else_and_finally())
def while_with_finally():
    n = 0
    log = []
    while True:
        try:
            n += 1
            if n == 2:
                continue
            if n == 4:
                break
            log.append(n)
        finally:
            log.append('f')
    return log
print(while_with_finally())
def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print('  generator finally ran')
gf = generator_finally()
for v in gf:
    print('got', v)
    break
print('after break from generator loop')
gf.close()
print('after explicit close')
def finally_after_sys_style_exit():
    try:
        raise SystemExit(0)
    finally:
        return 'return beat SystemExit'
print(finally_after_sys_style_exit())
count = 0
def counter_finally():
    global count
    for i in range(5):
        try:
            if i % 2:
                continue
        finally:
            count += 1
    return count
print(counter_finally())
def raise_in_except_finally_returns():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('in except')
        finally:
            print('  inner finally during KeyError')
    except KeyError as e:
        return 'outer caught ' + repr(e)
print(raise_in_except_finally_returns())
