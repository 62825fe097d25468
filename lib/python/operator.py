# SPDX-License-Identifier: GPL-3.0-or-later
"""Operator Interface"""

# pyvm's operator: each function is the operator it names. The messages of
# CPython's _operator are kept where the operators alone would differ.

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

from builtins import abs as _abs


# Comparison operations

def lt(a, b, /):
    "The value of a < b."
    return a < b

def le(a, b, /):
    "The value of a <= b."
    return a <= b

def eq(a, b, /):
    "The value of a == b."
    return a == b

def ne(a, b, /):
    "The value of a != b."
    return a != b

def ge(a, b, /):
    "The value of a >= b."
    return a >= b

def gt(a, b, /):
    "The value of a > b."
    return a > b


# Logical operations

def not_(a, /):
    "The value of not a."
    return not a

def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b, /):
    "The value of a is b."
    return a is b

def is_not(a, b, /):
    "The value of a is not b."
    return a is not b


# Mathematical/bitwise operations

def abs(a, /):
    "The value of abs(a)."
    return _abs(a)

def add(a, b, /):
    "The value of a + b."
    return a + b

def and_(a, b, /):
    "The value of a & b."
    return a & b

def floordiv(a, b, /):
    "The value of a // b."
    return a // b

def index(a, /):
    "Same as a.__index__()"
    if a.__class__ is int:
        return a
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result

def inv(a, /):
    "The value of ~a."
    return ~a
invert = inv

def lshift(a, b, /):
    "The value of a << b."
    return a << b

def mod(a, b, /):
    "The value of a % b."
    return a % b

def mul(a, b, /):
    "The value of a * b."
    return a * b

def matmul(a, b, /):
    "The value of a @ b."
    return a @ b

def neg(a, /):
    "The value of -a."
    return -a

def or_(a, b, /):
    "The value of a | b."
    return a | b

def pos(a, /):
    "The value of +a."
    return +a

def pow(a, b, /):
    "The value of a ** b."
    return a ** b

def rshift(a, b, /):
    "The value of a >> b."
    return a >> b

def sub(a, b, /):
    "The value of a - b."
    return a - b

def truediv(a, b, /):
    "The value of a / b."
    return a / b

def xor(a, b, /):
    "The value of a ^ b."
    return a ^ b


# Sequence operations

def _is_sequence(a):
    # CPython's PySequence_Check: it can be indexed and is not a dict.
    return hasattr(type(a), '__getitem__') and not isinstance(a, dict)

def concat(a, b, /):
    "The value of a + b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b

def contains(a, b, /):
    "The value of b in a (note reversed operands)."
    return b in a

def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count

def delitem(a, b, /):
    "The value of del a[b]."
    del a[b]

def getitem(a, b, /):
    "The value of a[b]."
    return a[b]

def indexOf(a, b, /):
    "Return the first index of b in a."
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c, /):
    "The value of a[b] = c."
    a[b] = c

def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    if hasattr(type(obj), '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(value).__name__}")
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# Other operations

def call(obj, /, *args, **kwargs):
    """The value of obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


# Generalized lookup objects

class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand."""
    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple(tuple(attr.split('.')) for attr in attrs)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'attrgetter expected 1 argument, got {len(args)}')
        obj = args[0]
        paths = self._paths
        if len(paths) == 1:
            return _resolve(obj, paths[0])
        return tuple([_resolve(obj, path) for path in paths])

    def __repr__(self):
        return f'{self.__class__.__module__}.{self.__class__.__qualname__}({", ".join(map(repr, self._attrs))})'

    def __reduce__(self):
        return self.__class__, self._attrs


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""
    __slots__ = ('_items', '_single')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'itemgetter expected 1 argument, got {len(args)}')
        obj = args[0]
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[item] for item in self._items])

    def __repr__(self):
        return f'{self.__class__.__module__}.{self.__class__.__qualname__}({", ".join(map(repr, self._items))})'

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'methodcaller expected 1 argument, got {len(args)}')
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f'{self.__class__.__module__}.{self.__class__.__qualname__}({", ".join(args)})'

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# In-place operations

def iadd(a, b, /):
    "The value of a += b."
    a += b
    return a

def iand(a, b, /):
    "The value of a &= b."
    a &= b
    return a

def iconcat(a, b, /):
    "The value of a += b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a

def ifloordiv(a, b, /):
    "The value of a //= b."
    a //= b
    return a

def ilshift(a, b, /):
    "The value of a <<= b."
    a <<= b
    return a

def imod(a, b, /):
    "The value of a %= b."
    a %= b
    return a

def imul(a, b, /):
    "The value of a *= b."
    a *= b
    return a

def imatmul(a, b, /):
    "The value of a @= b."
    a @= b
    return a

def ior(a, b, /):
    "The value of a |= b."
    a |= b
    return a

def ipow(a, b, /):
    "The value of a **= b."
    a **= b
    return a

def irshift(a, b, /):
    "The value of a >>= b."
    a >>= b
    return a

def isub(a, b, /):
    "The value of a -= b."
    a -= b
    return a

def itruediv(a, b, /):
    "The value of a /= b."
    a /= b
    return a

def ixor(a, b, /):
    "The value of a ^= b."
    a ^= b
    return a


# All of these "__func__ = func" assignments have to happen after the
# functions are defined, as CPython's module has them.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
