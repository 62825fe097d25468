# sys.modules may hold any object: imports look at it only through its
# attributes, as CPython does.
import sys
sys.modules['m'] = 42
try:
    from m import x
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import m.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from m import *
except ImportError as e:
    print(type(e).__name__, e)


class Namespace:
    public = 1
    _private = 2


sys.modules['ns'] = Namespace
from ns import *
print(public)
from ns import public as p2
print(p2)


class FakePackage:
    __name__ = 'fake'
    __path__ = []
    value = 'v'


sys.modules['fake'] = FakePackage()
from fake import value
print(value)


class BadPath:
    @property
    def __path__(self):
        raise RuntimeError('no path')


sys.modules['bad'] = BadPath()
try:
    import bad.child
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    from bad import thing
except RuntimeError as e:
    print(type(e).__name__, e)
