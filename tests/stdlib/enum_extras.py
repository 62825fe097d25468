# enum: flag boundaries, custom __new__, member/nonmember, the functional API with type=.
from enum import Enum, IntEnum, Flag, IntFlag, auto, CONFORM, EJECT, KEEP, STRICT, nonmember, member
import enum
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(C(7)), repr(C(4)))
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(E(7)), repr(E(3)))
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(K(7)), str(K(12)))
class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')
print(Coord(1), Coord.Y.label, Coord.X.value, repr(Coord.X))
class N(Enum):
    A = 1
    B = nonmember(5)
    @member
    def f(): return 3
print(list(N)[0], len(N), N.B, N.f.value())
Color = IntEnum('Color', 'RED GREEN', start=10)
print(list(Color), Color.RED + 1)
S = Enum('S', 'A B', type=int)
print(repr(S.A), S.A + 1)
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__)
class Ordinal(IntEnum):
    FIRST = auto()
    SECOND = auto()
print(Ordinal.FIRST, Ordinal(2), Ordinal.SECOND > Ordinal.FIRST, max(Ordinal))
