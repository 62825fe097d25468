# Descriptors of built-in types check what they are applied to: instances
# of other types, non-types as owners, and slot wrappers stored in unrelated
# classes raise TypeError instead of misreading memory.

def attempt(f):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


attempt(lambda: dict.__dict__['fromkeys'].__get__(None, int))
attempt(lambda: dict.__dict__['fromkeys'].__get__(5))
attempt(lambda: dict.__dict__['fromkeys'].__get__({})('ab'))
attempt(lambda: dict.__dict__['fromkeys'].__get__(None, dict)('ab'))
attempt(lambda: int.__dict__['real'].__get__('x'))
attempt(lambda: int.__dict__['real'].__set__(1, 2))
attempt(lambda: type.__dict__['__name__'].__set__(1, 'x'))
attempt(lambda: type.__dict__['__name__'].__get__(None, int))
attempt(lambda: int.__dict__['bit_length'].__get__('x'))
attempt(lambda: (lambda: 1).__get__(None, None))
attempt(lambda: property(lambda self: 'p').__get__(5, None))


class C:
    pass


attempt(lambda: C.__dict__['__dict__'].__get__(5))
attempt(lambda: C.__dict__['__dict__'].__set__(5, {}))
attempt(lambda: C.__dict__['__dict__'].__set__(C(), {'a': 1}))
attempt(lambda: C.__dict__['__weakref__'].__get__(C()))
attempt(lambda: object.__dict__['__class__'].__set__(5, C))
attempt(lambda: BaseException.__dict__['args'].__set__(5, ()))


class Len:
    __len__ = list.__len__


class Repr:
    __repr__ = int.__repr__


class GetAttribute:
    __getattribute__ = type.__getattribute__


class Compare:
    __eq__ = int.__eq__


class Later:
    pass


Later.__iter__ = list.__iter__
attempt(lambda: len(Len()))
attempt(lambda: repr(Repr()))
attempt(lambda: GetAttribute().x)
attempt(lambda: Compare() == Compare())
attempt(lambda: iter(Later()))


class ListLen(list):
    __len__ = list.__len__


print(len(ListLen([1, 2])))
