# importing a helper module: side effects run once (module caching), import as, from-import, module attributes, sys.modules, __name__
import sys
sys.path.insert(0, 'modules')
print('main __name__ =', __name__)
if __name__ == '__main__':
    print('running as the main program')
import b_mod_basic
import b_mod_basic
import b_mod_basic as alias
from b_mod_basic import greet, VALUE as answer, Thing
print(alias is b_mod_basic, b_mod_basic.__name__, type(b_mod_basic).__name__, 'b_mod_basic' in sys.modules)
print(sys.modules['b_mod_basic'] is b_mod_basic, greet('world'), answer, Thing().describe(), b_mod_basic._private)
print(b_mod_basic.bump(), b_mod_basic.bump(), alias.counter)
b_mod_basic.VALUE = 'changed via module attribute'
from b_mod_basic import VALUE
print(VALUE, answer)
def lazy_import():
    import b_mod_basic as inside
    return inside.counter
print(lazy_import())
print([n for n in dir(b_mod_basic) if not n.startswith('__')])
print(sorted(k for k in vars(b_mod_basic) if not k.startswith('_')))
b_mod_basic.new_attr = 'added from outside'
import b_mod_basic as again
print(again.new_attr, again.Thing is Thing)
import math, sys as system
print(system is sys, math.floor(2.7), 'math' in sys.modules)
from math import (floor,
                  ceil as c)
print(floor(-0.5), c(-0.5))
print(type(sys.path).__name__, sys.path[0], isinstance(sys.modules, dict))
del sys.modules['b_mod_basic']
import b_mod_basic as reloaded
print(reloaded is b_mod_basic, reloaded.counter, reloaded.VALUE)
