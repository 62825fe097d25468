# context managers: __enter__ return value binding, __exit__ arguments, suppression by returning True, several managers in one with, exceptions inside with
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with CM('a') as v:
    print('body with', v)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
with CM('outer') as o, CM('inner') as i:
    print('body', o, i)
try:
    with CM('first'), CM('second', suppress=True), CM('third'):
        raise RuntimeError('handled by second')
    print('continues after second suppressed')
except RuntimeError:
    print('not reached')
with CM('x') as (p):
    pass
def returns_inside():
    with CM('ret'):
        return 'return value'
print(returns_inside())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
class FailingEnter:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with CM('before'), FailingEnter():
        print('not reached')
except OSError as e:
    print('OSError:', e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('original')
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('rolled back because', ev)
            return True
        print('committed')
db = {'a': 1}
with Transaction(db) as s:
    s['b'] = 2
with Transaction(db) as s:
    s['c'] = 3
    raise ValueError('oops')
print(db)
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print('depths', d1, d2, Reentrant.depth)
print('final depth', Reentrant.depth)
class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 'non-empty string suppresses'
with TruthyExit():
    1 / 0
print('suppressed by truthy value')
