# SPDX-License-Identifier: GPL-3.0-or-later
"""Abstract Base Classes (ABCs) according to PEP 3119."""

# pyvm's abc, with the ABCMeta machinery in Python (CPython's is the C
# module _abc). pyvm has no weak references, so an ABC's registry and caches
# hold their classes strongly.
#
# Three things CPython does in C are done here while the VM does not (each
# is tested when this module is imported, so a VM that does them is used):
# refusing to instantiate a class with abstract methods (object.__new__'s
# "Can't instantiate abstract class X with abstract methods a, b"), the
# __isabstractmethod__ of property, classmethod and staticmethod, and
# marking the classes registered with collections.abc.Sequence or Mapping
# for match statements (_pyvm.set_collection_flags; without it, a class
# matches a sequence or mapping pattern only if it derives from list,
# tuple, dict, ...).

try:
    import _pyvm
except ImportError:
    _pyvm = None


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties."""

    __isabstractmethod__ = True


# Bumped by every register(): negative caches made before are stale.
_invalidation_counter = 0

# The collection flags of CPython's type flags that match statements read
# (Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING).
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)


def get_cache_token():
    """Returns the current ABC cache token."""
    return _invalidation_counter


class _abc_data:
    # The state of one ABC (CPython's _abc._abc_data): the classes registered
    # with it, and the classes known to be, or not to be, its subclasses.
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version', 'flags')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation_counter
        self.flags = 0


def _is_abstract(value):
    # CPython's _PyObject_IsAbstract, with property, classmethod and
    # staticmethod asking what they wrap where the VM's do not.
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property) and not _VM_KNOWS_ABSTRACT_DESCRIPTORS:
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)) and not _VM_KNOWS_ABSTRACT_DESCRIPTORS:
        return bool(getattr(value.__func__, "__isabstractmethod__", False))
    return False


def _own_abstract_methods(cls):
    # A class's __abstractmethods__ are its own, not inherited (CPython
    # reads them from the class's __dict__ only).
    return cls.__dict__.get("__abstractmethods__", ()) if isinstance(cls, type) else ()


def _abstract_methods(cls):
    # The names of the abstract methods of cls: those of its own namespace,
    # and those of its bases it does not override.
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in _own_abstract_methods(base):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def _vm_knows_abstract_descriptors():
    def method():
        pass
    method.__isabstractmethod__ = True
    return getattr(property(method), "__isabstractmethod__", False) is True


def _vm_refuses_abstract_classes():
    class Probe:
        pass
    Probe.__abstractmethods__ = frozenset({'method'})
    try:
        Probe()
    except TypeError:
        return True
    return False


_VM_KNOWS_ABSTRACT_DESCRIPTORS = _vm_knows_abstract_descriptors()
_VM_REFUSES_ABSTRACT_CLASSES = _vm_refuses_abstract_classes()


def _check_instantiable(cls):
    # object.__new__'s refusal, in its words (names sorted, "method" for one).
    abstracts = cls.__dict__.get("__abstractmethods__")
    if abstracts:
        names = sorted(abstracts)
        raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                        f"with abstract method{'s' if len(names) > 1 else ''} {', '.join(names)}")


def _abc_init(cls):
    cls.__abstractmethods__ = _abstract_methods(cls)
    data = _abc_data()
    type.__setattr__(cls, '_abc_impl', data)
    namespace = cls.__dict__
    if '__abc_tpflags__' in namespace:
        flags = namespace['__abc_tpflags__']
        if isinstance(flags, int):
            data.flags = flags & _COLLECTION_FLAGS
            if data.flags and _pyvm is not None:
                _pyvm.set_collection_flags(cls, data.flags)
        type.__delattr__(cls, '__abc_tpflags__')


def _impl(cls):
    try:
        return cls.__dict__['_abc_impl']
    except KeyError:
        raise TypeError("_abc_impl is set to a wrong type") from None


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    if not _VM_REFUSES_ABSTRACT_CLASSES:
        def __call__(cls, *args, **kwargs):
            # (Only where object.__new__ does not refuse abstract classes.)
            if cls.__dict__.get("__abstractmethods__"):
                _check_instantiable(cls)
            return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        # Tested after "already a subclass": X.register(X) does nothing.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        data = _impl(cls)
        data.registry.add(subclass)
        _invalidation_counter += 1  # the negative caches are stale now
        if data.flags and _pyvm is not None:
            _pyvm.set_collection_flags(subclass, data.flags)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        data = _impl(cls)
        subclass = instance.__class__
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (data.negative_cache_version == _invalidation_counter
                    and subclass in data.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = _impl(cls)
        if subclass in data.cache:
            return True
        if data.negative_cache_version < _invalidation_counter:
            data.negative_cache = set()
            data.negative_cache_version = _invalidation_counter
        elif subclass in data.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok is not True and ok is not False:
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        # A real subclass, a subclass of a registered class, or of a subclass.
        if cls in getattr(subclass, '__mro__', ()):
            data.cache.add(subclass)
            return True
        for registered in list(data.registry):
            if issubclass(subclass, registered):
                data.cache.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        data = _impl(cls)
        print(f"_abc_registry: {data.registry!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _impl(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        data = _impl(cls)
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if '__abstractmethods__' not in cls.__dict__:
        # Not an abstract class: nothing to update.
        return cls
    cls.__abstractmethods__ = _abstract_methods(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using"""
    __slots__ = ()
