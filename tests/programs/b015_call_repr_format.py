# __call__, __repr__ vs __str__ in print/containers/f-strings/%-format, __format__ with custom specs, default repr fallbacks
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *more, scale=1):
        return (x * self.k + sum(more)) * scale
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(1, scale=10), callable(m), list(map(m, [1, 2])), sorted([3, 1, 2], key=Multiplier(-1)))
class Both:
    def __repr__(self):
        return 'Both<repr>'
    def __str__(self):
        return 'Both<str>'
b = Both()
print(b, str(b), repr(b), [b], (b,), {'k': b}, f'{b}', f'{b!r}', f'{b!s}', '%s %r' % (b, b), '{} {!r}'.format(b, b), ascii(b))
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
print(ReprOnly(), str(ReprOnly()), f'{ReprOnly()}', [ReprOnly()])
class StrOnly:
    def __str__(self):
        return 'StrOnly-str'
so = StrOnly()
print(so, repr(so).startswith('<__main__.StrOnly object at 0x'), str([so]).startswith('[<__main__.StrOnly object'))
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == '':
            return 'Money(%s)' % self.amount
        if spec.endswith('$'):
            return '$' + format(self.amount, spec[:-1] or ',.2f')
        return format(self.amount, spec)
    def __str__(self):
        return 'str-money'
mo = Money(1234.5)
print(format(mo), format(mo, '$'), format(mo, '>12,.1f$'), f'{mo}', f'{mo:$}', f'{mo:.0f}', '{:$}'.format(mo), '{0:>10}'.format(mo), str(mo), '%s' % mo)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
try:
    print(BadStr())
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
p = Plain()
print(format(p, '') == str(p) or 'differs', f'{Plain()!r}'[:17])
class Recursive:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return 'R' + repr(self.children)
r1 = Recursive()
r1.children.append(Recursive())
r1.children.append([1, Recursive()])
print(r1)
class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
@CallCounter
def add(a, b):
    return a + b
print(add(1, 2), add(b=3, a=4), add.calls, type(add).__name__)
try:
    Plain()()
except TypeError as e:
    print('TypeError:', e)
class ClassCall:
    def __call__(self):
        return 'instance called'
print(ClassCall()(), type(ClassCall()).__name__, callable(ClassCall), callable(Plain()))
