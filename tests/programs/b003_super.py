# super(): zero-argument and two-argument forms, cooperative __init__ with **kwargs through a diamond, super in classmethods, super() errors
class Root:
    def __init__(self, **kw):
        self.trail = ['Root']
        self.rest = kw
class Left(Root):
    def __init__(self, left=None, **kw):
        super().__init__(**kw)
        self.trail.append('Left')
        self.left = left
class Right(Root):
    def __init__(self, right=None, **kw):
        super().__init__(**kw)
        self.trail.append('Right')
        self.right = right
class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append('Bottom')
b = Bottom(left=1, right=2, extra=3)
print(b.trail, b.left, b.right, b.rest)
class A:
    def hello(self):
        return 'A.hello'
    @classmethod
    def make(cls):
        return 'A.make for ' + cls.__name__
class B(A):
    def hello(self):
        return 'B.hello/' + super().hello()
    @classmethod
    def make(cls):
        return 'B.make/' + super().make()
class C(B):
    def hello(self):
        return 'C.hello/' + super(B, self).hello()
    def explicit(self):
        return super(C, self).hello()
c = C()
print(c.hello(), c.explicit(), C.make(), B.make())
print(super(C, c).hello(), super(B, c).hello(), super(C, C).make())
class Str(str):
    def upper(self):
        return 'custom:' + super().upper()
print(Str('abc').upper(), Str('x') + 'y', type(Str('q')).__name__)
class Attr:
    greeting = 'class attr via super'
class SubAttr(Attr):
    greeting = 'shadowing'
    def get(self):
        return super().greeting
print(SubAttr().get())
def outside():
    try:
        super()
    except RuntimeError as e:
        return 'RuntimeError: ' + str(e)
print(outside())
try:
    super(A, 5)
except TypeError as e:
    print('TypeError:', e)
class NoSuch(A):
    def go(self):
        return super().missing
try:
    NoSuch().go()
except AttributeError as e:
    print('AttributeError:', e)
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self
class Doubler(Counter):
    def add(self, k):
        return super().add(2 * k)
print(Doubler().add(3).add(4).n)
class Lazy(A):
    def hello(self):
        f = lambda: super(Lazy, self).hello()
        return 'via lambda: ' + f()
print(Lazy().hello())
