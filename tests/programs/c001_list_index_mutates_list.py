# An __index__ that mutates the list being indexed: the index is converted
# first, then checked against the list as it is afterwards.

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __init__(self, value, action):
        self.value = value
        self.action = action

    def __index__(self):
        self.action()
        return self.value


L = []


def reset():
    L[:] = range(10)


def shrink():
    del L[3:]


def grow():
    L.extend(range(10, 20))


reset(); show("get, cleared", lambda: L[Index(5, L.clear)])
reset(); show("get, shrunk", lambda: L[Index(5, shrink)])
reset(); show("get, shrunk, negative", lambda: L[Index(-1, shrink)])
reset(); show("get, grown", lambda: L[Index(15, grow)])


def set_item(index):
    L[index] = 'x'
    return L


def del_item(index):
    del L[index]
    return L


reset(); show("set, cleared", lambda: set_item(Index(5, L.clear)))
reset(); show("set, shrunk", lambda: set_item(Index(2, shrink)))
reset(); show("set, grown", lambda: set_item(Index(12, grow)))
reset(); show("del, cleared", lambda: del_item(Index(5, L.clear)))
reset(); show("del, shrunk", lambda: del_item(Index(-1, shrink)))

reset(); show("insert, cleared", lambda: (L.insert(Index(5, L.clear), 'z'), L))
reset(); show("insert, shrunk", lambda: (L.insert(Index(-1, shrink), 'z'), L))
reset(); show("pop, cleared", lambda: L.pop(Index(5, L.clear)))
reset(); show("pop, shrunk", lambda: (L.pop(Index(-1, shrink)), L))

reset(); show("repeat, cleared", lambda: L * Index(3, L.clear))
reset(); show("repeat, shrunk", lambda: Index(2, shrink) * L)


def inplace_repeat(count):
    M = L
    M *= count
    return M


reset(); show("in-place repeat, cleared", lambda: inplace_repeat(Index(3, L.clear)))
reset(); show("in-place repeat, shrunk", lambda: inplace_repeat(Index(2, shrink)))

T = tuple(range(5))
show("tuple get", lambda: T[Index(-2, L.clear)])
S = "hello"
show("str get", lambda: S[Index(1, L.clear)])
