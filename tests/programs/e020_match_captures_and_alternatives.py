def f(s):
    match s:
        case [(a, b) | (b, a, 0), c, *rest] if a > 0:
            return ("A", a, b, c, rest)
        case {"k": [x, y] | (y, x, None), **kw}:
            return ("B", x, y, kw)
        case [1, [2, (3 | 4) as z, *_], *_, {"q": q}]:
            return ("C", z, q)
        case (p, q) | [p, q, _] | {"p": p, "q": q}:
            return ("D", p, q)
        case str() | bytes() as sb:
            return ("E", sb)
        case complex(real=r, imag=i):
            return ("F", r, i)
        case x:
            return ("Z", x)

for s in [[(1, 2), 3, 4, 5], [(2, 1, 0), 3], [(-1, 2), 3], {"k": [1, 2], "z": 9}, {"k": (5, 6, None)},
          [1, [2, 4, 9, 9], 0, 0, {"q": 7}], (8, 9), [8, 9, 10], {"p": 1, "q": 2, "r": 3}, "s", b"b", 1+2j, 3.5, None]:
    print(f(s))

def g():
    val = 5
    def inner(v):
        match v:
            case [val2, *_] if val2 == val:
                return "same"
            case _:
                return "diff"
    return inner([5]), inner([6])
print(g())

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y

for v in [P(1, 2), P(0, 0), P("a", [1])]:
    match v:
        case P(0, 0):
            print("origin")
        case P(x, y=[1] as l):
            print("list y", x, l)
        case P(x=1, y=yy):
            print("x1", yy)

match 1, 2:
    case (a, b):
        print(a, b)
match 5:
    case 1 | 2 | 3: print("small")
    case 4 | 5 | 6 as n: print("mid", n)
import sys
match sys.version_info:
    case (3, minor, *_): print("py3", minor >= 0)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}: print(rest)
match [1, 2, 3, 4, 5]:
    case [first, *middle, last]: print(first, middle, last)
match (1, 2):
    case [*all]: print(all)
match 0:
    case -0: print("zero")
match -1.5:
    case -1.5: print("neg float")
match 2j:
    case 0+2j: print("complex")
match True:
    case 1: print("True matches 1")
match 1:
    case True: print("no")
    case _: print("1 is not True")
