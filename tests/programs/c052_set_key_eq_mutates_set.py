# A key's __eq__ clears, fills or replaces the set being searched, in every
# set operation that compares keys. pyvm must restart the probe (as CPython
# does) and never touch the old table.


class Key:
    """Hashes to a fixed value; its __eq__ runs `action` (once) first.

    The key stored in the set is the one whose __eq__ runs."""

    def __init__(self, name, h=7, action=None, result=False):
        self.name = name
        self.h = h
        self.action = action
        self.result = result

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if self.action is not None:
            action, self.action = self.action, None
            action()
        return self.result

    def __repr__(self):
        return self.name


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def names(s):
    return sorted(repr(k) for k in s)


def fresh(action_for, result=False):
    s = set()
    stored = Key("stored", result=result)
    s.add(stored)
    stored.action = lambda: action_for(s)
    return s, Key("probe", result=result)


def clear(s):
    s.clear()


def grow(s):
    for i in range(100):
        s.add(i)


def replace(s):
    s.clear()
    s.add(Key("other"))


def shrink(s):
    for i in range(100):
        s.add(i)
    for i in range(100):
        s.discard(i)


for name, action in [("clear", clear), ("grow", grow), ("replace", replace), ("shrink", shrink)]:
    for result in (False, True):
        tag = f"{name}/{result}:"
        s, k = fresh(action, result)
        attempt(tag + " in", lambda: k in s)
        s, k = fresh(action, result)
        attempt(tag + " add", lambda: (s.add(k), len(s))[1])
        s, k = fresh(action, result)
        attempt(tag + " discard", lambda: (s.discard(k), len(s))[1])
        s, k = fresh(action, result)
        attempt(tag + " remove", lambda: (s.remove(k), len(s))[1])
        s, k = fresh(action, result)
        attempt(tag + " |", lambda: names(s | {k}))
        s, k = fresh(action, result)
        attempt(tag + " &", lambda: names(s & {k}))
        s, k = fresh(action, result)
        attempt(tag + " & rev", lambda: names({k} & s))
        s, k = fresh(action, result)
        attempt(tag + " -", lambda: names({k} - s))
        s, k = fresh(action, result)
        attempt(tag + " ^", lambda: names(s ^ {k}))
        s, k = fresh(action, result)
        attempt(tag + " issubset", lambda: {k}.issubset(s))
        s, k = fresh(action, result)
        attempt(tag + " issuperset", lambda: s.issuperset([k]))
        s, k = fresh(action, result)
        attempt(tag + " isdisjoint", lambda: s.isdisjoint([k]))
        s, k = fresh(action, result)
        attempt(tag + " ==", lambda: s == {k})
        s, k = fresh(action, result)
        attempt(tag + " update", lambda: (s.update([k]), len(s))[1])
        s, k = fresh(action, result)
        attempt(tag + " |=", lambda: len(s.__ior__({k})))
        s, k = fresh(action, result)
        attempt(tag + " &=", lambda: names(s.__iand__({k})))
        s, k = fresh(action, result)
        attempt(tag + " -=", lambda: names(s.__isub__({k})))
        s, k = fresh(action, result)
        attempt(tag + " sym_diff_update", lambda: (s.symmetric_difference_update([k]), len(s))[1])
        s, k = fresh(action, result)
        attempt(tag + " difference_update", lambda: (s.difference_update([k]), len(s))[1])
        s, k = fresh(action, result)
        attempt(tag + " intersection_update", lambda: (s.intersection_update([k]), len(s))[1])

# The stored key clears the set while a frozenset is built from a list.
items = []
fs_holder = []
items.append(Key("a"))
items.append(Key("b"))
attempt("frozenset:", lambda: names(frozenset(items)))

# A set used as a key source, while each comparison clears the target.
target = set()
for i in range(5):
    target.add(Key(f"t{i}", action=(lambda: target.clear()) if i == 3 else None))
attempt("update many:", lambda: (target.update([Key(f"n{i}") for i in range(5)]), len(target))[1])

# symmetric_difference_update whose keys empty and refill the set.
s = set()
def refill():
    s.clear()
    for i in range(20):
        s.add(Key(f"r{i}"))
s.add(Key("x", action=refill))
attempt("refill sdu:", lambda: (s.symmetric_difference_update({Key("y"), Key("z", h=8)}), len(s))[1])

# frozenset hashing is stable, and a frozenset key finds its equal.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print("hash eq", hash(a) == hash(b), {a: "x"}[b])
print("set in set", {1, 2} in {frozenset({1, 2})})

# The set is dropped while it is searched.
holder = [set()]
holder[0].add(Key("s", action=lambda: holder.clear()))
attempt("dropped:", lambda: Key("t") in holder[0])
print(holder)
