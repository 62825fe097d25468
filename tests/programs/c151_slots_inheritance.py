# __slots__ and inheritance: subclasses add members or a __dict__; bases
# whose layouts both add members conflict.


class Base:
    __slots__ = ('a',)


class WithDict(Base):
    pass


class MoreSlots(Base):
    __slots__ = ('b',)


w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.__dict__, list(WithDict.__dict__))
m = MoreSlots()
m.a, m.b = 1, 2
print(m.a, m.b, list(MoreSlots.__dict__))
try:
    m.c = 3
except AttributeError as e:
    print(e)
try:
    MoreSlots().a
except AttributeError as e:
    print(e)

# A subclass of a class with a __dict__ gets no second one.
class Plain:
    pass


class PlainChild(Plain):
    pass


print(list(Plain.__dict__), list(PlainChild.__dict__))

# '__dict__' in __slots__ brings the dict back, after the members.
class Mixed:
    __slots__ = ('x', '__dict__')


mx = Mixed()
mx.x = 1
mx.y = 2
print(mx.x, mx.__dict__, vars(mx), list(Mixed.__dict__))

# Layout conflicts between bases that both add members.
class Other:
    __slots__ = ('b',)


try:
    class Both(Base, Other):
        pass
except TypeError as e:
    print(e)


class NoMembers:
    __slots__ = ()


class Fine(Base, NoMembers, Plain):
    pass


print([c.__name__ for c in Fine.__mro__])
f = Fine()
f.a = 1
f.other = 2
print(f.a, f.__dict__)


# Secondary bases with a __dict__ give one even with empty __slots__.
class Secondary(Base, Plain):
    __slots__ = ()


s = Secondary()
s.anything = 1
print(s.__dict__, '__dict__' in Secondary.__dict__)

try:
    class Dup(list, dict):
        pass
except TypeError as e:
    print(e)
try:
    class ListSlots(list):
        __slots__ = ('a',)

    class Clash(ListSlots, Base):
        pass
except TypeError as e:
    print(e)

# Built-in exceptions share one layout.
class Both2(ValueError, TypeError):
    pass


print(issubclass(Both2, TypeError))


# Subclasses of built-in types can have members too.
class Stack(list):
    __slots__ = ('name',)


st = Stack([1, 2])
st.name = 'st'
print(st, st.name, len(st))
try:
    st.other = 1
except AttributeError as e:
    print(e)


class Err(Exception):
    __slots__ = ('code',)


e = Err('boom')
e.code = 5
e.note = 'exceptions keep their __dict__'
print(e, e.code, e.note)

# super() and properties work with slotted classes.
class Celsius:
    __slots__ = ('_degrees',)

    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def degrees(self):
        return self._degrees


class Kelvin(Celsius):
    __slots__ = ()

    def __init__(self, degrees):
        super().__init__(degrees - 273)


print(Kelvin(300).degrees)
