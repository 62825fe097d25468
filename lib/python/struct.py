"""Functions to convert between Python values and C structs.

Python bytes objects hold the packed data; the format strings describe
the layout (see the _struct module, native in pyvm).
"""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
