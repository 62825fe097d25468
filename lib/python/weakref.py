# SPDX-License-Identifier: GPL-3.0-or-later
"""Weak references and the containers built on them."""

# The reference types come from the native _weakref module (the runtime's
# src/runtime/weakref.h). The containers here hold their weakly held side
# through references whose callbacks drop the entry when the referent dies;
# while a container is being iterated those drops are queued (see
# _weakrefset._IterationGuard) and done when the last iteration ends.

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
)
from _weakrefset import WeakSet, _IterationGuard
import _collections_abc
import sys
import itertools

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

_collections_abc.Set.register(WeakSet)
_collections_abc.MutableSet.register(WeakSet)



# The | and |= of both weak dictionaries (as dict's: the right operand's
# items win).
def _merge_in_place(self, other):
    self.update(other)
    return self


def _merged(self, other):
    if isinstance(other, _collections_abc.Mapping):
        result = self.copy()
        result.update(other)
        return result
    return NotImplemented


def _merged_into(self, other):
    if isinstance(other, _collections_abc.Mapping):
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result
    return NotImplemented

class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the instance
    or the function dies, and calling it rebuilds the bound method."""

    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            instance = meth.__self__
            function = meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None

        self_ref = None

        def on_death(reference):
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, instance, on_death)
        self._func_ref = ref(function, on_death)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        instance = super().__call__()
        function = self._func_ref()
        if instance is None or function is None:
            return None
        return self._meth_type(function, instance)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also carries a key (what WeakValueDictionary
    stores, so its callback knows which entry died)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value
    dies."""

    def __init__(self, other=(), /, **kwargs):
        def remove(reference, owner_ref=ref(self)):
            owner = owner_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(reference.key)
            else:
                _remove_dead_weakref(owner.data, reference.key)

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kwargs)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            _remove_dead_weakref(data, pending.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            value = self.data[key]()
        except KeyError:
            return False
        return value is not None

    def __repr__(self):
        return f'<{self.__class__.__name__} at {id(self):#x}>'

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        result = WeakValueDictionary()
        with _IterationGuard(self):
            for key, reference in self.data.items():
                value = reference()
                if value is not None:
                    result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        result = self.__class__()
        with _IterationGuard(self):
            for key, reference in self.data.items():
                value = reference()
                if value is not None:
                    result[deepcopy(key, memo)] = value
        return result

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            reference = self.data[key]
        except KeyError:
            return default
        value = reference()
        return default if value is None else value

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, reference in self.data.items():
                value = reference()
                if value is not None:
                    yield key, value

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, reference in self.data.items():
                if reference() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        """The weak references to the values, as an iterator."""
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for reference in self.data.values():
                value = reference()
                if value is not None:
                    yield value

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, reference = self.data.popitem()
            value = reference()
            if value is not None:
                return key, value

    def pop(self, key, *default):
        if self._pending_removals:
            self._commit_removals()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        data = self.data
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, value in other.items():
                data[key] = KeyedRef(value, self._remove, key)
        for key, value in kwargs.items():
            data[key] = KeyedRef(value, self._remove, key)

    def valuerefs(self):
        """The weak references to the values, as a list."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    __ior__ = _merge_in_place
    __or__ = _merged
    __ror__ = _merged_into


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key
    dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(reference, owner_ref=ref(self)):
            owner = owner_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(reference)
            else:
                try:
                    del owner.data[reference]
                except KeyError:
                    pass

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            try:
                del data[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        # Forget the queued removals whose entries are gone already.
        data = self.data
        self._pending_removals = [key for key in self._pending_removals if key in data]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return f'<{self.__class__.__name__} at {id(self):#x}>'

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        result = WeakKeyDictionary()
        with _IterationGuard(self):
            for reference, value in self.data.items():
                key = reference()
                if key is not None:
                    result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = self.__class__()
        with _IterationGuard(self):
            for reference, value in self.data.items():
                key = reference()
                if key is not None:
                    result[key] = deepcopy(value, memo)
        return result

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            reference = ref(key)
        except TypeError:
            return False
        return reference in self.data

    def items(self):
        with _IterationGuard(self):
            for reference, value in self.data.items():
                key = reference()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for reference in self.data:
                key = reference()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for reference, value in self.data.items():
                if reference() is not None:
                    yield value

    def keyrefs(self):
        """The weak references to the keys, as a list."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            reference, value = self.data.popitem()
            key = reference()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    __ior__ = _merge_in_place
    __or__ = _merged
    __ror__ = _merged_into


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj dies, when the finalizer is called, or at exit (when
    the atexit module exists and `atexit` is true)."""

    __slots__ = ()
    # Every live finalizer, with what it will call.
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            # pyvm may be built without an atexit module: finalizers then
            # run only when their object dies or they are called.
            try:
                import atexit
            except ImportError:
                pass
            else:
                atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Calls the function unless that was done already."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Forgets the function: returns (obj, func, args, kwargs), or None
        when the finalizer is dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) without forgetting them, or None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit when still alive."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f'<{type(self).__name__} object at {id(self):#x}; dead>'
        return (f'<{type(self).__name__} object at {id(self):#x}; '
                f'for {type(obj).__name__!r} at {id(obj):#x}>')

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers that run at exit, oldest first.
        chosen = [(finalizer, info) for finalizer, info in cls._registry.items() if info.atexit]
        chosen.sort(key=lambda item: item[1].index)
        return [finalizer for finalizer, info in chosen]

    @classmethod
    def _exitfunc(cls):
        # Runs the pending finalizers, newest first, then stops the others
        # from running during the rest of the shutdown.
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    finalizer = pending.pop()
                    try:
                        finalizer()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert finalizer not in cls._registry
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
