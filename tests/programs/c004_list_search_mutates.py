# in, index, count and remove when an item's __eq__ mutates the list being
# searched: the search stops at the list's end as it is after each __eq__.

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Eq:
    def __init__(self, action, result=False):
        self.action = action
        self.result = result

    def __eq__(self, other):
        self.action()
        return self.result

    __hash__ = None

    def __repr__(self):
        return 'Eq'


class Index:
    def __init__(self, value, action):
        self.value = value
        self.action = action

    def __index__(self):
        self.action()
        return self.value


L = []


def fill(*items):
    L[:] = items


fill(Eq(L.clear), 1, 2, 3); show("in, cleared", lambda: (3 in L, L))
fill(Eq(lambda: L.append(3)), 1); show("in, grown", lambda: (3 in L, L))
fill(Eq(L.clear), 1, 2, 3); show("not in, cleared", lambda: 3 not in L)

fill(Eq(L.clear), 1, 2, 3); show("index, cleared", lambda: L.index(3))
fill(Eq(lambda: L.append(3)), 1, 2); show("index, grown", lambda: L.index(3))
fill(Eq(lambda: L.append(3)), 1, 2); show("index with stop, grown", lambda: L.index(3, 0, 3))
fill(0, 1, 2, 3, 4, 5); show("index, start shrinks", lambda: L.index(3, Index(-3, lambda: L.__delitem__(slice(4, None)))))
fill(0, 1, 2, 3, 4, 5); show("index, stop clears", lambda: L.index(3, 0, Index(-1, L.clear)))
fill(0, 1, 2, 3); show("index, big stop", lambda: L.index(3, 0, 10 ** 30))
fill(0, 1, 2, 3); show("index, big start", lambda: L.index(3, -10 ** 30))

fill(Eq(L.clear), 1, 2, 3); show("count, cleared", lambda: L.count(3))
fill(Eq(lambda: L.append(3)), 1, 2); show("count, grown", lambda: (L.count(3), len(L)))


def insert_once():
    if len(L) < 4:
        L.insert(0, 3)


fill(3, Eq(insert_once), 3); show("count, shifted", lambda: (L.count(3), L))

fill(Eq(L.clear, True), 1, 2, 3); show("remove, cleared, equal", lambda: (L.remove(3), L))
fill(1, Eq(lambda: L.__delitem__(slice(1, None)), True), 2); show("remove, shrunk, equal", lambda: (L.remove(3), L))
fill(Eq(L.clear), 1, 2, 3); show("remove, cleared", lambda: (L.remove(3), L))
fill(Eq(lambda: L.insert(0, 'new'), True), 'b'); show("remove, shifted", lambda: (L.remove('b'), L))

T = (Eq(L.clear), 1, 2)
fill(1, 2); show("tuple index", lambda: (T.index(2), L))
fill(1, 2); show("tuple count", lambda: (T.count(2), L))
fill(1, 2); show("tuple in", lambda: (2 in T, L))
show("tuple index, stop runs code", lambda: T.index(2, 0, Index(2, L.clear)))
