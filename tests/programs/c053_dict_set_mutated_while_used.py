# Iterating a dict or a set while the loop changes it: CPython's errors
# ("changed size", "keys changed") and never a crash or an endless loop.


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def add_during(d):
    seen = []
    for k in d:
        seen.append(k)
        d[k + 100] = 1
    return seen


def delete_during(d):
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
    return seen


def swap_during(d):
    # Same size, other keys: CPython notices once more keys come than it had.
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = 1
    return seen


def values_during(d):
    seen = []
    for v in d.values():
        seen.append(v)
        d.clear()
    return seen


def items_during(d):
    seen = []
    for k, v in d.items():
        seen.append((k, v))
        d.pop(k)
        d[k * 10] = v
    return seen


def reversed_during(d):
    seen = []
    for k in reversed(d):
        seen.append(k)
        d[k + 100] = 1
    return seen


def reversed_swap(d):
    seen = []
    for k in reversed(d):
        seen.append(k)
        del d[k]
        d[k + 100] = 1
    return seen


def replace_values(d):
    for k in d:
        d[k] = d[k] * 2  # allowed: no key changes
    return d


for fn in [add_during, delete_during, swap_during, values_during, items_during,
           reversed_during, reversed_swap, replace_values]:
    attempt(fn.__name__, lambda: fn({1: 1, 2: 2, 3: 3}))

# The error is sticky for "changed size", and length hints follow CPython.
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
print(next(it), it.__length_hint__())
d[4] = 4
attempt("first", lambda: next(it))
attempt("again", lambda: next(it))
print(it.__length_hint__())
d = {1: 1, 2: 2, 3: 3}
it = iter(d.items())
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = reversed(d)
print(next(it), it.__length_hint__())

# After "keys changed", the iterator is exhausted.
d = {1: 1, 2: 2}
it = iter(d)
next(it)
del d[1]
d[5] = 5
print(next(it))
attempt("keys changed", lambda: next(it))
attempt("after", lambda: next(it))


# Sets: size changes are caught, same-size swaps run to the end of the table.
def set_add_during(s):
    for x in s:
        s.add(x + 100)


def set_swap_during(s):
    seen = []
    for x in s:
        seen.append(x)
        s.discard(x)
        s.add(x + 1000)
        if len(seen) > 50:
            break
    return len(seen), sorted(s)


def set_clear_during(s):
    for x in s:
        s.clear()


for fn in [set_add_during, set_swap_during, set_clear_during]:
    attempt(fn.__name__, lambda: fn({1, 2, 3}))

s = {1, 2, 3}
it = iter(s)
print(next(it), it.__length_hint__())
s.add(4)
attempt("set first", lambda: next(it))
attempt("set again", lambda: next(it))
print(it.__length_hint__())

# A dict whose value's __eq__ clears the other dict during ==.
class Clears:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True

    __hash__ = None


a = {1: None, 2: 2, 3: 3}
b = {1: None, 2: 2, 3: 3}
a[1] = Clears(a)
b[1] = Clears(b)
attempt("eq clears left", lambda: a == b)
a = {1: None, 2: 2, 3: 3}
b = {1: None, 2: 2, 3: 3}
a[1] = Clears(b)
b[1] = 0
attempt("eq clears right", lambda: a == b)
print(a.keys(), b)


# Keys whose __eq__ clears the dict while two dicts compare.
class Key:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    def __hash__(self):
        return 5

    def __eq__(self, other):
        if self.action:
            action, self.action = self.action, None
            action()
        return True

    def __repr__(self):
        return self.name


d1 = {}
d2 = {}
d1[Key("k1")] = 1
d2[Key("k2", action=d2.clear)] = 1
attempt("keys eq clears other", lambda: d1 == d2)
d1 = {}
d2 = {}
d1[Key("k1")] = 1
d1[6] = 6
d2[Key("k2", action=d1.clear)] = 1
d2[6] = 6
attempt("keys eq clears self", lambda: (d1 == d2, d1, d2))

# update() from a dict whose keys' comparison changes the source.
src = {Key("s1"): 1, Key("s2"): 2}
dst = {}
dst[Key("d", action=lambda: src.update({i: i for i in range(10)}))] = 0
attempt("update mutated", lambda: dst.update(src))
print(len(dst))
dst = {}
dst[Key("d", action=lambda: src.clear())] = 0
src = {Key("s1"): 1, 7: 7}
attempt("update cleared", lambda: (dst.update(src), dst))

# Views: set operations and comparisons with mutating keys.
d = {}
d[Key("v", action=lambda: d.clear())] = 1
attempt("keys &", lambda: d.keys() & {Key("w")})
d = {}
d[Key("v", action=lambda: d.clear())] = 1
attempt("keys ==", lambda: d.keys() == {Key("w")})
d = {}
d[Key("v", action=lambda: d.clear())] = 1
attempt("items in", lambda: (Key("w"), 1) in d.items())
d = {}
d[Key("v", action=lambda: d.clear())] = 1
attempt("items ==", lambda: d.items() == {(Key("w"), 1)})
d = {}
d[Key("v", action=lambda: d.clear())] = 1
attempt("keys isdisjoint", lambda: d.keys().isdisjoint([Key("w")]))

# repr of containers that hold themselves, or whose items' repr mutate them.
d = {}
d[1] = d
d[2] = [d]
print(d)
l = []
s = {1, 2}
class R:
    def __repr__(self):
        return repr(holder)
holder = {R()}
print(holder)
class ClearsOnRepr:
    def __init__(self, d):
        self.d = d

    def __repr__(self):
        self.d.clear()
        return "C"


d = {1: 1}
d[2] = ClearsOnRepr(d)
d[3] = 3
print(d, d)
fs = frozenset([frozenset([1])])
print(fs)
