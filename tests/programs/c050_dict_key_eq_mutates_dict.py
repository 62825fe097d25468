# A key's __eq__ clears, fills or replaces the dict being searched, in every
# dict operation that compares keys. pyvm must restart the lookup (as CPython
# does) and never touch the old table.


class Key:
    """Hashes to a fixed value; its __eq__ runs `action` (once) first.

    The key stored in the dict is the one whose __eq__ runs."""

    def __init__(self, name, h=7, action=None, result=False):
        self.name = name
        self.h = h
        self.action = action
        self.result = result

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if self.action is not None:
            action, self.action = self.action, None  # once
            action()
        return self.result

    def __repr__(self):
        return self.name


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def fresh(action_for, result=False):
    d = {}
    stored = Key("stored", result=result)
    d[stored] = "v"
    stored.action = lambda: action_for(d)  # armed after the insertion
    return d, Key("probe", result=result)


def clear(d):
    d.clear()


def grow(d):
    for i in range(100):
        d[i] = i


def replace(d):
    d.clear()
    d[Key("other")] = "w"


for name, action in [("clear", clear), ("grow", grow), ("replace", replace)]:
    for result in (False, True):
        tag = f"{name}/{result}:"
        d, k = fresh(action, result)
        attempt(tag + " getitem", lambda: d[k])
        d, k = fresh(action, result)
        attempt(tag + " get", lambda: d.get(k, "default"))
        d, k = fresh(action, result)
        attempt(tag + " in", lambda: k in d)
        d, k = fresh(action, result)
        attempt(tag + " setitem", lambda: (d.__setitem__(k, 1), len(d))[1])
        d, k = fresh(action, result)
        def delete():
            del d[k]
            return len(d)
        attempt(tag + " delitem", delete)
        d, k = fresh(action, result)
        attempt(tag + " pop", lambda: d.pop(k))
        d, k = fresh(action, result)
        attempt(tag + " pop default", lambda: d.pop(k, "default"))
        d, k = fresh(action, result)
        attempt(tag + " setdefault", lambda: (d.setdefault(k, "new"), len(d)))
        d, k = fresh(action, result)
        attempt(tag + " update", lambda: (d.update({k: 2}), len(d))[1])
        d, k = fresh(action, result)
        attempt(tag + " update pairs", lambda: (d.update([(k, 2)]), len(d))[1])
        d, k = fresh(action, result)
        attempt(tag + " keys in", lambda: k in d.keys())
        d, k = fresh(action, result)
        attempt(tag + " items in", lambda: (k, "v") in d.items())
        d, k = fresh(action, result)
        attempt(tag + " dict(**)", lambda: len({**d, k: 3}))

# The stored key's __eq__ does the damage (the stored key is compared first).
d = {}
d[Key("a", action=lambda: d.clear())] = 1
attempt("stored clears:", lambda: d[Key("b")])
print(d)

# A key that deletes itself from the dict while being compared.
d = {}
victim = Key("victim")
d[victim] = 1
victim.action = lambda: d.pop(victim, None)
attempt("self delete:", lambda: d.get(Key("x")))
print(d)

# Many colliding keys, each comparison clears and refills.
d = {}
def refill():
    d.clear()
    for i in range(20):
        d[Key(f"r{i}", h=7)] = i
for i in range(5):
    d[Key(f"k{i}", h=7, action=refill if i == 2 else None)] = i
attempt("refill:", lambda: d.get(Key("missing", h=7), "none"))
print(len(d))

# The dict is dropped while it is searched: it must stay alive until the end.
holder = [{}]
holder[0][Key("s", action=lambda: holder.clear())] = 1
attempt("dropped:", lambda: holder[0].get(Key("t")) if holder else None)
print(holder)


# An instance dict replaced while it is searched (del obj.attr): the old dict
# must stay alive until the deletion is done.
class O:
    pass


o = O()


class DropsDict:
    def __hash__(self):
        return hash("gone")

    def __eq__(self, other):
        o.__dict__ = {"new": 1}
        return False


o.__dict__[DropsDict()] = 1
try:
    del o.gone
except AttributeError as e:
    print("AttributeError", e)
print(o.__dict__)
d = {DropsDict(): 1}
print(d.get("gone"), "gone" in d)
