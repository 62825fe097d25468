# atexit: register returns the function and passes its arguments,
# unregister, _run_exitfuncs, _clear, _ncallbacks, the argument errors,
# and the functions left registered running at exit, last first.
import atexit

start = atexit._ncallbacks()


def show(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', result)


def say(*args, **kwargs):
    print('say', args, sorted(kwargs.items()))


print(atexit.register(say, 1, 2, key='value') is say, atexit._ncallbacks() - start)
atexit.register(say, 'again')
atexit.register(say)
print(atexit._ncallbacks() - start)
atexit.unregister(say)
print(atexit._ncallbacks() - start)
atexit.unregister(say)
atexit.unregister(print)
show('register()', atexit.register)
show('register(1)', atexit.register, 1)
show('unregister()', atexit.unregister)
show('unregister(1, 2)', atexit.unregister, 1, 2)
show('_ncallbacks(1)', atexit._ncallbacks, 1)
show('_clear(1)', atexit._clear, 1)
show('_run_exitfuncs(1)', atexit._run_exitfuncs, 1)


@atexit.register
def decorated():
    print('decorated runs at exit')


print(decorated.__name__, atexit._ncallbacks() - start)

order = []
atexit.register(order.append, 'first')
atexit.register(order.append, 'second')
atexit.register(lambda: order.append('third'))
atexit._run_exitfuncs()
print(order, atexit._ncallbacks())

atexit.register(say, 'cleared')
atexit._clear()
print(atexit._ncallbacks())


class Equal:
    """Equal to every other Equal: unregister compares with ==."""

    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return isinstance(other, Equal)

    __hash__ = object.__hash__

    def __call__(self):
        print('Equal', self.tag)


atexit.register(Equal('a'))
atexit.register(Equal('b'))
atexit.unregister(Equal('c'))
print(atexit._ncallbacks())


def nested():
    print('nested runs; one it registers at exit does not')
    atexit.register(say, 'registered during exit')


data = {'kept': 'module globals are still there'}
atexit.register(lambda: print('at exit:', data['kept']))
atexit.register(nested)
atexit.register(say, 'last registered', first='runs first')
atexit.register(print, 'print', 'with', 'args', sep='-')
print('end of program')
