# enum: Enum and IntEnum members, lookups, reprs, auto, unique and the errors.
from enum import Enum, IntEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(repr(Color.RED), str(Color.RED), Color.RED, f"{Color.GREEN}")
print("{}|{:>12}|{:<10}|".format(Color.RED, Color.GREEN, Color.BLUE))
print(Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON)
print(Color.CRIMSON is Color.RED, Color(1) is Color.RED, Color.RED == 1)
print(list(Color), len(Color), list(reversed(Color)))
print(dict(Color.__members__))
print(list(Color.__members__), "CRIMSON" in Color.__members__)
print(Color.RED in Color, isinstance(Color.GREEN, Color), type(Color.RED))
print(repr(Color), type(Color), enum.EnumMeta is enum.EnumType)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(bool(Color), Color.RED != Color.GREEN)

for attempt in (lambda: Color(5), lambda: Color("RED"), lambda: Color[1]):
    try:
        attempt()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", repr(e))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        X = 1
        X = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Twice(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
try:
    class Reserved(Enum):
        _x_ = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()


print(list(Weekday), Weekday.THURSDAY.value)


class Shape(Enum):
    SQUARE = "square"
    CIRCLE = "circle"

    def describe(self):
        return f"{self.name.lower()} shape"

    @classmethod
    def default(cls):
        return cls.SQUARE

    @property
    def sides(self):
        return 4 if self is Shape.SQUARE else 0


print(Shape.CIRCLE.describe(), Shape.default(), Shape.SQUARE.sides, repr(Shape("circle")))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(repr(Planet.MERCURY))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Number.ONE), str(Number.TWO), f"{Number.THREE}", format(Number.ONE, ">4"))
print(Number.ONE + 1, Number.TWO * 3, Number.THREE == 3, Number.ONE < Number.TWO)
print(sorted([Number.THREE, Number.ONE]), int(Number.TWO), Number(2), [1, 2, 3][Number.ONE])
print(isinstance(Number.ONE, int), Number.TWO.value, Number["THREE"])


class Fallback(Enum):
    UNKNOWN = 0
    KNOWN = 1

    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN


print(Fallback(7), Fallback(1))


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 3


try:
    BadMissing(9)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

Animal = Enum("Animal", "ANT BEE, CAT")
print(list(Animal), repr(Animal.BEE), Animal.__name__, Animal.__module__)
Pair = Enum("Pair", [("LEFT", "l"), ("RIGHT", "r")])
print(list(Pair), Pair("r"))
Mapped = Enum("Mapped", {"X": 10, "Y": 20})
print(list(Mapped), list(IntEnum("Level", ["LOW", "HIGH"], start=5)))


class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2


print(list(Ordered))


class Ignoring(Enum):
    _ignore_ = "temp"
    temp = 5
    REAL = 1


print(list(Ignoring), hasattr(Ignoring, "temp"))


class WithNext(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    AB = auto()
    CD = auto()


print(list(WithNext))
