# "from module import *" with and without __all__: which names get bound, underscore rules, and that star import copies current bindings
import sys
sys.path.insert(0, 'modules')
before = set(dir())
from b_mod_all import *
added_all = sorted(set(dir()) - before - {'before'})
print(added_all)
print(public_a, _exported_private, CONST)
try:
    public_b
except NameError as e:
    print('NameError:', e)
before = set(dir())
from b_mod_noall import *
added = sorted(set(dir()) - before - {'before', 'added_all'})
print(added)
print(alpha, beta, gamma(), Delta.__name__, uses_alias(), sys is sys.modules['sys'])
try:
    _hidden
except NameError as e:
    print('NameError:', e)
import b_mod_noall
b_mod_noall.alpha = 'rebound in module'
print(alpha, b_mod_noall.alpha)
beta.append(3)
print(b_mod_noall.beta)
def func_level():
    from b_mod_all import public_a as pa, CONST
    return pa, CONST
print(func_level())
import b_mod_all
print(b_mod_all.__all__, b_mod_all.helper())
