# typing: subscripted aliases and their reprs, TypeVar, Generic, Protocol,
# NamedTuple, TypedDict, get_type_hints and the helper functions.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generator,
                    Generic, Iterable, Iterator, List, Literal, Mapping,
                    NamedTuple, NoReturn, Optional, Protocol, Sequence, Set,
                    Tuple, Type, TypedDict, TypeVar, Union, cast, get_args,
                    get_origin, get_type_hints, overload, runtime_checkable,
                    TYPE_CHECKING, NewType, Annotated)

print(Optional[int], List[int], Dict[str, int], Set[int], FrozenSet[str])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Type[int], Sequence[int])
print(Union[int, str], Union[int, None], Union[None, int], Union[int, str, None])
print(Union[int], Union[int, Union[str, int]], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Mapping[str, int])
print(Literal[1, "a", True], Final[int], ClassVar[List[int]], Annotated[int, "m"])
print(Any, NoReturn, List, Dict, Optional, Union, Callable, Tuple, typing.Hashable)
print(Dict[str, List[Optional[int]]], List[Callable[[int], str]])
print(List[int] == List[int], List[int] == List[str], Optional[int] == Union[int, None])
print(Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(Literal[1, 2] == Literal[2, 1], len({List[int], List[int], Dict[str, int]}))

T = TypeVar("T")
K = TypeVar("K", bound=int)
S = TypeVar("S", str, bytes)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
print(T, K, S, T_co, T_contra, T.__name__, K.__bound__, S.__constraints__)
print(List[T], Dict[str, T], List[T][int], Dict[K, T][int, str], Dict[K, T].__parameters__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]))
print(get_args(Optional[int]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(int), get_args(int))
print(get_origin(ClassVar[int]), get_args(Annotated[int, "x", 2]), get_origin(Annotated[int, "x"]))
print(List[int].__origin__, List[int].__args__, Tuple[int, str].__args__)
print(List.__instancecheck__([]), Dict.__instancecheck__([]))
try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    Any()
except TypeError as e:
    print("TypeError:", e)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int], Stack.__parameters__, Stack[str] == Stack[str])
print(type(s).__name__, Stack.__mro__[1] is Generic)


class Pair(Generic[K, T]):
    def __init__(self, key: K, value: T):
        self.key, self.value = key, value


print(Pair[int, str], Pair(1, "a").value, Pair.__parameters__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        print("closed")


class Other:
    pass


print(isinstance(Resource(), Closable), isinstance(Other(), Closable))
print(issubclass(Resource, Closable), issubclass(int, Closable))


class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Circle(Drawable):
    def draw(self):
        return "circle"


print(Circle().draw(), Drawable in type(Circle()).__mro__)
for attempt in (lambda: isinstance(Resource(), Drawable), lambda: Drawable(),
                lambda: runtime_checkable(Resource)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(1)
print(p, p.norm(), p.x, p[1], p == (1, 0), isinstance(p, tuple), len(p))
print(Point._fields, Point._field_defaults, p._asdict(), p._replace(y=5))
print(Point._make([3, 4]), Point.__annotations__, Point(y=2, x=1), Point.__match_args__)
x, y = Point(7, 8)
print(x, y, Point.x.__doc__, type(Point).__name__, Point.__bases__)
for attempt in (lambda: Point(), lambda: Point(1, 2, 3), lambda: p._replace(z=1),
                lambda: Point._make([1])):
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.x = 5
except AttributeError:
    print("AttributeError on assignment")
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("ann", 3), Employee.__annotations__, Employee._fields)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

match Point(1, 2):
    case Point(a, b):
        print("matched", a, b)


class Movie(TypedDict):
    name: str
    year: int


class Film(Movie, total=False):
    director: str


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Film.__required_keys__), sorted(Film.__optional_keys__), Film.__total__)
print(Film.__annotations__)
Config = TypedDict("Config", {"debug": bool, "level": int}, total=False)
print(Config(debug=True), sorted(Config.__optional_keys__), Config.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict))


class Annotated_:
    a: int
    b: "List[int]"
    c: ClassVar[int] = 3
    d: Optional["Annotated_"] = None


def function(x: int, y: "str" = "", *args: float, z: None = None) -> "Annotated_":
    pass


print(get_type_hints(Annotated_))
print(get_type_hints(function))
print(get_type_hints(Point), get_type_hints(lambda: 0))


class Sub(Annotated_):
    e: Dict[str, int]


print(list(get_type_hints(Sub)))
print(get_type_hints(type("H", (), {"__annotations__": {"v": Annotated[int, "meta"]}})))
print(get_type_hints(type("H", (), {"__annotations__": {"v": Annotated[int, "meta"]}}),
                     include_extras=True))

print(cast(int, "not an int"), cast("List[int]", [1]), TYPE_CHECKING)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))


@overload
def only_overloads(x: int) -> int:
    ...


try:
    only_overloads(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)


def process(items: Iterable[T]) -> List[T]:
    return list(items)


print(process((1, 2)), process.__annotations__["return"])
print(typing.Text, typing.AnyStr, typing.SupportsInt, typing.Deque)
try:
    typing.assert_never(5)
except AssertionError as e:
    print("AssertionError:", e)
print(typing.assert_type(5, int), typing.final(process) is process)
