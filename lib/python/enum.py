# SPDX-License-Identifier: GPL-3.0-or-later
"""enum: enumerations, sets of named constants bound to unique values.

EnumType is the metaclass: it collects the members from the class body
(through _EnumDict), turns each into an instance of the class, and answers
lookups by value (Color(1)) and by name (Color['RED']). Enum, IntEnum,
StrEnum, Flag and IntFlag are the bases programs derive from; their reprs,
str() and errors are CPython 3.11's.
"""

import sys

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM',
    'EJECT', 'KEEP', 'nonmember', 'member', 'global_enum',
]

_MappingProxy = type(type.__dict__)

# The _sunder_ names a class body may define; the rest are reserved.
_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_missing_', '_ignore_',
    '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
])


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


def bin(num, max_bits=None):
    """Two's-complement binary text: the sign bit, a space, then the digits."""
    width = num.bit_length()
    if num >= 0:
        sign = '0'
        digits = format(num, 'b') if num else ''
    else:
        sign = '1'
        digits = format((1 << (width + 1)) + num, 'b')[1:] if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return '0b%s %s' % (sign, digits)


class nonmember:
    """Keeps a value in an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Makes a value in an enum class body a member (a function, say)."""

    def __init__(self, value):
        self.value = value


_auto_null = object()


class auto:
    """Stands for a member's value, to be chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class _EnumDict(dict):
    """The namespace of an enum class body: records members in order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            self._set_sunder(key, value)
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif isinstance(value, member):
            value = self._add_member(key, value.value)
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            value = self._add_member(key, value)
        dict.__setitem__(self, key, value)

    def _set_sunder(self, key, value):
        if key not in _ALLOWED_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._member_names:
                raise TypeError('_generate_next_value_ must be defined '
                                'before members')
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = names
            clashes = set(names) & set(self._member_names)
            if clashes:
                raise ValueError('_ignore_ cannot specify already set names: %r'
                                 % (tuple(clashes),))

    def _add_member(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(
                    key, 1, len(self._member_names), self._last_values[:])
            value = value.value
        self._member_names[key] = None
        self._last_values.append(value)
        return value


def _find_data_type(class_name, bases):
    """The built-in type members derive from (object for a plain Enum)."""
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__:
                return candidate or base
            candidate = candidate or base
    return object


def _first_enum(bases):
    if not bases:
        return object
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return last


class EnumType(type):
    """Metaclass for Enum: builds the members and looks them up."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        namespace = _EnumDict()
        first_enum = _first_enum(bases)
        if first_enum is not object:
            generate = getattr(first_enum, '_generate_next_value_', None)
            namespace._generate_next_value = getattr(generate, '__func__', generate)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            # Called as EnumType(name, bases, dict): replay the body.
            replay = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                replay[key] = value
            classdict = replay
        member_names = list(classdict._member_names)
        for key in classdict._ignore:
            classdict.pop(key, None)
        member_type = _find_data_type(cls, bases)
        first_enum = _first_enum(bases)
        values = {name: dict.pop(classdict, name) for name in member_names}
        order = dict.pop(classdict, '_order_', None)
        custom_new = classdict.get('__new__')
        body = dict(classdict)
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = None
        if custom_new is not None:
            body['__new_member__'] = custom_new
        if boundary is not None:
            body['_boundary_'] = boundary
        if Flag is not None and first_enum is not object and issubclass(first_enum, Flag):
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        metacls._fix_methods(enum_class, classdict, member_type, first_enum)
        for name in member_names:
            enum_class._add_member_(name, values[name])
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._finish_flag()
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _fix_methods(enum_class, classdict, member_type, first_enum):
        """Give the class Enum's repr/str/format unless it or its data type says otherwise."""
        if ReprEnum is not None and ReprEnum in enum_class.__bases__:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data '
                                'type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                classdict['__str__'] = method
        if first_enum is object:
            return
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict:
                continue
            # getattr with a default: pyvm's object has no __reduce_ex__ yet.
            found = getattr(enum_class, name, None)
            if (found is getattr(member_type, name, None)
                    or found is getattr(object, name, None)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
        if member_type is not object:
            type.__setattr__(enum_class, '_value_repr_', member_type.__repr__)
        if Flag is not None and issubclass(enum_class, Flag):
            # The data type's operators (int.__or__) come first in the MRO of
            # IntFlag; the flag's own must win.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

    def _add_member_(cls, name, value):
        """Create the member name = value (or register it as an alias)."""
        member_type = cls._member_type_
        if isinstance(value, tuple) and member_type is not tuple:
            args = value
        else:
            args = (value,)
        new = getattr(cls, '__new_member__', None)
        if new is None:
            new = member_type.__new__
        if new is object.__new__:
            enum_member = object.__new__(cls)
        else:
            enum_member = new(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to '
                                    'create it') from exc
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        canonical = cls._lookup_value_(value)
        if canonical is not None:
            enum_member = canonical
        elif not (Flag is not None and issubclass(cls, Flag)
                  and not _is_single_bit(value)):
            cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, enum_member)

    def _lookup_value_(cls, value):
        """The member with this value, or None."""
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
            return None

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._from_value_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _from_value_(cls, value):
        if isinstance(value, cls):
            return value
        found = cls._lookup_value_(value)
        if found is not None:
            return found
        error = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            error = exc
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag)
                and cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and error is None:
            raise not_valid
        if error is None:
            error = TypeError('error in %s._missing_: returned %r instead of '
                              'None or a valid member' % (cls.__name__, result))
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        raise error

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C') and its other spellings."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        namespace = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            generate = cls._generate_next_value_
            last_values = []
            pairs = []
            for count, name in enumerate(names):
                value = generate(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if hasattr(names, 'items'):
            names = list(names.items())
        for name, value in names:
            namespace[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace,
                               boundary=boundary)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        """Every member by name, aliases included (read-only)."""
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType

# Set once the classes exist: the metaclass checks for them while building them.
Enum = ReprEnum = Flag = None


class _MemberProperty:
    """name and value on members: read-only, and not a class attribute."""

    def __init__(self, attribute):
        self.attribute = attribute

    def __get__(self, instance, owner=None):
        if instance is None:
            raise AttributeError('%r has no attribute %r'
                                 % (owner.__name__, self.attribute[1:-1]))
        return getattr(instance, self.attribute)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r"
                             % (type(instance).__name__, self.attribute[1:-1]))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r"
                             % (type(instance).__name__, self.attribute[1:-1]))


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    ...     GREEN = 2
    """

    name = _MemberProperty('_name_')
    value = _MemberProperty('_value_')

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next value: one more than the last, or start for the first."""
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = type(self)._value_repr_ or repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_,
                                value_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value'}
        for klass in type(self).__mro__:
            if klass is Enum or klass is object:
                break
            names.update(key for key in klass.__dict__ if not key.startswith('_'))
        names.update(key for key in getattr(self, '__dict__', {})
                     if not key.startswith('_'))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


