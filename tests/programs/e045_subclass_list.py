# Subclasses of list: overridden __getitem__/__setitem__/__len__/__iter__/__contains__
# and which built-ins use them (indexing, list(), extend, join, unpacking),
# __init__ with keywords, list.__new__ and list.__init__ on subclasses.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class L(list):
    pass
class G(list):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return G(list.__getitem__(self, i))
        return list.__getitem__(self, i) * 10
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)
    def __len__(self):
        return 100
    def __iter__(self):
        return iter(['it'])
    def __contains__(self, x):
        return x == 'magic'
class A(list):
    def __init__(self, *args, **kwargs):
        print('A init', args, kwargs)
        super().__init__(*args)
    def append(self, x):
        list.append(self, x * 2)
l = L([1, 2])
show('L', lambda: l)
show('L kw', lambda: L(iterable=[1]))
show('list kw', lambda: list(iterable=[1]))
show('list 2', lambda: list([1], [2]))
show('L()', lambda: L())
show('slice', lambda: l[:1])
show('add', lambda: l + [3])
show('radd', lambda: [0] + l)
show('mul', lambda: l * 2)
show('iadd', lambda: (lambda x: (x.__iadd__([5]), type(x).__name__))(L([1])))
show('copy', lambda: l.copy())
show('attr', lambda: (setattr(l, 'a', 1), l.a, l.__dict__))
show('G[1]', lambda: G([1, 2, 3])[1])
show('G[:2]', lambda: G([1, 2, 3])[:2])
show('G[-1]', lambda: G([1, 2, 3])[-1])
def gs():
    g = G([1, 2, 3])
    g[0] = 5
    return list.__repr__(g)
show('G[0]=', gs)
show('G len', lambda: len(G([1])))
show('G iter', lambda: list(G([1, 2])))
show('G tuple', lambda: tuple(G([1, 2])))
show('G sorted', lambda: sorted(G([2, 1])))
show('G star', lambda: (lambda *a: a)(*G([1, 2])))
show('G in', lambda: ('magic' in G([1]), 1 in G([1])))
show('G repr', lambda: repr(G([1, 2])))
show('G eq', lambda: G([1, 2]) == [1, 2])
show('G extend', lambda: (lambda x: (x.extend(G([5, 6])), list.__repr__(x)))([0]))
show('G +', lambda: [0] + G([5, 6]))
show('G set', lambda: set(G([5, 6])))
show('G join', lambda: ','.join(G(['a'])))
show('G sum', lambda: sum(G([5, 6])))
show('G max', lambda: max(G([5, 6])))
show('G bool', lambda: bool(G([])))
show('G enumerate', lambda: list(enumerate(G([5]))))
show('G zip', lambda: list(zip(G([5]), [1])))
show('G dict', lambda: dict.fromkeys(G([5])))
show('G str', lambda: str(G([5])))
def gu():
    a, = G([1, 2])
    return a
show('G unpack', gu)
def gfor():
    out = []
    for x in G([1, 2]):
        out.append(x)
    return out
show('G for', gfor)
show('A', lambda: A([1], ))
show('A kw', lambda: A([1], k=2))
show('A append', lambda: (lambda a: (a.append(3), a)[1])(A()))
show('list.__new__(L)', lambda: list.__new__(L))
show('list.__new__(L) w/args', lambda: list.__new__(L, [1, 2]))
show('list.__init__', lambda: (lambda x: (list.__init__(x, [7]), x)[1])(L([1, 2])))
show('L sort', lambda: (lambda x: (x.sort(), x)[1])(L([3, 1, 2])))
show('L reverse', lambda: (lambda x: (x.reverse(), x, type(x).__name__)[1:])(L([3, 1, 2])))
show('reversed', lambda: list(reversed(L([1, 2]))))
show('slots', lambda: type('X', (list,), {'__slots__': ('a',)})([1]))
def ca():
    x = L([1])
    class L2(list): pass
    x.__class__ = L2
    return type(x).__name__
show('class assign', ca)
def ca2():
    x = L([1])
    x.__class__ = list
show('class assign list', ca2)
def ca3():
    x = [1]
    x.__class__ = L
show('class assign list->L', ca3)
show('hash', lambda: hash(L()))
class H(list):
    def __hash__(self):
        return 7
show('H hash', lambda: hash(H()))
show('isinstance', lambda: isinstance(L(), list))
show('print', lambda: print(L([1, 'a'])))
class R(list):
    def __repr__(self):
        return 'R!'
show('R in list', lambda: [R(), R()])
show('R str', lambda: str(R()))
def m(v):
    match v:
        case [a, b]:
            return ('two', a, b)
    return 'no'
show('match', lambda: m(L([1, 2])))
show('match G', lambda: m(G([1, 2])))
