# helper submodule for b029: relative imports of a sibling module, a sibling's name, and a name from the parent package
print('b_pkg.sub2: executing')
from . import sub
from .sub import SUB_VALUE as renamed
from . import PKG_NAME


def report():
    return [sub.__name__, renamed, PKG_NAME, __name__]
