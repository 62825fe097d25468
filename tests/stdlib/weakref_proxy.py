# weakref.proxy: attribute access, operators, calls and iteration pass
# through to the referent; a dead proxy raises ReferenceError.
import re
import weakref


def show(value):
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(value)))


def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Number:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        return Number(self.value + (other.value if isinstance(other, Number) else other))

    def __radd__(self, other):
        return Number(other + self.value)

    def __sub__(self, other):
        return self.value - other

    def __mul__(self, other):
        return self.value * other

    def __iadd__(self, other):
        self.value += other
        return self

    def __neg__(self):
        return -self.value

    def __abs__(self):
        return abs(self.value)

    def __invert__(self):
        return ~self.value

    def __pos__(self):
        return +self.value

    def __index__(self):
        return self.value

    def __int__(self):
        return self.value

    def __float__(self):
        return float(self.value)

    def __pow__(self, other, modulus=None):
        return pow(self.value, other, modulus)

    def __lt__(self, other):
        return self.value < other

    def __eq__(self, other):
        return isinstance(other, Number) and self.value == other.value

    __hash__ = None

    def __bool__(self):
        return self.value != 0

    def __str__(self):
        return f'Number({self.value})'

    def __bytes__(self):
        return b'N%d' % self.value

    def double(self):
        return self.value * 2


n = Number(5)
p = weakref.proxy(n)
print(type(p).__name__, type(p) is weakref.ProxyType, p.__class__.__name__)
print(p.value, p.double(), str(p), bytes(p))
print((p + 1).value, (1 + p).value, (p + p).value, p - 2, p * 3, -p, abs(p), ~p, +p)
print(pow(p, 2), pow(p, 2, 3), p ** 2, int(p), float(p), [10, 20, 30, 40, 50, 60][p], bin(p))
print(p < 6, p == Number(5), p != Number(5), bool(p), p == p)
p.value = 7
print(n.value, hasattr(p, 'missing'))
p.extra = 'x'
del p.extra
attempt('delete missing', lambda: delattr(p, 'extra'))
attempt('hash', lambda: hash(p))
q = p
q += 3
print(q is p, n.value)
show(p)
print(isinstance(p, Number), weakref.proxy(n) is p, weakref.getweakrefcount(n))

# Containers behind a proxy.


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __setitem__(self, index, value):
        self.items[index] = value

    def __delitem__(self, index):
        del self.items[index]

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)


b = Box([1, 2, 3])
pb = weakref.proxy(b)
print(len(pb), pb[0], 2 in pb, 9 in pb, list(pb), list(reversed(pb)))
pb[0] = 10
del pb[1]
print(b.items)
attempt('next', lambda: next(pb))


class Counter:
    def __init__(self):
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count > 3:
            raise StopIteration
        return self.count


c = Counter()
pc = weakref.proxy(c)
print(next(pc), list(pc))

# Callable proxies.


class Greeter:
    def __call__(self, name, punctuation='!'):
        return 'hello ' + name + punctuation


def add(a, b):
    return a + b


g = Greeter()
pg = weakref.proxy(g)
pf = weakref.proxy(add)
print(type(pg).__name__, type(pf) is weakref.CallableProxyType, pg('you'), pg('x', punctuation='?'), pf(2, 3))
attempt('call plain proxy', lambda: p())
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
show(pf)

# Callbacks and the proxies' place among the references.
events = []
n2 = Number(1)
pcb = weakref.proxy(n2, lambda proxy: events.append(type(proxy).__name__))
print(weakref.proxy(n2) is pcb, weakref.getweakrefcount(n2))
del n2
print(events)

# A dead proxy.
del n
show(p)
for label, action in [('attr', lambda: p.value), ('add', lambda: p + 1), ('radd', lambda: 1 + p),
                      ('str', lambda: str(p)), ('bool', lambda: bool(p)), ('eq', lambda: p == 1),
                      ('setattr', lambda: setattr(p, 'a', 1)), ('int', lambda: int(p)),
                      ('neg', lambda: -p), ('bytes', lambda: bytes(p))]:
    attempt(label, action)
del b
attempt('len', lambda: len(pb))
attempt('getitem', lambda: pb[0])
attempt('contains', lambda: 1 in pb)
attempt('iter', lambda: iter(pb))
del g
attempt('call', lambda: pg())
attempt('hash dead', lambda: hash(p))

# Errors.
attempt('proxy()', lambda: weakref.proxy())
attempt('proxy(1)', lambda: weakref.proxy(1))
attempt('proxy(3 args)', lambda: weakref.proxy(add, None, 3))
attempt('proxy of list', lambda: weakref.proxy([]))
