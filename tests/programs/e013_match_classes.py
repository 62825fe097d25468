# match statement: class patterns.


# --- built-in types: a single positional sub-pattern matches the subject itself
def builtin_kind(v):
    match v:
        case bool(b):                  # must come before int: bool subclasses int
            return "bool " + repr(b)
        case int(0):
            return "int zero"
        case int(i):
            return "int " + repr(i)
        case float(f):
            return "float " + repr(f)
        case str(""):
            return "empty str"
        case str():
            return "str " + repr(v)
        case bytes(bs) | bytearray(bs):
            return "bytes-like " + repr(bs)
        case list([x, *_]):
            return "list starting with " + repr(x)
        case list(l):
            return "empty list " + repr(l)
        case tuple(t):
            return "tuple of " + str(len(t))
        case dict():
            return "dict"
        case set(s) | frozenset(s):
            return "set-like of " + str(len(s))
        case _:
            return "other"


for v in [True, 0, 7, 1.5, "", "hi", b"b", bytearray(b"ba"), [3, 4], [],
          (1, 2), {}, {"a": 1}, {1}, frozenset(), None]:
    print("builtin", repr(v), "->", builtin_kind(v))

# keyword patterns work on any attribute, also for built-ins
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts:", r, i)

match 10:
    case int(real=10, denominator=1):
        print("int attributes matched")

match 1:
    case float():
        print("1 is a float (wrong)")
    case object():
        print("1 matched object()")


# --- user classes with __match_args__ (a hand-written "dataclass")
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = "p"


class Point3(Point):            # inherits __match_args__ from Point
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):          # positional + keyword
            return "3d point on plane " + str((x, y))
        case Point(0, y):
            return "on y axis at " + str(y)
        case Point(x, 0, label="q"):     # keyword attribute not in __match_args__
            return "q on x axis at " + str(x)
        case Point(x, 0):
            return "on x axis at " + str(x)
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return "vertical line x=" + str(x1)
        case Line(start=Point(), end=e):
            return "line ending at " + str((e.x, e.y))
        case Point(x, y, extra=e):       # missing attribute: simply no match
            return "has extra " + str(e)
        case Point():
            return "some point"
        case _:
            return "not a point"


q = Point(4, 0)
q.label = "q"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), q, Point3(1, 2, 0), Point3(1, 2, 3),
          Line(Point(1, 2), Point(1, 9)), Line(Point(1, 2), Point(3, 4)),
          Point(1, 1), "point"]:
    print("where ->", where(p))


# a property raising AttributeError means "no match"; other errors propagate
class Lazy:
    __match_args__ = ("value",)

    def __init__(self, ok):
        self.ok = ok

    @property
    def value(self):
        if self.ok == "attr":
            raise AttributeError("no value")
        if self.ok == "key":
            raise KeyError("boom")
        return 42


for ok in ["yes", "attr", "key"]:
    try:
        match Lazy(ok):
            case Lazy(v):
                print(ok, "-> value", v)
            case _:
                print(ok, "-> no match")
    except KeyError as e:
        print(ok, "-> KeyError", e)
