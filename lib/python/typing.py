# SPDX-License-Identifier: GPL-3.0-or-later
"""typing: the names programs write in annotations, usable at run time.

Subscripting builds alias objects (List[int], Optional[str], Callable[[int],
str]) that remember their origin and arguments and print as CPython 3.11
prints them; TypeVar, Generic and Protocol make user classes generic;
NamedTuple and TypedDict build classes from annotations; get_type_hints
evaluates annotations. Nothing here checks types: that is a type checker's
job.

pyvm does not call __mro_entries__ (PEP 560) when building a class, so a
class whose bases are all aliases (`class Stack(Generic[T])`) is built by the
alias type acting as the metaclass (see _BaseGenericAlias.__new__); mixing
an alias with an ordinary class in the bases is a metaclass conflict until
pyvm supports __mro_entries__. NamedTuple and TypedDict are classes with a
metaclass here (functions with __mro_entries__ in CPython).
"""

import sys

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'LiteralString', 'Never', 'NoReturn',
    'Optional', 'ParamSpec', 'Protocol', 'Self', 'Tuple', 'Type', 'TypeAlias',
    'TypeGuard', 'TypeVar', 'Union', 'Required', 'NotRequired', 'Unpack',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'AnyStr', 'assert_never', 'assert_type', 'cast', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints',
    'is_typeddict', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'overload', 'reveal_type', 'runtime_checkable', 'Text', 'TYPE_CHECKING',
    'clear_overloads',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    """How an argument shows inside an alias's repr: int, not <class 'int'>."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg, message):
    """Normalise an argument of a subscription: None becomes NoneType."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final'):
        raise TypeError(f'{arg} is not valid as type argument')
    if isinstance(arg, (type, TypeVar, ForwardRef, _BaseGenericAlias,
                        _SpecialForm, ParamSpec)) or callable(arg):
        return arg
    raise TypeError(f'{message} Got {arg!r:.100}.')


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    parameters = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec)):
            found = (arg,)
        elif isinstance(arg, (list, tuple)):
            found = _collect_parameters(arg)
        else:
            found = getattr(arg, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for parameter in found:
            if parameter not in parameters:
                parameters.append(parameter)
    return tuple(parameters)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(item, mapping) for item in arg]
    if isinstance(arg, _BaseGenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


def _resolve_bases(name, bases, namespace, keywords):
    """Build a class whose bases include aliases, as __mro_entries__ would."""
    resolved = []
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
        else:
            resolved.extend(base.__mro_entries__(bases))
    namespace = dict(namespace)
    namespace['__orig_bases__'] = bases
    metaclass = keywords.pop('metaclass', type)
    for base in resolved:
        if issubclass(type(base), metaclass):
            metaclass = type(base)
    return metaclass(name, tuple(resolved), namespace, **keywords)


# --- Special forms ---------------------------------------------------------

class _SpecialForm:
    # A name of the typing language that is not a class: Any, Union, ...
    # (no docstring: __doc__ is a slot, set per form)

    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


def _not_subscriptable(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


def _named_form(name, doc, getitem=_not_subscriptable):
    def form(self, parameters):
        return getitem(self, parameters)
    form.__name__ = name
    form.__doc__ = doc
    return _SpecialForm(form)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type (a class since 3.11)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


NoReturn = _named_form('NoReturn', 'Special type indicating functions that never return.')
Never = _named_form('Never', 'The bottom type, a type that has no members.')
Self = _named_form('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _named_form('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _named_form('TypeAlias', 'Special form for marking type aliases.')


def _single_argument_form(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


ClassVar = _named_form('ClassVar', 'Special type construct to mark class variables.',
                       _single_argument_form)
Final = _named_form('Final', 'Special typing construct to indicate final names.',
                    _single_argument_form)
Required = _named_form('Required', 'A key that must be present in a TypedDict.',
                       _single_argument_form)
NotRequired = _named_form('NotRequired', 'A key that may be absent from a TypedDict.',
                          _single_argument_form)
TypeGuard = _named_form('TypeGuard', 'Special typing form for user-defined type guards.',
                        _single_argument_form)
Unpack = _named_form('Unpack', 'Type unpack operator.', _single_argument_form)


def _flatten_union(parameters):
    flat = []
    for parameter in parameters:
        if isinstance(parameter, _UnionGenericAlias):
            flat.extend(parameter.__args__)
        else:
            flat.append(parameter)
    unique = []
    for parameter in flat:
        if parameter not in unique:
            unique.append(parameter)
    return tuple(unique)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    parameters = _as_tuple(parameters)
    message = 'Union[arg, ...]: each arg must be a type.'
    parameters = _flatten_union([_type_check(p, message) for p in parameters])
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(self, parameters)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, None]


def _literal_getitem(self, parameters):
    values = []
    for value in _as_tuple(parameters):
        if isinstance(value, _LiteralGenericAlias):
            candidates = value.__args__
        else:
            candidates = (value,)
        for candidate in candidates:
            if not any(candidate == seen and type(candidate) is type(seen)
                       for seen in values):
                values.append(candidate)
    return _LiteralGenericAlias(self, tuple(values))


def _concatenate_getitem(self, parameters):
    parameters = _as_tuple(parameters)
    if not parameters:
        raise TypeError('Cannot take a Concatenate of no types.')
    return _GenericAlias(self, parameters)


Union = _named_form('Union', 'Union type; Union[X, Y] means either X or Y.',
                    _union_getitem)
Optional = _named_form('Optional', 'Optional type; Optional[X] is Union[X, None].',
                       _optional_getitem)
Literal = _named_form('Literal', 'Special typing form to define literal types.',
                      _literal_getitem)
Concatenate = _named_form('Concatenate', 'Used with Callable and ParamSpec.',
                          _concatenate_getitem)


# --- Type variables and forward references --------------------------------

def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class TypeVar:
    """A type variable: T = TypeVar('T'), with bound or constraints."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(
            _type_check(t, 'TypeVar(name, constraint, ...): constraints must be types.')
            for t in constraints)
        self.__bound__ = (None if bound is None else
                          _type_check(bound, 'Bound must be a type.'))
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__


class ParamSpec:
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        return '~' + self.__name__


class ForwardRef:
    """An annotation written as a string, to be evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        value = eval(self.__forward_arg__, globalns, localns)
        return _eval_hint(value, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


# --- Aliases ---------------------------------------------------------------


class _LazyOrigin:
    """An origin class found in another module when first needed."""

    def __init__(self, module, name):
        self.module = module
        self.name = name

    def resolve(self):
        module = __import__(self.module, fromlist=[self.name])
        return getattr(module, self.name)


class _BaseGenericAlias:
    """What List, List[int] and Generic[T] have in common."""

    def __new__(cls, *args, **kwds):
        # A class statement whose bases are all aliases calls the alias type
        # as its metaclass (pyvm has no __mro_entries__): build the class.
        if len(args) == 3 and isinstance(args[0], str) and isinstance(args[2], dict):
            return _resolve_bases(args[0], args[1], args[2], kwds)
        return object.__new__(cls)

    @property
    def __origin__(self):
        origin = self._origin
        if isinstance(origin, _LazyOrigin):
            origin = self._origin = origin.resolve()
        return origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        index = bases.index(self)
        for base in bases[index + 1:]:
            if isinstance(base, _BaseGenericAlias) or issubclass(base, Generic):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__origin__', '_origin') or (attr.startswith('__') and attr.endswith('__')):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Dict[str, T], Stack[int], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._origin = origin
        self._inst = inst
        self._name = name
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def _origin_key(self):
        origin = self._origin
        if isinstance(origin, _LazyOrigin):
            return (origin.module, origin.name)
        return origin

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self._origin_key() == other._origin_key()
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def _args_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_type_repr(arg) for arg in self.__args__)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        return f'{head}[{self._args_repr()}]'

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        args = _as_tuple(args)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'}"
                            f' arguments for {self}; actual {len(args)}, '
                            f'expected {len(self.__parameters__)}')
        mapping = dict(zip(self.__parameters__, args))
        new_args = tuple(_substitute(arg, mapping) for arg in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self._origin, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        if isinstance(self._origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        if self._origin is Generic:
            if Protocol in bases:
                return ()
            index = bases.index(self)
            for base in bases[index + 1:]:
                if isinstance(base, _BaseGenericAlias) and base is not self:
                    return ()
        return (self.__origin__,)

    def __reduce__(self):
        return _GenericAlias, (self.__origin__, self.__args__)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f'typing.Union[{self._args_repr()}]'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _BaseGenericAlias):
                raise TypeError('Subscripted generics cannot be used with '
                                'class and instance checks')
        return any(issubclass(cls, arg) for arg in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    """Callable[[int, str], bool]: the parameter types, then the result."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        parameters = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{parameters}], {_type_repr(args[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self._origin, args, name='Callable')


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: T with metadata a type checker ignores."""

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    @property
    def __origin__(self):
        return self._origin

    def __repr__(self):
        metadata = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self._origin)}, {metadata}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self._origin == other._origin and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self._origin, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self._origin(*args, **kwargs)


class _SpecialGenericAlias(_BaseGenericAlias):
    """A bare generic name, List or Iterable: usable as its origin class."""

    def __init__(self, origin, nparams, name=None, *, inst=True):
        self._origin = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p, 'Parameters to generic types must be types.')
                       for p in _as_tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for {self}; actual '
                            f'{len(params)}, expected {self._nparams}')
        return _GenericAlias(self._origin, params, name=self._name, inst=self._inst)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self._name == other._name

    def __hash__(self):
        return hash(self._name)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            raise TypeError('Subscripted generics cannot be used with class '
                            'and instance checks')
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        params = _as_tuple(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0], 'Tuple[t, ...]: t must be a type.'), ...),
                                 name='Tuple')
        message = 'Tuple[t0, t1, ...]: each t must be a type.'
        return _GenericAlias(tuple, tuple(_type_check(p, message) for p in params),
                             name='Tuple')


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        arguments, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if arguments is ...:
            return _CallableGenericAlias(self._origin, (..., result), name='Callable')
        if isinstance(arguments, (list, tuple)):
            message = 'Callable[[arg, ...], result]: each arg must be a type.'
            arguments = tuple(_type_check(a, message) for a in arguments)
            return _CallableGenericAlias(self._origin, arguments + (result,),
                                         name='Callable')
        if isinstance(arguments, (ParamSpec, _GenericAlias)):
            return _CallableGenericAlias(self._origin, (arguments, result),
                                         name='Callable')
        raise TypeError('Callable[args, result]: args must be a list. '
                        f'Got {arguments!r:.100}.')


