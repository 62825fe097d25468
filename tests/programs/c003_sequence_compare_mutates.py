# Comparing lists whose items' __eq__ mutates either list: items are read
# live and the lengths re-read after every comparison, as CPython does.

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

    def __lt__(self, other):
        return 'lt'

    def __repr__(self):
        return 'Eq'


A = []
B = []


def clear_both():
    A.clear()
    B.clear()


def fill(a, b):
    A[:] = a
    B[:] = b


fill([Eq(clear_both), 1, 2], [0, 1, 2]); show("== both cleared", lambda: A == B)
fill([Eq(clear_both), 1, 2], [0, 1, 2]); show("< both cleared", lambda: A < B)
fill([Eq(A.clear, True), 1, 2], [0, 1, 2]); show("<= left cleared", lambda: (A <= B, A, B))
fill([Eq(lambda: B.append(5), True), 1], [0, 1]); show("< right grown", lambda: (A < B, B))
fill([1, Eq(lambda: A.__setitem__(slice(None), [1]))], [1, 7]); show("> left shrunk at the difference", lambda: A > B)
fill([Eq(lambda: B.clear())], [0]); show("< first differs", lambda: A < B)
fill([Eq(B.clear)], [0]); show("!= right cleared", lambda: A != B)
fill([Eq(B.clear)], [0, 1]); show("== lengths differ, no __eq__", lambda: (A == B, B))
fill([Eq(B.clear)], [0, 1]); show("!= lengths differ, no __eq__", lambda: (A != B, B))
fill([Eq(lambda: A.extend(range(100)), True)] * 3, [0, 0, 0]); show(">= left grown", lambda: (A >= B, len(A)))

# The same through tuples holding the lists, and tuples whose items mutate a list.
fill([Eq(clear_both), 1], [0, 1]); show("tuple of lists ==", lambda: (A, 1) == (B, 1))
T = (Eq(A.clear), 2)
fill([1, 2, 3], []); show("tuple <", lambda: (T < (0, 1), A))
fill([1, 2, 3], []); show("tuple == longer", lambda: (T == (0,), A))

# Nested lists that mutate the outer ones.
fill([[Eq(clear_both)]], [[0]]); show("nested ==", lambda: (A == B, A, B))
