# Call counts for pyvm --profile: recursion (direct and mutual), a
# generator (each resumption is a call), a class body, methods and built-ins.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)


points = [Point(x) for x in range(-2, 2)]
print(fib(7), is_even(5), list(countdown(3)), sum(p.norm() for p in points))