def _abc(name):
    return _LazyOrigin('collections.abc', name)


List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _TupleAlias(tuple, -1, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type')
Callable = _CallableAlias(_abc('Callable'), 2, 'Callable')
Hashable = _SpecialGenericAlias(_abc('Hashable'), 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc('Sized'), 0, 'Sized')
Container = _SpecialGenericAlias(_abc('Container'), 1, 'Container')
Collection = _SpecialGenericAlias(_abc('Collection'), 1, 'Collection')
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc('ByteString'), 0, 'ByteString')
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1, 'ValuesView')
Generator = _SpecialGenericAlias(_abc('Generator'), 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2, 'AsyncGenerator')
ContextManager = _SpecialGenericAlias(
    _LazyOrigin('contextlib', 'AbstractContextManager'), 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(
    _LazyOrigin('contextlib', 'AbstractAsyncContextManager'), 1, 'AsyncContextManager')
Deque = _SpecialGenericAlias(_LazyOrigin('collections', 'deque'), 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_LazyOrigin('collections', 'defaultdict'), 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_LazyOrigin('collections', 'OrderedDict'), 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_LazyOrigin('collections', 'Counter'), 1, 'Counter')
ChainMap = _SpecialGenericAlias(_LazyOrigin('collections', 'ChainMap'), 2, 'ChainMap')


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two '
                        'arguments (a type and an annotation).')
    origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
    metadata = tuple(params[1:])
    if isinstance(origin, _AnnotatedAlias):
        metadata = origin.__metadata__ + metadata
        origin = origin._origin
    return _AnnotatedAlias(origin, metadata)


