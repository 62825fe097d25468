# dataclasses with string annotations: ClassVar and InitVar written as strings,
# forward references, and get_type_hints evaluating them.
import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, Optional, List
import typing

@dataclass
class A:
    x: "int"
    y: "List[int]" = field(default_factory=list)
    c: "ClassVar[int]" = 5
    d: "typing.ClassVar[str]" = 'd'
    i: "InitVar[int]" = 0
    n: "Optional[A]" = None
    def __post_init__(self, i):
        self.x += i
print(A(1, i=2), [f.name for f in dataclasses.fields(A)], [f.type for f in dataclasses.fields(A)])
print(typing.get_type_hints(A))
@dataclass(order=True)
class V:
    a: int
    b: str = "x"
print(sorted([V(2), V(1, "z"), V(1, "a")]), V(1) == V(1), V(1) <= V(1))
print(dataclasses.astuple(V(3)), dataclasses.asdict(A(1, [1], n=A(2))))
