# packages: __init__ runs first and once, submodules bound as package attributes, relative imports (. and ..), circular imports between modules
import sys
sys.path.insert(0, 'modules')
import b_pkg
print(b_pkg.PKG_NAME, b_pkg.shared_function(), hasattr(b_pkg, 'sub'), b_pkg.__name__)
import b_pkg.sub
print(b_pkg.sub.SUB_VALUE, b_pkg.sub is sys.modules['b_pkg.sub'])
from b_pkg import sub2
print(sub2.report(), hasattr(b_pkg, 'sub2'))
import b_pkg.inner.deep as deep
print(deep.DEEP, deep.parent_sub is b_pkg.sub, 'b_pkg.inner' in sys.modules, hasattr(b_pkg, 'inner'))
from b_pkg.inner import deep as deep2
print(deep is deep2)
import b_pkg.sub as s
from b_pkg.sub import shared_function
print(s is b_pkg.sub, shared_function is b_pkg.shared_function)
print(sorted(name for name in sys.modules if name.startswith('b_pkg')))
import b_mod_circ_a
print(b_mod_circ_a.A_LATE, sys.modules['b_mod_circ_b'].B_SEES, sys.modules['b_mod_circ_b'].B_DONE)
