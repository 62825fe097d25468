# match statement: runtime TypeErrors raised by class patterns.
# The program ends with an uncaught TypeError (exit status 1, traceback on
# stderr pointing at the offending class pattern).


class NoArgs:                    # no __match_args__ at all
    pass


class OneArg:
    __match_args__ = ("a",)
    a = 1


class ListArgs:                  # __match_args__ must be a tuple
    __match_args__ = ["a"]
    a = 1


class IntArgs:                   # __match_args__ elements must be strings
    __match_args__ = (0,)


class Holder:
    not_a_type = len             # a dotted name that is not a class


def attempt(label, subject, fn):
    try:
        print(label, "->", fn(subject))
    except TypeError as e:
        print(label, "-> TypeError:", e)


def m_noargs(s):
    match s:
        case NoArgs(1):
            return "matched"
    return "no match"


def m_too_many(s):
    match s:
        case OneArg(1, 2):
            return "matched"
    return "no match"


def m_list(s):
    match s:
        case ListArgs(1):
            return "matched"
    return "no match"


def m_not_type(s):
    match s:
        case Holder.not_a_type():
            return "matched"
    return "no match"


def m_same_attr(s):
    match s:
        case OneArg(1, a=1):
            return "matched"
    return "no match"


def m_int_elem(s):
    match s:
        case IntArgs(1):
            return "matched"
    return "no match"


def m_builtin(s):
    match s:
        case int(1, 2):
            return "matched"
    return "no match"


def m_earlier_case(s):
    match s:
        case 5:
            return "matched the literal first"
        case NoArgs(1):
            return "matched"
    return "no match"


attempt("no __match_args__", NoArgs(), m_noargs)
attempt("too many positional", OneArg(), m_too_many)
attempt("__match_args__ is a list", ListArgs(), m_list)
attempt("not a type", 5, m_not_type)
attempt("positional and keyword for same attribute", OneArg(), m_same_attr)
attempt("__match_args__ element not a str", IntArgs(), m_int_elem)
attempt("int with two sub-patterns", 1, m_builtin)

# isinstance is checked first: a subject of another type never reaches the
# positional-count check, so there is no error
attempt("no __match_args__, other type", 5, m_noargs)
# the failing case is never reached when an earlier case matches
attempt("earlier case matches", 5, m_earlier_case)
# ...but is reached when the earlier case fails
attempt("earlier case fails", NoArgs(), m_earlier_case)


# fewer positional sub-patterns than __match_args__ entries is fine
class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


match Pair(1, 2):
    case Pair(1):
        print("Pair(1) matched using only the first of __match_args__")


# finally an uncaught error inside a nested pattern in a function
def handle(event):
    match event:
        case {"kind": "pair", "data": Pair(l, r)}:
            return l + r
        case {"kind": "none", "data": NoArgs(x)}:
            return x
    return None


print("handle pair:", handle({"kind": "pair", "data": Pair(3, 4)}))
print("handle none:", handle({"kind": "none", "data": NoArgs()}))
print("not reached")
