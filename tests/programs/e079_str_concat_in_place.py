# s += piece grows s in place when nothing else refers to it (a loop that
# builds a string is linear); every other holder of the old string keeps it.

def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


text = build(100000)
print(len(text), text[:12], text[-5:], hash(text) == hash("".join(str(i % 10) for i in range(100000))))

# Aliases, containers and dict keys keep the old value.
s = "ab" * 3
alias = s
s += "c"
print(s, alias)
key = "k" * 2
table = {key: 1}
key += "!"
print(key, table, table.get("kk"), hash(key) == hash("kk!"))
items = ["x" * 2]
first = items[0]
first += "y"
print(first, items)

# Non-ASCII pieces, module-level names, closures, s = s + piece.
g = ""
for ch in "héllo wörld":
    g += ch
print(g, len(g), g.upper(), g[1], g[-4:])


def with_cell():
    s = "start:"

    def add(piece):
        nonlocal s
        s = s + piece

    for word in ("α", "b", "γ"):
        add(word)
    return s


print(with_cell())


def global_builder():
    global built
    built = ""
    for i in range(5):
        built += chr(ord("a") + i)


global_builder()
print(built)


class Namespace:
    label = ""
    for part in ("x", "y", "z"):
        label += part


print(Namespace.label)

# A str subclass and a non-str right operand take the ordinary path.
class Tagged(str):
    pass


t = Tagged("t")
t += "u"
print(type(t).__name__, t)
try:
    s = "a"
    s += 1
except TypeError as error:
    print("TypeError:", error)
print(s)