class Annotated:
    """Add context-specific metadata to a type: Annotated[int, 'meta']."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


# --- Generic and Protocol --------------------------------------------------

class Generic:
    """Base class of generic classes: class Stack(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if not params:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if cls in (Generic, Protocol):
            for param in params:
                if not isinstance(param, (TypeVar, ParamSpec)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must '
                                    'all be type variables or parameter '
                                    'specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            return _GenericAlias(cls, params)
        params = tuple(_type_check(p, 'Parameters to generic types must be types.')
                       for p in params)
        expected = cls.__dict__.get('__parameters__', ())
        if not expected:
            raise TypeError(f'{cls} is not a generic class')
        if len(params) != len(expected):
            many = 'many' if len(params) > len(expected) else 'few'
            raise TypeError(f'Too {many} arguments for {cls}; actual '
                            f'{len(params)}, expected {len(expected)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig_bases = cls.__dict__.get('__orig_bases__', ())
        type_vars = _collect_parameters(orig_bases)
        declared = None
        for base in orig_bases:
            if isinstance(base, _GenericAlias) and base._origin in (Generic, Protocol):
                if declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = base.__parameters__
        if declared is not None:
            missing = [t for t in type_vars if t not in declared]
            if missing:
                listed = ', '.join(str(t) for t in missing)
                declared_text = ', '.join(str(t) for t in declared)
                raise TypeError(f'Some type variables ({listed}) are not listed '
                                f'in Generic[{declared_text}]')
            type_vars = declared
        cls.__parameters__ = tuple(type_vars)


_SPECIAL_NAMES = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__qualname__', '__parameters__',
    '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__init_subclass__', '_abc_impl', '__match_args__',
])


def _protocol_attributes(cls):
    """The names a class must have to satisfy the protocol cls."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for name in list(base.__dict__) + list(annotations):
            if not name.startswith('_abc_') and name not in _SPECIAL_NAMES:
                names.add(name)
    return names


class _ProtocolMeta(type):
    """Metaclass of Protocol: isinstance() checks the protocol's members."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return type.__instancecheck__(cls, instance)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if type.__instancecheck__(cls, instance):
            return True
        for name in _protocol_attributes(cls):
            if not hasattr(instance, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return type.__subclasscheck__(cls, other)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if type.__subclasscheck__(cls, other):
            return True
        for name in _protocol_attributes(cls):
            if not any(name in base.__dict__ for base in other.__mro__):
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocol classes: structural types, checked by members."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__new__(cls)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(base is Protocol or
                                   (isinstance(base, _GenericAlias) and base._origin is Protocol)
                                   for base in cls.__dict__.get('__orig_bases__', cls.__bases__))
        if '_is_runtime_protocol' not in cls.__dict__:
            cls._is_runtime_protocol = False
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic) or
                        base.__dict__.get('_is_protocol', False)):
                    raise TypeError('Protocols can only inherit from other '
                                    f'protocols, got {base!r}')


