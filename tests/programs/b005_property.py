# property with getter/setter/deleter, read-only properties, validation in setters, property() call form, inheritance of properties
class Account:
    def __init__(self, balance):
        self._balance = 0
        self.balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('balance cannot be negative')
        self._balance = value
    @balance.deleter
    def balance(self):
        print('deleting balance')
        self._balance = 0
    @property
    def rich(self):
        return self._balance > 1000
acc = Account(50)
acc.balance += 25
print(acc.balance, acc.rich)
try:
    acc.balance = -1
except ValueError as e:
    print('ValueError:', e)
del acc.balance
print(acc.balance)
try:
    acc.rich = True
except AttributeError as e:
    print('AttributeError:', e)
try:
    del acc.rich
except AttributeError as e:
    print('AttributeError:', e)
print(type(Account.balance).__name__, Account.balance.fget.__name__, Account.rich.fset, Account.balance.__doc__)
class Celsius:
    def __init__(self):
        self._c = 0.0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(get_f, set_f, None, 'temperature in F')
t = Celsius()
t.fahrenheit = 212
print(t._c, t.fahrenheit, Celsius.fahrenheit.__doc__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Base:
    @property
    def name(self):
        return 'base'
class Derived(Base):
    @property
    def name(self):
        return 'derived+' + super().name
class Extended(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v
print(Derived().name, Base().name)
x = Extended()
x.name = 'stored'
print(x.name, x._n)
class Shadow:
    @property
    def attr(self):
        return 'from property'
s = Shadow()
s.__dict__['attr'] = 'from instance dict'
print(s.attr)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    @property
    def dims(self):
        return (self.w, self.h)
    @dims.setter
    def dims(self, wh):
        self.w, self.h = wh
r = Rect(2, 3)
r.dims = (5, 6)
print(r.area, r.dims)
class Broken:
    @property
    def bad(self):
        raise AttributeError('inner missing')
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Broken().bad)
