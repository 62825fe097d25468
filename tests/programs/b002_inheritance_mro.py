# single and multiple inheritance: method override, attribute lookup order, MRO of diamonds and complex hierarchies, bad MRO error
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' (squeaky)'
    def kind(self):
        return 'puppy of ' + super().kind()
for a in [Animal('generic'), Dog('rex'), Puppy('bit')]:
    print(a.speak(), '|', a.kind(), '|', isinstance(a, Dog), type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print([c.__name__ for c in D.__mro__], D().who())
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__], E().who())
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class K1(F, G): pass
class K2(G, H): pass
class K3(F, H): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(Dog, Dog):
        pass
except TypeError as e:
    print('TypeError:', e)
class Base1:
    x = 'base1'
    def m(self):
        return 'm1'
class Base2:
    x = 'base2'
    y = 'only in base2'
    def m(self):
        return 'm2'
class Multi(Base1, Base2):
    pass
mm = Multi()
print(mm.x, mm.y, mm.m(), Multi.__bases__ == (Base1, Base2))
class Override(Base1):
    x = 'override'
print(Override.x, Override().m(), Base1.x)
class Parent:
    def __init__(self):
        self.log = ['Parent.__init__']
class ChildNoInit(Parent):
    pass
class ChildSkipsSuper(Parent):
    def __init__(self):
        self.other = True
print(ChildNoInit().log, hasattr(ChildSkipsSuper(), 'log'))
class Template:
    def run(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return 'default1'
    def step2(self):
        return 'default2'
class Custom(Template):
    def step2(self):
        return 'custom2'
print(Custom().run(), Template().run())
print(object.__subclasses__ is not None, [c.__name__ for c in A.__subclasses__()])
