# SPDX-License-Identifier: GPL-3.0-or-later
"""functools.py - Tools for working with functions and callable objects
"""

# pyvm's functools. What CPython writes in C (reduce, partial, cmp_to_key,
# the lru_cache wrapper) is written here in Python with the C versions'
# behaviour: their messages, reprs and the way they count cache hits.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from types import GenericAlias, MethodType, MappingProxyType


# ---- update_wrapper() and wraps() decorator

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper,
                   wrapped,
                   assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function"""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last: the wrapped function's own __wrapped__ (copied with its
    # __dict__) must not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped,
          assigned=WRAPPER_ASSIGNMENTS,
          updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function"""
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


# ---- total_ordering class decorator

def _derived_comparison(name, base, negate, combine, doc):
    # A comparison computed from `base`: its result, negated if asked, then
    # `or self == other` ('or') or `and self != other` ('and').
    def comparison(self, other):
        result = getattr(type(self), base)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if combine == 'or':
            return result or self == other
        if combine == 'and':
            return result and self != other
        return result
    comparison.__name__ = comparison.__qualname__ = name
    comparison.__doc__ = doc
    return comparison


def _comparisons_from(base, table):
    return [(opname, _derived_comparison(name, base, negate, combine, doc))
            for opname, name, negate, combine, doc in table]


