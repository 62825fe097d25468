# helper module for b029: two-dot relative import from a nested subpackage
print('b_pkg.inner.deep: executing')
from ..sub import SUB_VALUE
from .. import sub as parent_sub
DEEP = 'deep sees ' + SUB_VALUE
