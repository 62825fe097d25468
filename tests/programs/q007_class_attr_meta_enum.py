# quickening: attributes read through the class object (Cls.X) then changed,
# inherited class attributes, metaclass properties and attributes, enums
class Cfg:
    X = 1
    Y = 'y'

class Sub(Cfg):
    pass

def read_x(cls):
    return cls.X

for i in range(100):
    r = read_x(Cfg), read_x(Sub)
print(r)
Cfg.X = 2
print(read_x(Cfg), read_x(Sub))
Sub.X = 'sub'
print(read_x(Cfg), read_x(Sub))
del Sub.X
print(read_x(Sub))
del Cfg.X
try:
    read_x(Sub)
except AttributeError as e:
    print('AttributeError:', e)
Cfg.X = [1, 2]
print(read_x(Sub))
Cfg.X.append(3)
print(read_x(Cfg))

# class attribute that is a function / staticmethod / classmethod read through the class
def read_f(cls):
    return cls.F
Cfg.F = 10
for i in range(100):
    read_f(Cfg)
Cfg.F = staticmethod(lambda: 'static')
print(read_f(Cfg)())
Cfg.F = classmethod(lambda cls: 'classmethod of ' + cls.__name__)
print(read_f(Sub)())
Cfg.F = property(lambda self: 'prop')
print(type(read_f(Cfg)).__name__)

# names that type itself has: __name__, __doc__, mro, __dict__-ish
def read_name(cls):
    return cls.__name__
for i in range(100):
    read_name(Cfg)
Sub.__name__ = 'Renamed'
print(read_name(Cfg), read_name(Sub))
class Doc:
    'the doc'
print(Doc.__doc__, Cfg.__doc__)

# metaclass with a property and a plain attribute
class Meta(type):
    counter = 0
    @property
    def X(cls):
        Meta.counter += 1
        return 'Meta.X property #%d' % Meta.counter
    Z = 'Meta.Z'

class WithMeta(metaclass=Meta):
    Y = 'WithMeta.Y'

class PlainY:
    Y = 'PlainY.Y'
    Z = 'PlainY.Z'

def read_y(cls):
    return cls.Y
def read_z(cls):
    return cls.Z

res = []
for i in range(100):
    res.append((read_x(WithMeta), read_y(WithMeta), read_z(WithMeta)))
print(res[0], res[-1])
res = []
for i in range(90):
    c = [WithMeta, PlainY, Cfg][i % 3]
    res.append(read_y(c))
print(res[:3])
print(read_z(PlainY), read_z(WithMeta))
WithMeta.Z = 'own Z'
print(read_z(WithMeta))
del WithMeta.Z
Meta.Z = 'Meta.Z v2'
print(read_z(WithMeta))
try:
    WithMeta.X = 'no setter'
except AttributeError as e:
    print('AttributeError:', e)
class WithMeta2(metaclass=Meta):
    X = 'body X (hidden by the metaclass property)'
print(read_x(WithMeta2), WithMeta2().X)
del Meta.X
print(read_x(WithMeta2))
try:
    read_x(WithMeta)
except AttributeError as e:
    print('AttributeError:', e)

# enum members
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

def red():
    return Color.RED
def member(cls, i):
    return [cls.RED, cls.GREEN, cls.BLUE][i]

for i in range(100):
    r = red()
print(r, r.name, r.value, r is Color.RED)
print([member(Color, i % 3).name for i in range(6)])
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
print(red())

class Flag(enum.IntFlag):
    A = 1
    B = 2
def ab():
    return Flag.A | Flag.B
for i in range(100):
    r = ab()
print(int(r), Flag.A.value, Flag.B + 1)

class Shape(enum.Enum):
    SQUARE = 4
    @property
    def sides(self):
        return self.value
def sides(s):
    return s.sides, s.name, s.value
for i in range(100):
    r = sides(Shape.SQUARE)
print(r)

# class attribute read through the class in a loop while changing every iteration
class Tick:
    n = 0
out = []
for i in range(100):
    Tick.n = Tick.n + i
    out.append(Tick.n)
print(out[-1], sum(out))
