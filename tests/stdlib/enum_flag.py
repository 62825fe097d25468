# enum: Flag and IntFlag combinations, reprs, iteration, boundaries.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW, RW.value, RW.name)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.X))
print(repr(~Perm.R), repr(~RW), repr(~(Perm.R | Perm.W | Perm.X)))
print(repr(RW & Perm.W), repr(RW ^ Perm.R), repr(Perm(7)), repr(Perm(5)))
print(Perm.R in RW, Perm.X in RW, list(RW), len(RW), list(Perm), len(Perm))
print(Perm.R | Perm.R is Perm.R, Perm(6) is RW)
for attempt in (lambda: Perm(8), lambda: Perm("x"), lambda: 1 in Perm.R,
                lambda: Perm.R | 1):
    try:
        print(attempt())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Access(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


print(list(Access), len(Access), list(Access.__members__))
print(repr(Access.ALL), repr(Access(0)), repr(Access.READ | Access.WRITE | Access.EXEC))
print(repr(~Access.ALL), repr(~Access.NONE), list(Access.ALL))
print(Access.READ in Access.ALL, Access.NONE in Access.READ)


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IPerm.R | IPerm.W), str(IPerm.R | IPerm.W), format(IPerm.R), f"{IPerm.W}")
print(repr(IPerm.R | 8), str(IPerm.R | 8), repr(IPerm(8)), repr(IPerm(0)))
print(repr(~IPerm.R), repr(IPerm(-1)), IPerm.R + 1, IPerm.R == 4, 4 | IPerm.X)
print(isinstance(IPerm.R | IPerm.X, IPerm), IPerm.R & 6, repr(IPerm.W ^ 3))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], repr(Color.RED | Color.BLUE), repr(Color))
white = Color.RED | Color.GREEN | Color.BLUE
print(repr(white), [c.name for c in white], white.name)
