# match statement: mapping patterns.


class Color:
    RED = "red"
    GREEN = "green"


def describe(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return "point " + str(x) + "," + str(y)
        case {"type": "circle", "r": r, **rest}:
            return "circle r=" + str(r) + " rest=" + repr(rest)
        case {Color.RED: level}:                 # key given as a value pattern
            return "red level " + str(level)
        case {1: "one", -2: neg, None: n}:      # literal keys, incl. negative/None
            return "numeric keys neg=" + repr(neg) + " none=" + repr(n)
        case {"k": None}:                        # value must be None; key must exist
            return "k is None"
        case {"tags": [first, *_]}:              # nested sequence pattern
            return "first tag " + first
        case {"inner": {"deep": d}}:             # nested mapping pattern
            return "deep " + repr(d)
        case {}:                                 # {} matches ANY mapping
            return "some mapping of size " + str(len(v))
        case _:
            return "not a mapping"


tests = [
    {"type": "point", "x": 1, "y": 2},
    {"type": "point", "x": 1, "y": 2, "z": 3},         # extra keys are allowed
    {"type": "point", "x": 1},                          # missing key: no match
    {"type": "circle", "r": 5},
    {"type": "circle", "r": 5, "color": "blue", "fill": True},
    {"red": 200, "green": 10},
    {1: "one", -2: "minus two", None: 0, "x": "y"},
    {1: "uno", -2: "minus two", None: 0},
    {"k": None},
    {"j": None},
    {"k": 0},
    {"tags": ["a", "b"]},
    {"tags": []},
    {"inner": {"deep": [1, 2]}},
    {"inner": {"shallow": 1}},
    {},
    [("type", "point")],
    "type",
    ("k", None),
]
for t in tests:
    print(repr(t), "->", describe(t))


# **rest collects the remaining keys, in order, into a new plain dict
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": c, "a": a, **rest}:
        print("a =", a, "c =", c, "rest =", rest)
        rest["new"] = 0
print("original dict unchanged:", d)

match {"only": 1}:
    case {"only": o, **rest}:
        print("empty rest:", rest)


# a dict subclass is a mapping; lookups do not use __missing__ or __getitem__
class Noisy(dict):
    def __missing__(self, key):
        print("__missing__ called for", key)
        return "default"

    def __getitem__(self, key):
        print("__getitem__ called for", key)
        return dict.__getitem__(self, key)


n = Noisy(a=1, b=2)
print("indexing a missing key:", n["zzz"])
match n:
    case {"zzz": z}:
        print("matched zzz (wrong):", z)
    case {"a": a, **others}:
        print("matched a =", a, "others =", others, type(others).__name__)


# guards on mapping captures
def check(v):
    match v:
        case {"age": age} if age >= 18:
            return "adult"
        case {"age": age}:
            return "minor (" + str(age) + ")"
        case _:
            return "unknown"


for v in [{"age": 30}, {"age": 7}, {"name": "x"}]:
    print("check", v, "->", check(v))


# a duplicate key produced by value patterns is detected at runtime
class K:
    A = "a"


try:
    match {"a": 1, "b": 2}:
        case {K.A: 1, "a": 2}:
            print("matched (wrong)")
except ValueError as e:
    print("ValueError:", e)

# mapping with mixed key types
match {True: "t", 2.5: "f", b"by": "b", (1, 2): "tuple"}:
    case {True: t, 2.5: f, b"by": b}:
        print("mixed keys:", t, f, b)
