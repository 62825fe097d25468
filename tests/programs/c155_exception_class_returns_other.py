# `raise E` and gen.throw(E) when E() does not give an exception instance,
# or fails: TypeError (raise), or the failure thrown into the generator.


class NotAnException(Exception):
    def __new__(cls, *args):
        return 1


class FailingInit(Exception):
    def __init__(self, *args):
        raise KeyError('init failed')


try:
    raise NotAnException
except TypeError as e:
    print('raise:', e)
try:
    raise FailingInit
except KeyError as e:
    print('raise:', repr(e))


def finished():
    yield 1


it = finished()
next(it)
for args in [(NotAnException,), (NotAnException, 5), (NotAnException, (1, 2)),
             (NotAnException, None)]:
    try:
        it.throw(*args)
    except TypeError as e:
        print('throw:', e)
print(next(it, 'exhausted'))


def catching():
    while True:
        try:
            yield 'resumed'
        except Exception as e:
            print('inside:', type(e).__name__, e)


it = catching()
next(it)
print(it.throw(FailingInit))
print(it.throw(NotAnException))
print(it.throw(NotAnException, 'value'))
print(it.throw(ValueError, ValueError('instance')))
print(it.throw(ValueError, (1, 2)))
for bad in [(ValueError, None, 'not a traceback'), (1,), (ValueError('x'), 1)]:
    try:
        it.throw(*bad)
    except TypeError as e:
        print(e)
