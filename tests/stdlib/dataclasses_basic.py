# dataclasses: generated methods, field options, helpers and the errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, InitVar, KW_ONLY,
                         MISSING, make_dataclass, Field)
from typing import ClassVar, List, Optional


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)
    count: ClassVar[int] = 0


p = Point(1)
print(p, Point(2, 3, ["a"]), Point.__init__.__qualname__, Point.__match_args__)
print(p == Point(1), p == Point(1, 1), p == (1, 0), p != Point(5))
print(Point.count, "count" in Point.__dataclass_fields__, [f.name for f in fields(Point)])
print(p.tags is not Point(1).tags, Point.y, hasattr(Point, "tags"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
for call in (lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3),
             lambda: Point(1, x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

f0, f1, f2 = fields(Point)
print(f0.name, f0.type, f0.default is MISSING, f0.default_factory is MISSING)
print(f1.default, f2.default_factory, f2.repr, f0.init, f0.compare, f0.hash, f0.kw_only)
print(type(f0) is Field, dict(f0.metadata), fields(p) == fields(Point))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v = Version(1, 2, "beta")
print(v, v < Version(1, 3), Version(2) > v, v <= Version(1, 2, "x"), v == Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(hash(v) == hash((1, 2)), {v: 1}[Version(1, 2)])
try:
    v.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    v.extra = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Rect:
    width: float
    height: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


r = Rect(2, 3, scale=2)
print(r, [f.name for f in fields(r)], Rect.__match_args__)
print(replace(r, width=1), replace(r, width=1, scale=3))
try:
    replace(r, area=5)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int


c = Config("app", level=3)
print(c, Config.__match_args__)
try:
    Config("app", True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Options:
    a: int = 1
    b: int


print(Options(b=2))


@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
print(astuple(root))
print(asdict(Point(1, 2, ["t"]), dict_factory=lambda items: sorted(items)))
print(asdict(Node(5, [], None)) == {"value": 5, "children": [], "parent": None})


@dataclass
class Holder:
    data: dict
    pair: tuple


print(asdict(Holder({"k": Point(1)}, (Point(2), 3))))
print(astuple(Holder({"k": Point(1)}, (Point(2), 3))))
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))
for bad in (1, Point):
    try:
        asdict(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    fields(object())
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Loop:
    other: object = None


loop = Loop()
loop.other = loop
print(loop)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__, "__repr__" in Plain.__dict__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(hash=False)


print(hash(Hashed(1, 2)) == hash((1,)), Hashed(1, 2) != Hashed(1, 3))


@dataclass
class Base:
    x: int = 1
    y: str = "base"


@dataclass
class Derived(Base):
    z: float = 2.5
    y: str = "derived"


print(Derived(), Derived(5, "a", 1.0), Derived.__match_args__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError")

match Point(3, 4):
    case Point(x, y):
        print("matched", x, y)

Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="b"))],
                     namespace={"double": lambda self: self.a * 2})
print(Dyn(4), Dyn(4).double(), [f.name for f in fields(Dyn)])

errors = []
try:
    @dataclass
    class BadOrder:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class OwnLt:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Thaw(Version):
        extra: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class Freeze(Base):
        extra: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class NoAnnotation:
        a: int
        b = field(default=1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(unsafe_hash=True)
    class OwnHash:
        a: int

        def __hash__(self):
            return 0
except TypeError as e:
    print("TypeError:", e)
