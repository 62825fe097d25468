# A dataclass inventory: totals, sorting, frozen records and replace().
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price * self.quantity

    @property
    def total(self) -> float:
        return self.price * self.quantity


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"


stock = [
    Item("widget", 2.50, 10, ["small"]),
    Item("gadget", 12.00, 3),
    Item("doohickey", 0.75, 100, ["bulk", "small"]),
    Item("gizmo", 40.00, 1),
]
for item in sorted(stock):
    print(f"{item.name:<10} {item.quantity:>4} x {item.price:6.2f} = {item.total:8.2f}")
print("total value:", sum(item.total for item in stock))
print(stock[0])
print(asdict(stock[2]))
print(astuple(stock[1]))
print([f.name for f in fields(Item)])
cheaper = replace(stock[3], price=35.0)
print(cheaper, cheaper.total)
here = Location(3)
print(here, here == Location(3, "A"), hash(here) == hash(Location(3)))
try:
    here.aisle = 4
except Exception as error:
    print(type(error).__name__, error)
print(max(stock).name, min(stock).name)
