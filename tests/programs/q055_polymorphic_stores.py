# STORE_ATTR_POLY: one store site meeting instances of several classes and
# dict shapes keeps an entry for each (up to four); the guards must still
# see a class that gains __setattr__, a property or a class attribute, a
# deleted attribute, a swapped __class__, and more classes than entries.


class Base:
    def __init__(self):
        self.runs = 0

    def step(self):
        self.runs += 1


class A(Base):
    pass


class B(Base):
    def __init__(self):
        self.extra = "b"
        super().__init__()


class C(Base):
    pass


class D(Base):
    pass


class E(Base):
    pass


def run(objects, times):
    for _ in range(times):
        for o in objects:
            o.step()
    return [o.runs for o in objects]


objects = [A(), B(), C(), D()]
print(run(objects, 50))
print(run(objects + [E()], 20))


class Logged(Base):
    pass


logged = Logged()
print(run([A(), logged], 20))


def noisy_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Logged.__setattr__ = noisy_setattr
print(run([A(), logged], 1))
del Logged.__setattr__

# A property on the class takes over the store.
class Counted(Base):
    pass


counted = Counted()
print(run([A(), B(), counted], 10))
Counted.runs = property(lambda self: 99, lambda self, v: print("property set", v))
print(run([A(), B(), counted], 1))

# A deleted attribute puts the dict out of the shapes; the store adds it back.
c = C()
print(run([A(), c], 5))
del c.runs
c.runs = 100
print(run([A(), c], 5), c.__dict__)

# __class__ swapped between two classes the site knows.
a = A()
print(run([a, B()], 5))
a.__class__ = C
print(run([a, B()], 5), type(a).__name__)

# Instances with __slots__ and a plain __dict__ class at one site.
class Slotted:
    __slots__ = ("runs",)

    def __init__(self):
        self.runs = 0

    step = Base.step


print(run([A(), Slotted(), B()], 10))
