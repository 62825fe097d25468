# match statement: `match`/`case` are soft keywords (still usable as names),
# tuple subjects without parentheses, and match inside functions, loops,
# generators, try/finally, class bodies, and nested match statements.

# --- match and case as ordinary identifiers
match = [10, 20, 30]
case = {"x": 1}
print("match[0] =", match[0], "case['x'] =", case["x"])
match[1] = 21                       # subscript assignment, not a statement
print("match =", match)
match = 7
print("match - 1 =", match - 1, "match * 2 =", match * 2)
match -1                            # expression statement: 7 - 1, discarded
match -match:                       # a real match statement on -7
    case -7:
        print("subject -match is -7")


def match(x):                       # a function called match
    return "match(" + repr(x) + ")"


print(match(1))
match(2)                            # bare call statement, not a match statement
match (3)                           # same, with a space
print(match((4, 5)))


class Obj:
    match = "attr match"
    case = "attr case"


o = Obj()
print("o.match =", o.match, "| o.case =", o.case)
match = o                           # attribute access on a variable named match
print("match.match =", match.match, "| match.case =", match.case)

# `_` may be an ordinary variable: the wildcard pattern neither reads nor binds it
_ = "underscore variable"
match 5:
    case _:
        print("after wildcard, _ is still", repr(_))

# a match statement whose subject and pattern use the names match/case
case = 3
match case:
    case case:                      # capture pattern binding the name "case"
        print("captured case =", case)


# --- tuple subjects without parentheses
def pair(a, b):
    match a, b:
        case 0, 0:
            return "both zero"
        case (0, y) | (y, 0):
            return "one zero, other " + str(y)
        case x, y if x == y:
            return "equal " + str(x)
        case _:
            return "different"


for a, b in [(0, 0), (0, 5), (6, 0), (2, 2), (1, 2)]:
    print("pair", a, b, "->", pair(a, b))

rest = [2, 3]
match 1, *rest:                     # starred item in the subject
    case [first, *others]:
        print("starred subject:", first, others)

match 9,:                           # one-element tuple subject
    case (n,):
        print("single tuple subject:", n)


# --- break / continue / return inside cases
def first_command(commands):
    for cmd in commands:
        match cmd:
            case "skip":
                print("  skipping")
                continue
            case "stop":
                print("  stopping")
                break
            case ("return", value):
                return "returned " + repr(value)
            case other:
                print("  handled", other)
    else:
        return "loop finished"
    return "loop broken"


print(first_command(["a", "skip", "b"]))
print(first_command(["a", "stop", "b"]))
print(first_command(["a", ("return", 42), "b"]))


# --- yield inside cases (a generator)
def tokens(items):
    for item in items:
        match item:
            case int(n) if n > 0:
                yield "pos"
                yield n
            case int():
                yield "nonpos"
            case [*inner]:
                yield from tokens(inner)   # recursion through a nested list
            case _:
                yield "?"


print(list(tokens([1, -2, [3, "x", [0]], "y"])))


# --- return inside a case within try/finally
def guarded(v):
    try:
        match v:
            case 0:
                return "zero"
            case _:
                raise ValueError("not zero")
    except ValueError as e:
        return "error: " + str(e)
    finally:
        print("  finally for", v)


print(guarded(0))
print(guarded(1))


# --- match in a class body
class Config:
    mode = "debug"
    match mode:
        case "debug":
            level = 10
        case _:
            level = 20


print("Config.level =", Config.level)


# --- nested match statements
def area(shape):
    match shape:
        case ("rect", w, h):
            return w * h
        case ("square", side):
            match side:
                case int() | float():
                    return side * side
                case _:
                    return "bad side"
        case _:
            return None


for s in [("rect", 2, 3), ("square", 4), ("square", "x"), ("circle", 1)]:
    print("area", s, "->", area(s))
