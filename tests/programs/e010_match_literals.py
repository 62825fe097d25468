# match statement: literal patterns, capture, wildcard, value patterns,
# or-patterns, as-patterns, guards, and evaluation of the subject.


# --- literal patterns: ints, floats, negative numbers, complex, strings, bytes
def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1 + 2j:
            return "complex 1+2j"
        case -3 - 4j:
            return "complex -3-4j"
        case 5j:
            return "imaginary 5j"
        case "hello":
            return "string hello"
        case "ab" "cd":          # implicit concatenation of literals = "abcd"
            return "string abcd"
        case b"raw":
            return "bytes raw"
        case _:
            return "other"


for v in [0, -1, 2.5, -0.5, 1 + 2j, -3 - 4j, 5j, "hello", "abcd", b"raw",
          "raw", 7, 0.0, 2.5 + 0j, "ab"]:
    print("lit", repr(v), "->", lit(v))


# --- None/True/False compare by identity (is), other literals by ==
def singletons(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "equals 1"
        case 0:
            return "equals 0"
        case _:
            return "no"


for v in [True, False, None, 1, 0, 1.0, 0.0, "", []]:
    print("singleton", repr(v), "->", singletons(v))

# the literal 1 matches True because 1 == True (equality, not identity)
match True:
    case 1:
        print("True matched case 1")


# --- capture and wildcard
match 42:
    case 41:
        print("not reached")
    case n:
        print("captured n =", n)

match "anything":
    case _:
        print("wildcard matched")
try:
    _
    print("_ is bound (wrong)")
except NameError:
    print("_ is not bound by the wildcard")


# --- value patterns: dotted names are looked up and compared with ==
class Color:
    RED = 0
    GREEN = 1
    BLUE = 2


class Outer:
    class Inner:
        LIMIT = 100


def color_name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case Outer.Inner.LIMIT:
            return "limit"
        case _:
            return "unknown"


for c in [0, 1, 2, 100, 3]:
    print("color", c, "->", color_name(c))


# --- or-patterns and as-patterns
def classify(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b" as letter:
            return "letter " + letter
        case (10 | 20) as tens:
            return "tens " + str(tens)
        case [1, x] | [x, 1]:          # both alternatives bind x
            return "pair with 1, other=" + str(x)
        case [int() as a, str() as b]:
            return "int/str " + repr(a) + " " + repr(b)
        case _:
            return "none"


for v in [2, "b", 20, [1, 9], [8, 1], [5, "s"], [5, 5], "c"]:
    print("classify", repr(v), "->", classify(v))


# --- guards; names captured before a failing guard stay bound
match [3, 7]:
    case [x, y] if x > y:
        print("guard passed (wrong)")
    case [p, q] if p < q:
        print("second guard passed:", p, q)
print("after match: x =", x, "y =", y)   # bound although the guard failed

match 5:
    case n if n % 2 == 0:
        print("even")
    case n if n % 2 == 1:
        print("odd", n)


# --- the subject is evaluated exactly once
calls = 0


def subject():
    global calls
    calls += 1
    return 3


match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case 3:
        print("three")
print("subject evaluated", calls, "time(s)")

# no case matches: nothing happens, no error
match 99:
    case 1:
        print("not reached")
print("done")
