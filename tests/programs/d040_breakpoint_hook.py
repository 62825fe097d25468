# breakpoint() calls sys.breakpointhook with its arguments; the default hook
# is kept as sys.__breakpointhook__.
import sys

print(sys.breakpointhook is not None, callable(sys.__breakpointhook__))


def hook(*args, **kwargs):
    print('hook called with', args, sorted(kwargs.items()))
    return 'result'


sys.breakpointhook = hook
print(breakpoint(1, 2, mode='x'))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as error:
    print('RuntimeError:', error)
sys.breakpointhook = sys.__breakpointhook__
