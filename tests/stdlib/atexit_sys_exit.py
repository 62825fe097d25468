# atexit: the functions run after sys.exit(), which sets the status; an
# exception in one is reported and leaves the status as it was.
import atexit
import sys


class Named:
    def __repr__(self):
        return '<Named>'

    def __call__(self):
        print('Named runs')
        return 1 / 0


atexit.register(print, 'runs after sys.exit')
atexit.register(Named())
atexit.register(print, 'runs first')
print('exiting')
sys.exit(3)
