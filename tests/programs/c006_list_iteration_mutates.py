# Iterating a list that the loop body, a generator or a callback mutates:
# for, enumerate, reversed, zip, map, filter, list(), extend, +=, join,
# bytes() and unpacking all read the list as it is at each step.

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


L = [1, 2, 3]
seen = []
for x in L:
    seen.append(x)
    if x == 1:
        L.clear()
        L.extend([7, 8, 9, 10])
print("for", seen, L)

L = [1, 2, 3]
seen = []
for i, x in enumerate(L):
    seen.append((i, x))
    if i == 0:
        L.clear()
print("enumerate", seen)

L = [1, 2, 3, 4]
seen = []
for x in reversed(L):
    seen.append(x)
    if x == 4:
        del L[1:]
print("reversed", seen)

L = [1, 2, 3, 4]
it = reversed(L)
next(it)
L.clear()
print("reversed after clear", it.__length_hint__(), list(it))
L = [1, 2, 3, 4]
it = iter(L)
next(it)
L.clear()
print("iter after clear", it.__length_hint__(), list(it))
L.extend([5, 6])
print("iter exhausted stays exhausted", list(it))


def appends_while_yielding():
    for i in range(3):
        L.append(i)
        yield i


def clears_then_yields():
    L.clear()
    yield 5


L = [1, 2, 3]; show("extend, generator appends", lambda: (L.extend(appends_while_yielding()), L)[1])


def inplace_add():
    global L
    L += clears_then_yields()
    return L


L = [1, 2, 3]; show("+=, generator clears", inplace_add)
L = [1, 2]; show("extend with itself", lambda: (L.extend(L), L)[1])
L = [1, 2]; show("+= itself", lambda: (L.__iadd__(L), L)[1])


def yields_and_appends():
    yield 'a'
    L.append('z')
    yield 'b'


L = [1, 2, 3]; show("list(generator)", lambda: (list(yields_and_appends()), L))


def yields_and_clears():
    yield 'x'
    L.clear()
    yield 'y'


L = ['a', 'b']; show("str.join, generator clears", lambda: '-'.join(yields_and_clears()))


class Text(str):
    pass


L = [Text('a'), 'b', Text('c')]; show("str.join, str subclasses", lambda: '-'.join(L))


class ClearingIndex:
    def __index__(self):
        L.clear()
        return 65


L = [ClearingIndex(), 66, 67]; show("bytes(list), __index__ clears", lambda: bytes(L))


def bytes_then_clear():
    yield b'x'
    L.clear()
    yield b'y'


L = [b'a', b'b']; show("bytes.join, generator clears", lambda: b','.join(bytes_then_clear()))
L = [1, 2, 3]; show("zip, generator clears", lambda: list(zip(L, (L.clear() or i for i in range(5)))))


def bounded_append(x):
    if len(L) < 5:
        L.append(x)
    return x


L = [1, 2, 3]; show("map, appends", lambda: list(map(bounded_append, L)))
L = [1, 2, 3]; show("filter, pops", lambda: list(filter(lambda x: (L.pop(), x)[1], L)))
L = [1, 2, 3]; show("any, clears", lambda: any((L.clear(), x)[1] > 5 for x in L))
L = [1, 2, 3]; show("unpacking, clears", lambda: [*L, *(L.clear() or [])])


def collect(*args):
    return args


L = [1, 2, 3]; show("star call, appends", lambda: collect(*L, *(L.append(4) or [9])))
L = [1, 2]; show("list.__init__ with itself", lambda: (L.__init__(L), L)[1])
L = [1, 2]; show("list.__init__, generator appends", lambda: (L.__init__(x for x in (L.append(5) or [1, 2])), L)[1])
