# helper module for b028: __all__ limits what "from b_mod_all import *" binds (including an underscore name)
__all__ = ['public_a', '_exported_private', 'CONST']
public_a = 'public a'
public_b = 'public b (not in __all__)'
_exported_private = 'private but listed in __all__'
CONST = 3.14


def helper():
    return 'helper not exported'
