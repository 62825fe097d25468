# StrEnum and str/int mix-ins: members that are strings (and ints) too.
import enum


class Color(enum.StrEnum):
    RED = enum.auto()
    DARK_GREEN = enum.auto()
    BLUE = "b"


print(Color.RED, repr(Color.RED), Color.DARK_GREEN, Color("b"), Color.RED.upper())
print(isinstance(Color.RED, str), Color.RED == "red", f"{Color.BLUE}|{Color.BLUE:>4}|", "-".join(Color))
print(sorted(Color), Color.RED + "!", len(Color.DARK_GREEN), {"red": 1}[Color.RED])
try:
    class Bad(enum.StrEnum):
        X = 1
except TypeError as error:
    print("TypeError:", error)


class Mixed(str, enum.Enum):
    A = "a"
    B = "b"


print(Mixed.A, repr(Mixed.A), Mixed.A == "a", f"{Mixed.A}", Mixed("b"), Mixed.A.value)


class Level(int, enum.Enum):
    LOW = 1
    HIGH = 2


print(Level.LOW, repr(Level.HIGH), Level.HIGH + 1, Level(2), Level.LOW < Level.HIGH)
print(repr(enum.STRICT), enum.KEEP, enum.FlagBoundary.CONFORM == "conform", list(enum.FlagBoundary))


class Perm(enum.Flag, boundary=enum.KEEP):
    R = 4
    W = 2


print(Perm(7), Perm(4) | Perm.W)
