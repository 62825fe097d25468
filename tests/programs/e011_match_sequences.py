# match statement: sequence patterns.
# list/tuple/range (and their subclasses) are sequences for match;
# str, bytes, bytearray, dict, set, iterators and "duck-typed" classes are not.


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: " + repr(x)
        case [x, y]:
            return "two: " + repr(x) + " " + repr(y)
        case [first, *rest]:
            return "first=" + repr(first) + " rest=" + repr(rest)
        case _:
            return "not a sequence"


# list and tuple both match [...] patterns; a starred capture is always a list
for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3, 4], (5, 6, 7)]:
    print("shape", repr(v), "->", shape(v))

# range is a sequence
print("shape range(3) ->", shape(range(3)))

# str / bytes / bytearray are NOT sequences for match
for v in ["", "a", "ab", "abc", b"ab", bytearray(b"xy")]:
    print("shape", repr(v), "->", shape(v))

# dict, set, generator: not sequences
print("shape dict ->", shape({1: 2}))
print("shape set ->", shape({1}))
print("shape generator ->", shape(i for i in range(2)))


# a class with __len__/__getitem__ is still not a sequence for match
class FakeSeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


print("FakeSeq as list:", list(FakeSeq()))
print("shape FakeSeq ->", shape(FakeSeq()))


# subclasses of list and tuple are sequences
class MyList(list):
    pass


class MyTuple(tuple):
    pass


print("shape MyList ->", shape(MyList([7, 8, 9])))
print("shape MyTuple ->", shape(MyTuple((7, 8))))


# (first, *_, last) and [*init, last] and a star in the middle
def ends(v):
    match v:
        case (first, *_, last):
            return "first=" + repr(first) + " last=" + repr(last)
        case _:
            return "too short"


for v in [[1], [1, 2], [1, 2, 3], (4, 5, 6, 7), "xyz"]:
    print("ends", repr(v), "->", ends(v))

match [1, 2, 3, 4, 5]:
    case [*init, last]:
        print("init =", init, "last =", last)

match (1, 2, 3, 4, 5):
    case [a, *middle, b, c]:
        print("a =", a, "middle =", middle, "b =", b, "c =", c)

match [1, 2]:
    case [a, *middle, b]:
        print("empty middle:", middle)

match ["only"]:
    case [*everything]:
        print("star only:", everything)


# nested sequence patterns, mixed with literals
def command(v):
    match v:
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["move", [x, y]]:
            return "move to " + str(x) + "," + str(y)
        case ["add", *nums] if len(nums) > 0:
            return "sum " + str(sum(nums))
        case [[a, b], [c, d]]:
            return "matrix " + str(a * d - b * c)
        case [("x", n), *_]:
            return "x-tagged " + str(n)
        case _:
            return "bad command"


for v in [["go", "north"], ["go", "east"], ("move", (3, 4)), ["add", 1, 2, 3],
          ["add"], [[1, 2], [3, 4]], [("x", 9), 1, 2], ["move", "ab"]]:
    print("command", repr(v), "->", command(v))


# parentheses: (x) is just a capture, (x,) is a one-element sequence
match [5]:
    case (x):
        print("(x) captured whole subject:", x)

match [5]:
    case (x,):
        print("(x,) captured the element:", x)

# [*_] matches any sequence but not a string
for v in [[], (1, 2, 3), "abc"]:
    match v:
        case [*_]:
            print(repr(v), "is a sequence")
        case _:
            print(repr(v), "is not a sequence")

# a sequence of the wrong length doesn't match; the next case is tried
match (1, 2, 3):
    case (a, b):
        print("two (wrong)")
    case (a, b, c, d):
        print("four (wrong)")
    case (a, b, c):
        print("three:", a, b, c)
