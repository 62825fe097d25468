# subclassing list, dict, int, str, Exception and object: inherited behaviour, overridden methods, results of operations keep the base type
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, type(s + [5]).__name__, type(s[1:]).__name__, isinstance(s, list), s == [1, 2, 3, 4])
class DefaultDict(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]
dd = DefaultDict(list, a=[1])
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd.get('zzz'), 'zzz' in dd, len(dd), type(dd.copy()).__name__)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict()
ld['KEY'] = 1
ld.update({'UPPER': 2})
print(ld)
class Money(int):
    def __new__(cls, value, currency='EUR'):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj
    def __repr__(self):
        return '%d %s' % (int(self), self.currency)
m = Money(5, 'USD')
print(repr(m), m + 1, type(m + 1).__name__, m * 2, m == 5, hash(m) == hash(5), isinstance(m, int), m.currency, str(m), f'{m:03d}')
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError('%d is odd' % v)
        return super().__new__(cls, v)
print(Even(4), [Even(x) for x in range(0, 7, 2)])
try:
    Even(3)
except ValueError as e:
    print('ValueError:', e)
class Name(str):
    def shout(self):
        return self.upper() + '!'
    def __len__(self):
        return 99
n = Name('bob')
print(n, n.shout(), len(n), n + 'x', type(n.upper()).__name__, type(n[0]).__name__, n == 'bob', n.startswith('b'), repr(n))
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
try:
    raise AppError(404, 'not found')
except Exception as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))
class Plain(object):
    pass
print(Plain.__bases__, Plain.__mro__[1] is object, str(Plain()).startswith('<__main__.Plain object at '))
class Bools(int):
    pass
print(Bools(0) or 'falsy', bool(Bools(7)), Bools(3) < 4, sorted([Bools(3), 1, Bools(2)]))
class MyTuple(tuple):
    def sum(self):
        return sum(self)
t = MyTuple((1, 2, 3))
print(t, t.sum(), type(t[:2]).__name__, t + (4,), type(t + (4,)).__name__)
class Ordered(list):
    def __init__(self, items):
        super().__init__(sorted(items))
    def append(self, v):
        super().append(v)
        self.sort()
o = Ordered([3, 1, 2])
o.append(0)
o.extend([9, -1])
print(o)