_convert = {
    '__lt__': _comparisons_from('__lt__', [
        ('__gt__', '_gt_from_lt', True, 'and', 'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'),
        ('__le__', '_le_from_lt', False, 'or', 'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'),
        ('__ge__', '_ge_from_lt', True, None, 'Return a >= b.  Computed by @total_ordering from (not a < b).')]),
    '__le__': _comparisons_from('__le__', [
        ('__ge__', '_ge_from_le', True, 'or', 'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'),
        ('__lt__', '_lt_from_le', False, 'and', 'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'),
        ('__gt__', '_gt_from_le', True, None, 'Return a > b.  Computed by @total_ordering from (not a <= b).')]),
    '__gt__': _comparisons_from('__gt__', [
        ('__lt__', '_lt_from_gt', True, 'and', 'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'),
        ('__ge__', '_ge_from_gt', False, 'or', 'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'),
        ('__le__', '_le_from_gt', True, None, 'Return a <= b.  Computed by @total_ordering from (not a > b).')]),
    '__ge__': _comparisons_from('__ge__', [
        ('__le__', '_le_from_ge', True, 'or', 'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'),
        ('__gt__', '_gt_from_ge', False, 'and', 'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'),
        ('__lt__', '_lt_from_ge', True, None, 'Return a < b.  Computed by @total_ordering from (not a >= b).')]),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # The operations the class defines itself (not object's).
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # __lt__ is preferred, then __le__, __gt__, __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---- cmp_to_key() function converter

class KeyWrapper:
    __slots__ = ('_cmp', 'obj')

    def __call__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError(f"K() takes at most 1 argument ({len(args) + len(kwargs)} given)")
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        elif kwargs:
            raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for K()")
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        key = object.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def _compare(self, other):
        if type(other) is not type(self):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    return key


# ---- reduce() sequence to a single item

_initial_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value"""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


# ---- partial() argument application

class _readonly:
    # A read-only attribute of partial objects, in CPython's words.
    __slots__ = ('_slot',)

    def __init__(self, slot):
        self._slot = slot

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self._slot.__get__(instance, owner)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


class partial:
    """partial(func, *args, **keywords) - new function with partial application"""
    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a partial (with no attributes of its own) is one
        # partial of the innermost function.
        if isinstance(func, partial) and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super(partial, cls).__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        pieces = [repr(self._func)]
        pieces.extend(repr(x) for x in self._args)
        pieces.extend(f"{k}={v!r}" for k, v in self._keywords.items())
        return f"{name}({', '.join(pieces)})"

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args,
               self._keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
           (kwds is not None and not isinstance(kwds, dict)) or
           (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}
        self.__dict__ = namespace
        self._func = func
        self._args = args
        self._keywords = kwds

    __class_getitem__ = classmethod(GenericAlias)


partial.func = _readonly(partial._func)
partial.args = _readonly(partial._args)
partial.keywords = _readonly(partial._keywords)


class partialmethod(object):
    """Method descriptor with partial application of the given arguments"""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        # A partialmethod of a partialmethod applies both sets of arguments.
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}({self.func}, {args}, {keywords})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                # The descriptor bound something: apply the arguments to it.
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            # A plain callable becomes an instance method.
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# Helper functions

def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---- LRU Cache function decorator

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_kwd_mark = object()  # separates positional and keyword arguments in keys


def _make_key(args, kwds, typed):
    # The key of a call, as CPython's lru_cache makes it: one int or str
    # argument is its own key; otherwise a tuple of the arguments, the
    # keyword names and values after a marker, and with `typed` the types.
    if not kwds and not typed:
        if len(args) == 1:
            key = args[0]
            if key.__class__ is int or key.__class__ is str:
                return key
        return args
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without arguments: the function came as maxsize.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


# The positions in a link of the bounded cache's list, most recent last.
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


class _lru_cache_wrapper:
    # The cached function (CPython's C type of this name). Bounded caches
    # keep their entries in a circular doubly linked list of links
    # [prev, next, key, result] around a root link, the least recently used
    # first, and a dict from each key to its link.

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        self.__wrapped__ = user_function
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache_info_type = cache_info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0
        root = []
        root[:] = [root, root, None, None]
        self._root = root

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if maxsize is None:
            result = cache.get(key, _initial_missing)
            if result is not _initial_missing:
                self._hits += 1
                return result
            self._misses += 1
            result = self._function(*args, **kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        if link is not None:
            # Move the link to the most recent end.
            link_prev, link_next, _key, result = link
            link_prev[_NEXT] = link_next
            link_next[_PREV] = link_prev
            root = self._root
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            self._hits += 1
            return result
        self._misses += 1
        result = self._function(*args, **kwds)
        if key in cache:
            # The call itself cached this key: it is in the list already.
            return result
        root = self._root
        if len(cache) < maxsize:
            last = root[_PREV]
            link = [last, root, key, result]
            last[_NEXT] = root[_PREV] = cache[key] = link
        else:
            # Reuse the least recently used link for the new entry.
            oldest = root[_NEXT]
            oldest_next = oldest[_NEXT]
            root[_NEXT] = oldest_next
            oldest_next[_PREV] = root
            del cache[oldest[_KEY]]
            oldest[_KEY] = key
            oldest[_RESULT] = result
            last = root[_PREV]
            oldest[_PREV] = last
            oldest[_NEXT] = root
            last[_NEXT] = root[_PREV] = cache[key] = oldest
        return result

    def cache_info(self):
        """Report cache statistics"""
        maxsize = self._maxsize
        return self._cache_info_type(self._hits, self._misses, maxsize,
                                     0 if maxsize == 0 else len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        root = self._root
        root[:] = [root, root, None, None]
        self._hits = self._misses = 0

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return MethodType(self, instance)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- cache -- simplified access to the infinity cache

def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch() - single-dispatch generic function decorator

def _c3_merge(sequences):
    """Merges MROs in *sequences* to a single MRO using the C3 algorithm."""
    result = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        # The first head that is in no other sequence's tail.
        candidate = None
        for sequence in sequences:
            head = sequence[0]
            if not any(head in other[1:] for other in sequences):
                candidate = head
                break
        if candidate is None:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(candidate)
        for sequence in sequences:
            if sequence[0] == candidate:
                del sequence[0]


def _c3_mro(cls, abcs=None):
    """Computes the method resolution order using extended C3 linearization."""
    bases = cls.__bases__
    # The bases up to the last explicit ABC come first.
    boundary = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            boundary = i + 1
            break
    abcs = list(abcs) if abcs else []
    explicit_bases = list(bases[:boundary])
    other_bases = list(bases[boundary:])
    # The ABCs whose behaviour this class introduces (none of its bases has it).
    abstract_bases = [base for base in abcs
                      if issubclass(cls, base) and not any(issubclass(b, base) for b in bases)]
    for base in abstract_bases:
        abcs.remove(base)
    return _c3_merge(
        [[cls]]
        + [_c3_mro(base, abcs=abcs) for base in explicit_bases]
        + [_c3_mro(base, abcs=abcs) for base in abstract_bases]
        + [_c3_mro(base, abcs=abcs) for base in other_bases]
        + [explicit_bases] + [abstract_bases] + [other_bases])


def _compose_mro(cls, types):
    """Calculates the method resolution order for a given class *cls*."""
    bases = set(cls.__mro__)

    def is_related(typ):
        # Not in the MRO already, and a class cls is a subclass of.
        return (typ not in bases and hasattr(typ, '__mro__')
                and not isinstance(typ, GenericAlias)
                and issubclass(cls, typ))
    types = [typ for typ in types if is_related(typ)]

    def is_strict_base(typ):
        # A base of another of the types: it will be in the MRO anyway.
        return any(typ != other and typ in other.__mro__ for other in types)
    types = [typ for typ in types if not is_strict_base(typ)]
    # Subclasses of these ABCs that cls also implements order them.
    type_set = set(types)
    mro = []
    for typ in types:
        found = []
        for sub in typ.__subclasses__():
            if sub not in bases and issubclass(cls, sub):
                found.append([s for s in sub.__mro__ if s in type_set])
        if not found:
            mro.append(typ)
            continue
        # The subclasses with the most useful bases first.
        found.sort(key=len, reverse=True)
        for sub in found:
            for subcls in sub:
                if subcls not in mro:
                    mro.append(subcls)
    return _c3_mro(cls, abcs=mro)


def _find_impl(cls, registry):
    """Returns the best matching implementation from *registry* for type *cls*."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            # Two unrelated implicit ABCs that match equally: no guessing.
            if (t in registry and t not in cls.__mro__
                    and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {t}")
            break
        if t in registry:
            match = t
    return registry.get(match)


def _first_annotation(func):
    # The first annotated parameter's name and class (get_type_hints' first
    # item: a string annotation is evaluated in the function's globals).
    annotations = getattr(func, '__annotations__', {})
    name, annotation = next(iter(annotations.items()))
    if isinstance(annotation, str):
        annotation = eval(annotation, getattr(func, '__globals__', {}))
    elif annotation is None:
        annotation = type(None)
    return name, annotation


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        nonlocal cache_token
        if cache_token is not None:
            current_token = get_cache_token()
            if cache_token != current_token:
                dispatch_cache.clear()
                cache_token = current_token
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func"""
        nonlocal cache_token
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = _first_annotation(func)
            if not isinstance(cls, type):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func"""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property() - property result cached as instance attribute

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:  # a class with __slots__ has no __dict__
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                ) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
