# `s += t` on a local string appends in place when nothing else holds the
# string: the result must be the same as building a new string, for ASCII
# and non-ASCII text, interned strings, strings that were indexed, hashed
# or used as dict keys, and strings another name still refers to.
def build(piece, count):
    s = ""
    for _ in range(count):
        s += piece
    return s

print(build("ab", 5), len(build("ж😀", 1000)), build("ж😀", 1000)[1999], build("ж😀", 3)[::-1])

def indexed_then_grown():
    s = "é" * 100
    first = s[70]          # builds the code-point index
    h = hash(s)
    for i in range(200):
        s += "ж" if i % 2 else "a"
    print(first, s[99], s[100], s[101], s[299], len(s), s.find("ж", 150), s.rfind("a"))
    print(hash(s) == hash("é" * 100 + "aж" * 100), h == hash("é" * 100))
    return s

t = indexed_then_grown()
print(t.count("ж"), t[-3:])

def shared():
    s = "start"
    keep = s               # another reference: no appending in place
    d = {s: 1}
    s += "-more"
    s += "é"
    print(keep, s, d, d.get("start"), s in d)
    name = "interned_name"
    alias_free = name
    del alias_free
    name += "_x"
    print(name, "interned_name")
    words = ["x", "y"]
    w = words[0]
    w += "!"
    print(words, w)

shared()

def mixed_types():
    n = 5
    n += 2
    s = "a"
    s += "é" * 70
    s += ""
    s = s + "z"
    print(n, len(s), s[0], s[70], s[-1], ascii(s[60:72]))
    try:
        s += 1
    except TypeError as e:
        print("TypeError", e)
    print(len(s))

mixed_types()

class Sub(str):
    pass

def subclass():
    s = Sub("sub")
    s += "é"
    print(type(s).__name__, s)
    u = "é"
    u += Sub("x")
    print(type(u).__name__, u)

subclass()
