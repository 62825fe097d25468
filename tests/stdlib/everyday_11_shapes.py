# abc: an abstract Shape with concrete subclasses, and a registered virtual subclass.
import abc
import math


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...

    @property
    @abc.abstractmethod
    def name(self) -> str: ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @property
    def name(self):
        return "square"

    def area(self):
        return self.side ** 2


for shape in (Circle(1), Square(3)):
    print(shape.describe())
try:
    Shape()
except TypeError as error:
    print("TypeError:", error)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as error:
    print("TypeError:", error)


class Blob:
    def area(self):
        return 7


Shape.register(Blob)
print(isinstance(Blob(), Shape), issubclass(Blob, Shape), issubclass(int, Shape))
print(sorted(Shape.__abstractmethods__), Circle.__abstractmethods__)
