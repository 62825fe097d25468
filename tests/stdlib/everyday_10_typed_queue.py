# typing annotations: a small typed task queue.
from typing import Callable, Dict, Generic, List, NamedTuple, Optional, Protocol, TypeVar, Union, cast, TypedDict, get_type_hints

T = TypeVar("T")


class Task(NamedTuple):
    name: str
    priority: int = 0


class Config(TypedDict):
    workers: int
    name: str


class Runner(Protocol):
    def run(self, task: Task) -> str: ...


class Queue(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop(0) if self.items else None


def apply(function: Callable[[int], int], values: List[int]) -> Dict[int, int]:
    return {v: function(v) for v in values}


def parse(value: Union[int, str]) -> int:
    return value if isinstance(value, int) else int(value)


queue: Queue[Task] = Queue()
queue.push(Task("build", 2))
queue.push(Task("test"))
print(queue.pop(), queue.pop(), queue.pop())
print(Task("x")._asdict(), Task._fields, Task._field_defaults)
config: Config = {"workers": 4, "name": "ci"}
print(config, Config.__required_keys__ == frozenset({"workers", "name"}))
print(apply(lambda v: v * v, [1, 2, 3]), parse("42") + parse(1))
print(cast(int, "not checked"), get_type_hints(parse))
print(Optional[int], Union[int, str], List[int], Dict[str, int])
print(apply.__annotations__["return"])
