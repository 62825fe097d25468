# SPDX-License-Identifier: GPL-3.0-or-later
"""dataclasses: classes whose special methods are generated from annotations.

@dataclass reads the class's annotated attributes as fields, in order
(inherited fields first), and adds __init__, __repr__, __eq__ and, on
request, ordering, __hash__, frozen-ness, __match_args__ and __slots__.
__init__ is generated as Python source and compiled with exec(), so its
signature and argument errors are those of an ordinary function.
"""

import sys

__all__ = [
    'dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
    'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
    'replace', 'is_dataclass',
]

_MappingProxy = type(type.__dict__)


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()   # "no default": None is a valid default


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()   # annotate a pseudo-field with it: later fields are keyword-only

_EMPTY_METADATA = _MappingProxy({})


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# Values asdict/astuple return as they are (deepcopy would give them back).
_ATOMIC_TYPES = frozenset([
    type(None), bool, int, float, str, complex, bytes, type, range,
    type(Ellipsis), type(NotImplemented), type(len),
])


class InitVar:
    """Annotation of an init-only pseudo-field: passed to __post_init__."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass: its name, type, default and options."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _MappingProxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor as default: pass __set_name__ on to it.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name is not None:
            set_name(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default (or default_factory) and options."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# --- Reading the class body ------------------------------------------------

def _annotation_is(annotation, typing_name, plain_names):
    """Whether annotation is typing.ClassVar (or dataclasses.InitVar) or a
    subscription of it, also when written as a string."""
    if isinstance(annotation, str):
        head = annotation.split('[', 1)[0].strip()
        return head in plain_names
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    target = getattr(typing, typing_name, None)
    return annotation is target or getattr(annotation, '__origin__', None) is target


def _is_classvar(annotation):
    return _annotation_is(annotation, 'ClassVar', ('ClassVar', 'typing.ClassVar'))


def _is_initvar(annotation):
    if annotation is InitVar or type(annotation) is InitVar:
        return True
    return isinstance(annotation, str) and annotation.split('[', 1)[0].strip() in (
        'InitVar', 'dataclasses.InitVar')


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation.strip() in (
        'KW_ONLY', 'dataclasses.KW_ONLY')


def _make_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        made = default
    else:
        made = field(default=default)
    made.name = name
    made.type = annotation
    made._field_type = _FIELD
    if _is_classvar(annotation):
        made._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        made._field_type = _FIELD_INITVAR
    if made._field_type is not _FIELD:
        if made.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
    if made._field_type in (_FIELD, _FIELD_INITVAR):
        if made.kw_only is MISSING:
            made.kw_only = kw_only
    else:
        made.kw_only = False
    if made._field_type is _FIELD and type(made.default).__hash__ is None:
        raise ValueError(f'mutable default {type(made.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return made


def _collect_fields(cls, kw_only):
    """The fields of cls, inherited ones first, by name."""
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            for base_field in base_fields.values():
                all_fields[base_field.name] = base_field
    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    seen_kw_only_marker = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if seen_kw_only_marker:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has '
                                'already been specified')
            seen_kw_only_marker = True
            kw_only = True
            continue
        own_fields.append(_make_field(cls, name, annotation, kw_only))
    for own in own_fields:
        all_fields[own.name] = own
        # The class attribute is the default; a Field object is not kept.
        if isinstance(cls.__dict__.get(own.name), Field):
            if own.default is MISSING:
                delattr(cls, own.name)
            else:
                setattr(cls, own.name, own.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return all_fields


# --- Generating methods ----------------------------------------------------

class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of a parameter whose field has a default_factory: the
    # factory is called when the argument is left out.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _compile_function(name, qualname, parameters, body_lines, namespace):
    """Compile `def name(parameters): body` with namespace as its globals."""
    body = '\n'.join('    ' + line for line in body_lines) or '    pass'
    source = f'def {name}({", ".join(parameters)}):\n{body}\n'
    scope = dict(namespace)
    scope['__builtins__'] = __builtins__
    exec(source, scope)
    function = scope[name]
    function.__qualname__ = f'{qualname}.{name}'
    return function


def _init_parameter(f, namespace):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default_factory is not MISSING:
        return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
    namespace[f'__dataclass_dflt_{f.name}__'] = f.default
    return f'{f.name}=__dataclass_dflt_{f.name}__'


def _init_assignment(f, frozen, namespace):
    """The line of __init__ that sets field f, or None when none is needed."""
    if f.default_factory is not MISSING:
        factory = f'__dataclass_factory_{f.name}__'
        namespace[factory] = f.default_factory
        if f.init:
            value = (f'{factory}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            value = f'{factory}()'
    elif f.init:
        value = f.name
    else:
        return None   # the class attribute holds the default
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})'
    return f'self.{f.name} = {value}'


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword = [f for f in init_fields if f.init and f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows '
                                'default argument')
        else:
            seen_default = True
    namespace = {
        '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_object__': object,
        'MISSING': MISSING,
    }
    parameters = ['self'] + [_init_parameter(f, namespace) for f in positional]
    if keyword:
        parameters += ['*'] + [_init_parameter(f, namespace) for f in keyword]
    lines = []
    for f in init_fields:
        if f._field_type is _FIELD:
            line = _init_assignment(f, frozen, namespace)
            if line is not None:
                lines.append(line)
    if has_post_init:
        initvars = ', '.join(f.name for f in init_fields
                             if f._field_type is _FIELD_INITVAR)
        lines.append(f'self.{_POST_INIT_NAME}({initvars})')
    function = _compile_function('__init__', cls.__qualname__, parameters,
                                 lines, namespace)
    annotations = {f.name: f.type for f in init_fields if f.init}
    annotations['return'] = None
    function.__annotations__ = annotations
    return function


def _make_repr(cls, repr_fields):
    names = [f.name for f in repr_fields]
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        finally:
            running.discard(key)
        return f'{self.__class__.__qualname__}({parts})'

    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _fields_tuple(self, names):
    return tuple(getattr(self, name) for name in names)


def _make_comparison(cls, name, names, compare):
    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(_fields_tuple(self, names), _fields_tuple(other, names))
        return NotImplemented

    method.__name__ = name
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


def _make_hash(cls, names):
    def __hash__(self):
        return hash(_fields_tuple(self, names))

    __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    return __hash__


def _make_frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = f'{cls.__qualname__}.__setattr__'
    __delattr__.__qualname__ = f'{cls.__qualname__}.__delattr__'
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class defines its own; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if isinstance(annotation, str):
        return annotation
    return repr(annotation).replace('typing.', '')


def _signature_text(init_fields):
    """The text inspect.signature gives for the generated __init__."""
    parts = []
    added_star = False
    for f in init_fields:
        if f.kw_only and not added_star:
            parts.append('*')
            added_star = True
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += f' = {f.default!r}'
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


# --- The decorator ---------------------------------------------------------

def _hash_action(cls, unsafe_hash, eq, frozen, field_list):
    """Apply CPython's table of when __hash__ is added, kept, or set to None."""
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class '
                            f'{cls.__name__}')
        add = True
    elif eq and frozen:
        add = not has_explicit_hash
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
        return
    else:
        return
    if add:
        names = [f.name for f in field_list
                 if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _make_hash(cls, names)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))
    has_dataclass_bases = False
    any_frozen_base = False
    for base in cls.__mro__[1:]:
        base_params = base.__dict__.get(_PARAMS)
        if base_params is not None:
            has_dataclass_bases = True
            any_frozen_base = any_frozen_base or base_params.frozen
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, list(all_fields.values()), frozen,
                                      has_post_init))
    if repr:
        _set_new_attribute(cls, '__repr__',
                           _make_repr(cls, [f for f in field_list if f.repr]))
    compared = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_comparison(cls, '__eq__', compared,
                                            lambda a, b: a == b))
    if order:
        for name, compare in (('__lt__', lambda a, b: a < b),
                              ('__le__', lambda a, b: a <= b),
                              ('__gt__', lambda a, b: a > b),
                              ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name,
                                  _make_comparison(cls, name, compared, compare)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        names = frozenset(f.name for f in field_list)
        setter, deleter = _make_frozen_methods(cls, names)
        for name, method in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}')
    _hash_action(cls, unsafe_hash, eq, frozen, field_list)
    if not getattr(cls, '__doc__'):
        init_fields = [f for f in all_fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
        try:
            cls.__doc__ = cls.__name__ + _signature_text(init_fields)
        except AttributeError:
            pass    # pyvm cannot set a class's __doc__ yet: it stays None
    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in all_fields.values()
                                 if f._field_type in (_FIELD, _FIELD_INITVAR)
                                 and f.init and not f.kw_only))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields (slots need a new class)."""
    field_names = tuple(f.name for f in getattr(cls, _FIELDS).values()
                        if f._field_type is _FIELD)
    body = dict(cls.__dict__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    slots = [name for name in field_names if name not in inherited]
    if weakref_slot:
        slots.append('__weakref__')
    body['__slots__'] = tuple(slots)
    for name in field_names:
        body.pop(name, None)
    body.pop('__dict__', None)
    body.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, body)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if frozen:
        # The frozen methods compare type(self) with the class they were made
        # for; make them again for the new class.
        names = frozenset(field_names)
        new_cls.__setattr__, new_cls.__delattr__ = _make_frozen_methods(new_cls, names)
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ and more to a class from its fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# --- Working with instances ------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVars or InitVars)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, to_container, dict_factory):
    """Recurse into dataclasses, named tuples, lists, tuples and dicts."""
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return to_container(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, to_container, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, to_container, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, to_container, dict_factory),
                          _convert(v, to_container, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def to_dict(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name),
                                               to_dict, dict_factory))
                             for f in fields(instance)])

    return to_dict(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def to_tuple(instance):
        return tuple_factory([_convert(getattr(instance, f.name), to_tuple, None)
                              for f in fields(instance)])

    return to_tuple(obj)


def replace(obj, /, **changes):
    """A new instance like obj, with the fields in changes replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with '
                                 'replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass named cls_name from (name[, type[, Field]]) specs."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = annotation
    namespace['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        namespace['__module__'] = module
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
