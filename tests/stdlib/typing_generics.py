# typing: aliases as bases, generic protocols, substitution of type variables.
from typing import *
T = TypeVar('T')
class MyList(List[int]):
    pass
print(MyList.__mro__, MyList([1, 2]), MyList.__orig_bases__)
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
class B:
    def get(self): return 1
print(isinstance(B(), Box), Box[int], Box.__parameters__)
class Two(Generic[T]):
    pass
print(Two.__mro__ if False else Two.__parameters__, Callable[[T], T][int], Optional[T][str], Union[T, int][str])
print(Type[T][int], Tuple[T, ...][int], Dict[str, List[T]][int])
