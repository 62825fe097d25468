# A first program for pyvm: functions, a closure, a class, a generator and
# an exception, each printing what CPython prints.

def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


def counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(greet("pyvm"))
step = counter()
print([step() for _ in range(3)])
print(Vector(1, 2) + Vector(3, 4))
fib = fibonacci()
print([next(fib) for _ in range(10)])
print(2 ** 100, 7 // -2, 0.1 + 0.2)
try:
    {}["missing"]
except KeyError as error:
    print("caught", repr(error))