class ReprEnum(Enum):
    """An Enum whose str() and format() are its data type's; repr() stays."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        member = str.__new__(cls, str(*values))
        member._value_ = str(*values)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The lower-cased member name."""
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member has."""

    STRICT = 'strict'     # raise ValueError
    CONFORM = 'conform'   # drop them
    EJECT = 'eject'       # return a plain int
    KEEP = 'keep'         # keep them in the value


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An Enum whose members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two after the highest of the last values."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _finish_flag(cls):
        singles = 0
        every = 0
        for member in cls._member_map_.values():
            value = member._value_
            if isinstance(value, int):
                every |= value
                if _is_single_bit(value):
                    singles |= value
        type.__setattr__(cls, '_flag_mask_', every)
        type.__setattr__(cls, '_singles_mask_', singles)
        type.__setattr__(cls, '_all_bits_', 2 ** every.bit_length() - 1)

    @classmethod
    def _iter_member_(cls, value):
        """The single-bit members whose bits are set in value, in definition order."""
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value:
                yield member

    @classmethod
    def _numeric_repr_(cls, value):
        return repr(value)

    @classmethod
    def _missing_(cls, value):
        """Make the pseudo-member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP and value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        negative = None
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        known = value & flag_mask
        new = getattr(cls, '__new_member__', None)
        if cls._member_type_ is object and new is None:
            pseudo = object.__new__(cls)
        else:
            pseudo = (new or cls._member_type_.__new__)(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known:
            pseudo._name_ = '|'.join(m._name_ for m in cls._iter_member_(known))
            if unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1') if self._value_ >= 0 else 0

    def __repr__(self):
        cls_name = type(self).__name__
        value_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, value_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other_value = self._other_value(other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._other_value(other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._other_value(other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            if isinstance(inverted, Flag):
                self._inverted_ = inverted
            else:
                return inverted
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = [(name, member.name)
                  for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def global_enum(cls):
    """Class decorator: export the members into the module's namespace.

    (CPython also changes the members' repr to module.NAME; pyvm does not.)
    """
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
