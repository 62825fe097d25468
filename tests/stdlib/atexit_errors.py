# atexit: an exception raised by one function at exit is printed to stderr
# ("Exception ignored in atexit callback") and the others still run; they
# run after an uncaught exception, whose status the program keeps.
import atexit
import sys


class Named:
    """A callable whose repr is fixed (a function's shows its address)."""

    def __init__(self, name, error=None):
        self.name = name
        self.error = error

    def __repr__(self):
        return '<callback %s>' % self.name

    def __call__(self):
        print('running', self.name)
        if self.error is not None:
            raise self.error


atexit.register(Named('one'))
atexit.register(Named('raises ValueError', ValueError('bad value')))
atexit.register(Named('two'))
atexit.register(sys.exit, 5)
atexit.register(Named('raises KeyError', KeyError('k')))
atexit.register(Named('three'))
print('raising')
sys.stdout.flush()
raise RuntimeError('uncaught')
