# SPDX-License-Identifier: GPL-3.0-or-later
"""
Define names for built-in types that aren't directly accessible as a builtin.
"""

# pyvm's types: each type is taken from a live object, so each is pyvm's
# own (pyvm's bound method-wrappers are bound methods, so MethodWrapperType
# is MethodType). GenericAlias is a Python class while pyvm's built-in
# types cannot be subscripted (list[int]); UnionType is there for names'
# sake, as pyvm has no `int | str`.

import sys


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())


def _g():
    yield 1
GeneratorType = type(_g())


async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()  # (never awaited: no warning)


async def _ag():
    yield
_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)


class _S:
    __slots__ = ('member',)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(_S.member)

del sys, _f, _g, _C, _c, _ag, _S, _cell_factory


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0  # how much longer new_bases is than bases so far
    for i, base in enumerate(bases):
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            continue
        entries = base.__mro_entries__(bases)
        updated = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    kwds = {} if kwds is None else dict(kwds)  # the caller's stays as it is
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # A class as metaclass: the most derived of it and the bases' wins.
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__."""
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # As property: the getter's docstring unless one is given.
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _GeneratorWrapper:
    # A generator made awaitable by coroutine(): await and yield from run it.
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self
    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""

    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    if func.__class__ is FunctionType and func.__code__.co_flags & 0x180:
        # Already a coroutine function (CO_COROUTINE | CO_ITERABLE_COROUTINE).
        return func

    # pyvm cannot mark a generator function's code as an iterable coroutine
    # (CPython's CO_ITERABLE_COROUTINE): the generators it returns are
    # wrapped in an awaitable instead, as CPython does for generator-like
    # objects that are not Python generators.
    import functools
    import collections.abc as abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if isinstance(coro, abc.Generator) and not isinstance(coro, abc.Coroutine):
            return _GeneratorWrapper(coro)
        # A coroutine of another kind, or not one at all: as it is.
        return coro

    return wrapped


def _type_repr(obj):
    # How a generic alias shows its origin and arguments (CPython's ga_repr).
    if obj is Ellipsis:
        return '...'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    qualname = getattr(obj, '__qualname__', None)
    module = getattr(obj, '__module__', None)
    if qualname is None or module is None:
        return repr(obj)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


def _native_alias_type():
    # The VM's type of list[int], if it has one.
    try:
        return type(list[int])
    except TypeError:
        return None


_NativeGenericAlias = _native_alias_type()


def _constructible(alias_type):
    try:
        alias_type(list, (int,))
    except TypeError:
        return False
    return True


class _GenericAliasType(type):
    # Aliases the VM makes (list[int]) are GenericAlias instances too.
    def __instancecheck__(cls, obj):
        return type.__instancecheck__(cls, obj) or (
            _NativeGenericAlias is not None and type(obj) is _NativeGenericAlias)


# The VM's type where programs can make aliases with it (as
# __class_getitem__ = classmethod(GenericAlias) does); a Python class
# otherwise, which treats the VM's aliases as its instances.
if _NativeGenericAlias is not None and _constructible(_NativeGenericAlias):
    GenericAlias = _NativeGenericAlias
else:
    class GenericAlias(metaclass=_GenericAliasType):
        """Represent a PEP 585 generic type"""

        def __init__(self, origin, args, /):
            if not isinstance(args, tuple):
                args = (args,)
            self.__origin__ = origin
            self.__args__ = args
            self.__parameters__ = ()

        def __call__(self, *args, **kwargs):
            result = self.__origin__(*args, **kwargs)
            try:
                result.__orig_class__ = self
            except AttributeError:
                pass
            return result

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __repr__(self):
            if not self.__args__:
                args = '()'
            else:
                args = ', '.join([_type_repr(arg) for arg in self.__args__])
            return f'{_type_repr(self.__origin__)}[{args}]'

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __instancecheck__(self, obj):
            raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

        def __subclasscheck__(self, cls):
            raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

        def __reduce__(self):
            return GenericAlias, (self.__origin__, self.__args__)


try:
    UnionType = type(int | str)
except TypeError:
    class UnionType:
        """Represent a PEP 604 union type"""
        def __init__(self, *args):
            self.__args__ = args

        def __repr__(self):
            return ' | '.join([_type_repr(arg) for arg in self.__args__])

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

__all__ = [n for n in globals() if n[:1] != '_']
