# try/except/else/finally ordering, 'as' binding cleared after handler, tuples of types, bare except, nested try, re-raise with bare raise
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'value':
            raise ValueError('bad value')
        if action == 'key':
            {}['k']
        if action == 'type':
            1 + 'a'
        log.append('try-end')
    except (ValueError, KeyError) as e:
        log.append('caught ' + type(e).__name__)
    except Exception:
        log.append('generic')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
for a in ['none', 'value', 'key', 'type']:
    print(a, run(a))
try:
    raise IndexError('idx')
except IndexError as err:
    print('handled', err)
try:
    print(err)
except NameError as e:
    print('NameError:', e)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        print('inner handler, re-raising')
        raise
except KeyError as e:
    print('outer caught', repr(e))
try:
    1 / 0
except:
    print('bare except caught')
def nested():
    try:
        try:
            raise TypeError('deep')
        except ValueError:
            print('wrong handler')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer handler:', e)
        return 'returned from handler'
    finally:
        print('outer finally')
print(nested())
def finally_runs_on_return():
    try:
        return 'try value'
    finally:
        print('finally before return')
print(finally_runs_on_return())
def except_order():
    try:
        raise KeyError('k')
    except LookupError:
        return 'LookupError first'
    except KeyError:
        return 'KeyError second'
print(except_order())
for exc_type in (ZeroDivisionError, OverflowError, IndexError):
    try:
        raise exc_type('boom')
    except ArithmeticError as e:
        print('arith', type(e).__name__, e)
    except LookupError as e:
        print('lookup', type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError('retry')
        break
    except RuntimeError:
        continue
    finally:
        print('attempt', count)
print('count', count)
try:
    raise ValueError
except ValueError as e:
    print('class raised:', repr(e), e.args, str(e) == '')
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print(e, '| context:', repr(e.__context__))
result = []
for i in range(3):
    try:
        if i == 1:
            continue
        result.append(i)
    finally:
        result.append('f%d' % i)
print(result)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError:', e)