def runtime_checkable(cls):
    """Class decorator: allow isinstance() and issubclass() with a protocol."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and cls.__dict__.get('_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol '
                        f'classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method, doc):
    namespace = {method: lambda self: None, '__doc__': doc, '__module__': 'typing',
                 '__slots__': ()}
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), namespace))


SupportsInt = _supports('SupportsInt', '__int__', 'An ABC with one abstract method __int__.')
SupportsFloat = _supports('SupportsFloat', '__float__', 'An ABC with one abstract method __float__.')
SupportsComplex = _supports('SupportsComplex', '__complex__', 'An ABC with one abstract method __complex__.')
SupportsBytes = _supports('SupportsBytes', '__bytes__', 'An ABC with one abstract method __bytes__.')
SupportsIndex = _supports('SupportsIndex', '__index__', 'An ABC with one abstract method __index__.')
SupportsAbs = _supports('SupportsAbs', '__abs__', 'An ABC with one abstract method __abs__.')
SupportsRound = _supports('SupportsRound', '__round__', 'An ABC with one abstract method __round__.')


# --- NamedTuple ------------------------------------------------------------

_NAMEDTUPLE_RESERVED = frozenset([
    '__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
    '_field_defaults', '_make', '_replace', '_asdict', '_source',
])
_NAMEDTUPLE_COPIED = frozenset(['__module__', '__name__', '__annotations__'])


def _field_property(index, name):
    def get(self):
        return self[index]
    get.__name__ = name
    return property(get, doc=f'Alias for field number {index}')


def _build_namedtuple(typename, names, types, defaults, module):
    """A tuple subclass with named fields (what collections.namedtuple makes)."""
    for name in names:
        if name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
    field_defaults = dict(zip(names[len(names) - len(defaults):], defaults))
    parameters = []
    scope = {'__builtins__': __builtins__, '_tuple_new': tuple.__new__}
    for name in names:
        if name in field_defaults:
            scope[f'_default_{name}'] = field_defaults[name]
            parameters.append(f'{name}=_default_{name}')
        else:
            parameters.append(name)
    values = ''.join(f'{name}, ' for name in names)
    source = (f'def __new__(_cls, {", ".join(parameters)}):\n'
              f'    return _tuple_new(_cls, ({values}))\n')
    exec(source, scope)
    new = scope['__new__']
    new.__qualname__ = f'{typename}.__new__'
    new.__doc__ = f'Create new instance of {typename}({", ".join(names)})'
    count = len(names)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError(f'Expected {count} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        fields_text = ', '.join(f'{name}={value!r}' for name, value in zip(names, self))
        return f'{self.__class__.__name__}({fields_text})'

    def _asdict(self):
        return dict(zip(names, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(names)})',
        '__slots__': (),
        '_fields': tuple(names),
        '_field_defaults': field_defaults,
        '__new__': new,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': tuple(names),
        '__annotations__': dict(zip(names, types)),
    }
    for index, name in enumerate(names):
        namespace[name] = _field_property(index, name)
    for method in ('_replace', '__repr__', '_asdict', '__getnewargs__'):
        namespace[method].__qualname__ = f'{typename}.{method}'
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


class _NamedTupleMeta(type):
    def __new__(metacls, typename, bases, namespace):
        if not bases:   # NamedTuple itself
            return type.__new__(metacls, typename, bases, namespace)
        if bases != (NamedTuple,):
            for base in bases:
                if base is not NamedTuple and base is not Generic:
                    raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = namespace.get('__annotations__', {})
        names = list(annotations)
        types = [_type_check(t, 'field annotation must be a type') for t in annotations.values()]
        defaults = []
        defaulted_names = []
        for name in names:
            if name in namespace:
                defaults.append(namespace[name])
                defaulted_names.append(name)
            elif defaults:
                plural = 's' if len(defaults) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {name} cannot '
                                f'follow default field{plural} '
                                f'{", ".join(defaulted_names)}')
        cls = _build_namedtuple(typename, names, types, defaults,
                                namespace.get('__module__'))
        for key, value in namespace.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_COPIED and key not in cls._fields:
                setattr(cls, key, value)
        return cls

    def __call__(cls, typename, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return type.__call__(cls, typename, fields, **kwargs)
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided '
                            'to NamedTuple, not both')
        fields = list(fields)
        names = [name for name, _ in fields]
        types = [_type_check(t, 'field annotation must be a type') for _, t in fields]
        return _build_namedtuple(typename, names, types, [], _caller_module())


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0."""




