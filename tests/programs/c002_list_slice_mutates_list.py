# Slicing a list while Python code run by the slice mutates that list: the
# bounds' __index__ runs first and the slice is fitted to the list as it is
# afterwards; a[i:j] = iterable makes the new items first, then clamps
# i and j to the list as the iterable left it.

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
    del L[4:]


def grow():
    L.extend(range(10, 15))


reset(); show("get start, cleared", lambda: L[Index(2, L.clear):8])
reset(); show("get stop, shrunk", lambda: L[1:Index(9, shrink)])
reset(); show("get step, cleared", lambda: L[::Index(2, L.clear)])
reset(); show("get extended, shrunk", lambda: L[Index(-1, shrink)::-2])
reset(); show("get start, grown", lambda: L[Index(8, grow):])


def assign(slice_, value):
    L[slice_] = value
    return L


def delete(slice_):
    del L[slice_]
    return L


reset(); show("set start, cleared", lambda: assign(slice(Index(2, L.clear), 5), "abc"))
reset(); show("set stop, shrunk", lambda: assign(slice(1, Index(8, shrink)), "ab"))
reset(); show("set extended, cleared", lambda: assign(slice(None, None, Index(2, L.clear)), "abcde"))
reset(); show("set extended, cleared, empty", lambda: assign(slice(None, None, Index(2, L.clear)), ""))
reset(); show("set extended, shrunk", lambda: assign(slice(Index(0, shrink), None, 2), "xy"))
reset(); show("del start, cleared", lambda: delete(slice(Index(2, L.clear), 8)))
reset(); show("del extended, cleared", lambda: delete(slice(None, None, Index(2, L.clear))))
reset(); show("del extended, shrunk", lambda: delete(slice(Index(1, shrink), 10, 3)))
reset(); show("del extended, grown", lambda: delete(slice(Index(-1, grow), None, -4)))


def clears_then_yields():
    L.clear()
    yield 'x'
    yield 'y'


def appends_then_yields():
    L.append(99)
    yield 'x'


def appends_two():
    L.append(98)
    L.append(99)
    yield 'p'
    yield 'q'


def shrinks_then_yields():
    del L[3:]
    yield from 'abc'


def statement_slice():
    L[2:8] = clears_then_yields()
    return L


reset(); show("set from generator, cleared", lambda: assign(slice(2, 8), clears_then_yields()))
reset(); show("set from generator, grown", lambda: assign(slice(8, None), appends_then_yields()))
reset(); show("set from generator, shrunk", lambda: assign(slice(-4, -1), shrinks_then_yields()))
reset(); show("set statement from generator", statement_slice)
reset(); show("set extended from generator, grown", lambda: assign(slice(None, 3, 2), appends_two()))
reset(); show("set itself", lambda: assign(slice(None, None, -1), L))
reset(); show("set itself, middle", lambda: assign(slice(2, 4), L))
