# itertools and functools: a small data pipeline over sales records.
import functools
import itertools
import operator

sales = [
    ("north", "apples", 30), ("south", "pears", 12), ("north", "pears", 7),
    ("east", "apples", 22), ("south", "apples", 18), ("east", "plums", 5),
    ("north", "plums", 9), ("east", "pears", 14),
]

by_region = itertools.groupby(sorted(sales), key=operator.itemgetter(0))
for region, rows in by_region:
    rows = list(rows)
    print(region, sum(r[2] for r in rows), [r[1] for r in rows])

print(list(itertools.accumulate(r[2] for r in sales)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.combinations("ABC", 2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.product([0, 1], repeat=2)))
print(list(itertools.islice(itertools.cycle("xyz"), 7)))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.pairwise([1, 2, 4, 8])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.repeat("r", 3)), next(itertools.count(10, 5)))

print(functools.reduce(operator.mul, range(1, 11)))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
double = functools.partial(operator.mul, 2)
print(double(21), double.func is operator.mul, double.args, double.keywords)


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


versions = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(versions), Version("2.0") >= Version("1.9"))
print(sorted(["banana", "Apple", "cherry"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))


@functools.singledispatch
def describe(value):
    return "something"


@describe.register
def _(value: int):
    return "an int"


@describe.register(list)
def _(value):
    return "a list of %d" % len(value)


print(describe(1), describe([1, 2]), describe("x"))


def logged(function):
    @functools.wraps(function)
    def wrapper(*args):
        return function(*args)
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area.__name__, area.__doc__, area(3, 4))
