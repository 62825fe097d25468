# SPDX-License-Identifier: GPL-3.0-or-later
"""Generic (shallow and deep) copying operations."""

# pyvm's copy. The protocol is CPython's: __copy__ and __deepcopy__, then
# __reduce_ex__(4) or __reduce__ where a class defines them. pyvm's objects
# have no built-in __reduce_ex__, so for the others this module makes what
# CPython's object.__reduce_ex__(4) would return (copyreg's __newobj__, the
# arguments of __getnewargs_ex__ or __getnewargs__, the state of
# __getstate__ or of __dict__ and __slots__, and the items of a list or dict
# subclass), and refuses what CPython cannot copy either.

import types
import weakref


class Error(Exception):
    pass
error = Error

__all__ = ["Error", "copy", "deepcopy"]


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""

    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x
for t in (type(None), int, float, bool, complex, str, tuple,
          bytes, frozenset, type, range, slice, property,
          types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          types.FunctionType, types.CodeType, weakref.ref):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""

    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls, "un(deep)copyable object of type %s")
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # x must outlive its id's entry
    return y


_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
d[type(None)] = _deepcopy_atomic
d[type(Ellipsis)] = _deepcopy_atomic
d[type(NotImplemented)] = _deepcopy_atomic
d[int] = _deepcopy_atomic
d[float] = _deepcopy_atomic
d[bool] = _deepcopy_atomic
d[complex] = _deepcopy_atomic
d[bytes] = _deepcopy_atomic
d[str] = _deepcopy_atomic
d[types.CodeType] = _deepcopy_atomic
d[type] = _deepcopy_atomic
d[range] = _deepcopy_atomic
d[types.BuiltinFunctionType] = _deepcopy_atomic
d[types.FunctionType] = _deepcopy_atomic
d[property] = _deepcopy_atomic
d[weakref.ref] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # The tuple is not memoized, but copying its items may have copied the
    # tuple itself (through a mutable item that contains it).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x
d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))
d[types.MethodType] = _deepcopy_method

del d


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# ---- what object.__reduce_ex__(4) returns in CPython (copyreg's part too)

def _reduce(x, cls, message):
    # The class's own __reduce_ex__ or __reduce__, or the default one.
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    try:
        return _reduce_newobj(x, cls)
    except _Unreducible:
        raise TypeError(f"cannot pickle '{cls.__name__}' object") from None


class _Unreducible(Exception):
    pass


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    # The names of the instance variables of cls's __slots__, as
    # copyreg._slotnames lists them (private names mangled).
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    names.append(f'_{stripped}{name}' if stripped else name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


def _getstate(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    state = getattr(x, '__dict__', None) or None
    if state is not None:
        state = dict(state)
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


# How the built-in types pyvm's classes can be based on are rebuilt: the
# arguments their __new__ takes (CPython's __getnewargs__), or a whole
# reduction (CPython's own __reduce__ of these types).
_newargs = {
    int: lambda x: (int(x),),
    float: lambda x: (float(x),),
    complex: lambda x: (x.real, x.imag),
    str: lambda x: (str(x),),
    bytes: lambda x: (bytes(x),),
    tuple: lambda x: (tuple(x),),
    list: lambda x: (),
    dict: lambda x: (),
}


_rebuilt_types = (set, frozenset, bytearray, types.SimpleNamespace)


def _reduce_builtin(x, cls, base):
    if base is set or base is frozenset:
        return cls, (list(x),), _getstate(x, cls)
    if base is bytearray:
        return cls, (bytes(x),), _getstate(x, cls)
    if base is types.SimpleNamespace:
        return cls, (), dict(vars(x))
    if base is BaseException:
        return cls, x.args, _getstate(x, cls)
    raise _Unreducible


def _native_base(cls):
    # The built-in type whose instances' layout cls's instances have: object
    # for a plain class. (Exception classes are told apart by their root.)
    for base in cls.__mro__:
        if base is object or base in _newargs or base in _rebuilt_types:
            return base
        if issubclass(base, BaseException):
            return BaseException
        if base.__module__ == 'builtins':
            return base  # another built-in type: not copyable this way
    return object


def _reduce_newobj(x, cls):
    base = _native_base(cls)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if base is not object and base not in _newargs and getnewargs_ex is None and getnewargs is None:
        return _reduce_builtin(x, cls, base)
    kwargs = None
    if getnewargs_ex is not None:
        newargs = getnewargs_ex(x)
        if not isinstance(newargs, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(newargs).__name__}'")
        if len(newargs) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(newargs)}")
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                            f"not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                            f"not '{type(kwargs).__name__}'")
    elif getnewargs is not None:
        args = getnewargs(x)
        if not isinstance(args, tuple):
            raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
    elif base in _newargs:
        args = _newargs[base](x)
    else:
        args = ()
    state = _getstate(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems
