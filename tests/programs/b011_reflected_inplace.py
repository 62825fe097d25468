# reflected operators (__radd__ etc.), subclass reflected priority, NotImplemented fallback chains, in-place operators and their fallbacks
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __add__(self, o):
        if isinstance(o, (int, R)):
            return '%s.__add__(%r)' % (self.name, o)
        return NotImplemented
    def __radd__(self, o):
        return '%s.__radd__(%r)' % (self.name, o)
    def __rsub__(self, o): return '%s.__rsub__(%r)' % (self.name, o)
    def __rmul__(self, o): return '%s.__rmul__(%r)' % (self.name, o)
    def __rtruediv__(self, o): return '%s.__rtruediv__(%r)' % (self.name, o)
    def __rfloordiv__(self, o): return '%s.__rfloordiv__(%r)' % (self.name, o)
    def __rmod__(self, o): return '%s.__rmod__(%r)' % (self.name, o)
    def __rpow__(self, o): return '%s.__rpow__(%r)' % (self.name, o)
    def __rlshift__(self, o): return '%s.__rlshift__(%r)' % (self.name, o)
    def __rrshift__(self, o): return '%s.__rrshift__(%r)' % (self.name, o)
    def __rand__(self, o): return '%s.__rand__(%r)' % (self.name, o)
    def __ror__(self, o): return '%s.__ror__(%r)' % (self.name, o)
    def __rxor__(self, o): return '%s.__rxor__(%r)' % (self.name, o)
    def __rmatmul__(self, o): return '%s.__rmatmul__(%r)' % (self.name, o)
    def __rdivmod__(self, o): return '%s.__rdivmod__(%r)' % (self.name, o)
r = R('r')
for v in [1 + r, 'str' + r, 1 - r, 2 * r, 1 / r, 1 // r, 1 % r, 2 ** r, 1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, [1] @ r, divmod(1, r), r + 1, r + R('s')]:
    print(v)
class Sub(R):
    def __radd__(self, o):
        return 'Sub.__radd__ wins over %r.__add__' % (o,)
print(R('base') + Sub('sub'))
print(Sub('sub') + R('base'))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return 'Right.__radd__ after Left returned NotImplemented'
print(Left() + Right())
class Neither:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print('TypeError:', e)
try:
    Left() + 1
except TypeError as e:
    print('TypeError:', e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return 'isub returned a string'
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return 'fell back to __mul__ with %r' % (o,)
    def __ior__(self, o):
        self.items.extend(o)
        return self
a = Acc()
same = a
a += 1
a += 2
a |= [3, 4]
print(a.items, a is same)
a *= 5
print(a)
b = Acc()
b -= 1
print(b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)
for op in ['-=', '**=', '<<=', '@=', '//=']:
    z = OnlyAdd(0)
    try:
        if op == '-=': z -= 1
        elif op == '**=': z **= 2
        elif op == '<<=': z <<= 1
        elif op == '@=': z @= 1
        else: z //= 3
    except TypeError as e:
        print('TypeError:', e)
lst = [1]
lst_alias = lst
t = (1,)
t_alias = t
lst += [2]
t += (2,)
print(lst_alias, t_alias, lst is lst_alias, t is t_alias)
print(1 .__add__('x'), (1).__radd__(2), 'a'.__add__(1) if False else 'skip', (2.0).__rsub__(1))
print(sum([R('q')], 0) if False else sum([1, 2], 0), sum([R('x')], 5) if False else 'skip')
print(sum([], R('start')), 0 + R('z'))
