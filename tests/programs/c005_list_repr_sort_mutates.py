# repr, sort, sorted, min and max when the items' __repr__, __lt__ or the
# key function mutates the list. repr reads the list live; sort sees an
# empty list while it runs and raises "list modified during sort" if the
# list was filled meanwhile, restoring its own items.

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


L = []


class ClearsOnRepr:
    def __repr__(self):
        L.clear()
        return 'C'


class GrowsOnRepr:
    def __repr__(self):
        if len(L) < 5:
            L.append(GrowsOnRepr())
        return 'G'


L[:] = [1, ClearsOnRepr(), 2, 3]; show("repr, cleared", lambda: repr(L))
L[:] = [GrowsOnRepr()]; show("repr, grown", lambda: repr(L))
L[:] = [1, ClearsOnRepr()]; show("str of tuple of list", lambda: str((L, L)))
L[:] = [ClearsOnRepr()]
L.append(L); show("repr, self-containing", lambda: repr(L))
M = [1]
M.append(M)
show("repr, self-containing twice", lambda: repr([M, M]))


class Key:
    def __init__(self, value, action=None):
        self.value = value
        self.action = action

    def __lt__(self, other):
        if self.action:
            self.action()
        return self.value < other.value

    def __repr__(self):
        return 'K%d' % self.value


L[:] = [Key(3), Key(2), Key(1, lambda: L.append(1))]
show("sort, __lt__ appends", lambda: L.sort())
print(" after", L)
L[:] = [Key(3), Key(2), Key(1, L.clear)]
show("sort, __lt__ clears", lambda: L.sort())
print(" after", L)


def clearing_key(x):
    L.clear()
    return x


def appending_key(x):
    L.append(x)
    return x


L[:] = [3, 1, 2]; show("sort, key clears", lambda: L.sort(key=clearing_key))
print(" after", L)
L[:] = [3, 1, 2]; show("sort, key appends", lambda: L.sort(key=appending_key))
print(" after", L)
L[:] = [3, 1, 2]; show("sort reverse, key appends", lambda: L.sort(key=appending_key, reverse=True))
print(" after", L)


def appends_and_pops(x):
    L.append(x)
    L.pop()
    return x


def clears_and_extends_nothing(x):
    L.clear()
    L.extend([])
    L[:] = []
    return x


def appends_and_clears(x):
    L.append(x)
    L.clear()
    return x


def appends_and_repeats_zero(x):
    global L
    L.append(x)
    M = L
    M *= 0
    return x


def extends_and_deletes_every_other(x):
    L.extend([x, x])
    del L[::-1]
    return x


L[:] = [3, 1, 2]; show("sort, key appends and pops", lambda: L.sort(key=appends_and_pops))
print(" after", L)
L[:] = [3, 1, 2]; show("sort, key appends and clears", lambda: L.sort(key=appends_and_clears))
print(" after", L)
L[:] = [3, 1, 2]; show("sort, key appends and repeats 0 times", lambda: L.sort(key=appends_and_repeats_zero))
print(" after", L)
L[:] = [3, 1, 2]; show("sort, key extends and deletes", lambda: L.sort(key=extends_and_deletes_every_other))
print(" after", L)
L[:] = [3, 1, 2]; show("sort, key re-initialises", lambda: L.sort(key=lambda x: (L.__init__([x]), L.__init__(), x)[2]))
print(" after", L)
L[:] = [3, 1, 2]; show("sort, key changes nothing", lambda: L.sort(key=clears_and_extends_nothing))
print(" after", L)
L[:] = [3, 1, 2]; show("sorted, key clears", lambda: (sorted(L, key=clearing_key), L))
L[:] = [3, 1, 2]; show("sorted, key appends", lambda: (sorted(L, key=appending_key), L))


def raising_key(x):
    L.append(x)
    raise KeyError(x)


L[:] = [3, 1, 2]; show("sort, key appends and raises", lambda: L.sort(key=raising_key))
print(" after", L)

L[:] = [3, 1, 2]; show("min, key clears", lambda: (min(L, key=clearing_key), L))
L[:] = [5, 1, 2]


def bounded_append(x):
    if len(L) < 8:
        L.append(x + 10)
    return x


show("max, key appends", lambda: (max(L, key=bounded_append), L))
L[:] = [Key(2, L.clear), Key(1), Key(0)]; show("min, __lt__ clears", lambda: min(L))