# --- TypedDict -------------------------------------------------------------

def _strip_requirement(annotation):
    origin = getattr(annotation, '_origin', None)
    if origin is Required:
        return annotation.__args__[0], True
    if origin is NotRequired:
        return annotation.__args__[0], False
    return annotation, None


class _TypedDictMeta(type):
    def __new__(metacls, name, bases, namespace, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        own = {key: _type_check(value, 'TypedDict(name, {f0: t0, f1: t1, ...}); '
                                        'each t must be a type')
               for key, value in namespace.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, value in own.items():
            _, requirement = _strip_requirement(value)
            is_required = total if requirement is None else requirement
            (required if is_required else optional).add(key)
            (optional if is_required else required).discard(key)
        body = dict(namespace)
        body['__annotations__'] = annotations
        body['__required_keys__'] = frozenset(required)
        body['__optional_keys__'] = frozenset(optional)
        body['__total__'] = total
        return type.__new__(_TypedDictMeta, name, (dict,), body)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    namespace = {'__annotations__': dict(fields)}
    module = _caller_module(3)
    if module is not None:
        namespace['__module__'] = module
    return _TypedDictMeta(typename, (), namespace, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of keys, each with its own value type."""


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


# --- Functions -------------------------------------------------------------

def cast(typ, val):
    """Tell a type checker val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val has type typ; returns val."""
    return val


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Mark code a type checker proves unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Decorator for the typed signatures of an overloaded function."""
    function = getattr(func, '__func__', func)
    key = (getattr(function, '__module__', None), getattr(function, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func."""
    function = getattr(func, '__func__', func)
    key = (getattr(function, '__module__', None), getattr(function, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    """Forget every recorded @overload signature."""
    _overload_registry.clear()


def final(f):
    """Decorator: the method may not be overridden, the class not subclassed."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: type checkers should ignore the annotations of arg."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator for decorators: their results are @no_type_check."""
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    """Decorator marking a dataclass-like decorator, base class or metaclass."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """A distinct type for a type checker; at run time, returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you '
                        'were looking for: `ProUserId = NewType(\'ProUserId\', UserId)`')


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int], Union for Optional[int]."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias,)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of tp: (int,) for List[int], ([int], str) for Callable[[int], str]."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp._origin,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and args and args[0] is not ...:
            if not (len(args) == 2 and isinstance(args[0], (ParamSpec, _GenericAlias))):
                args = (list(args[:-1]), args[-1])
        return args
    return ()


def _eval_hint(value, globalns, localns):
    """Evaluate the strings inside an annotation."""
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    if isinstance(value, _GenericAlias) and not isinstance(value, _AnnotatedAlias):
        new_args = tuple(_eval_hint(arg, globalns, localns) if arg is not ... else arg
                         for arg in value.__args__)
        if new_args != value.__args__:
            if isinstance(value, _UnionGenericAlias):
                return Union[new_args]
            return value.copy_with(new_args)
    return value


def _strip_annotations(value):
    if isinstance(value, _AnnotatedAlias):
        return _strip_annotations(value._origin)
    if getattr(value, '_origin', None) in (Required, NotRequired):
        return _strip_annotations(value.__args__[0])
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if callable(obj) or type(obj).__name__ == 'module':
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            target = obj
            while hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            globalns = getattr(target, '__globals__', None)
            if globalns is None:
                globalns = getattr(obj, '__dict__', {})
        if localns is None:
            localns = globalns
        for name, value in annotations.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(value) for name, value in hints.items()}


class IO(Generic[AnyStr]):
    """Generic base of the file types (no methods here)."""

    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()
