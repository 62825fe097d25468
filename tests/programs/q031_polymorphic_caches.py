# LOAD_METHOD_POLY and LOAD_ATTR_POLY: one site meeting receivers of several
# classes and dict shapes keeps an entry for each (up to four); every guard
# must still see a class changed, an attribute shadowed or deleted, an
# instance's class swapped, and more classes than entries.

class A:
    def __init__(self):
        self.x = 'A.x'
    def who(self):
        return 'A'

class B:
    def __init__(self):
        self.y = 0
        self.x = 'B.x'
    def who(self):
        return 'B'

class C(A):
    def who(self):
        return 'C'

class D(B):
    pass

class E:
    __slots__ = ()
    def who(self):
        return 'E'

class F:
    def __init__(self):
        self.x = 'F.x'
    def who(self):
        return 'F'

def call_who(objects):
    return [o.who() for o in objects]

def read_x(objects):
    return [o.x for o in objects]

objects = [A(), B(), C(), D()]
for _ in range(50):
    whos = call_who(objects)
    xs = read_x(objects)
print(whos, xs)

# A fifth and sixth class at the same sites: more than the entries hold.
more = objects + [E(), F(), F()]
for _ in range(60):
    whos = call_who(more)
    xs = read_x(objects + [F()])
print(whos, xs)

# The same class with attributes added in another order (another shape).
b2 = B.__new__(B)
b2.x = 'b2.x'
b2.y = 1
for _ in range(40):
    xs = read_x([objects[1], b2, objects[0]])
print(xs)

# A method redefined on one class after the sites cached it.
def who_again(self):
    return 'B again'
B.who = who_again
print(call_who(objects))

# An instance attribute shadowing the method on one receiver.
c = C()
c.who = lambda: 'instance who'
print(call_who([objects[0], c, objects[1]]))

# A class attribute of the name appears: a data descriptor wins over the dict.
class Loud:
    def __get__(self, obj, owner):
        return 'descriptor x'
    def __set__(self, obj, value):
        raise AttributeError('read only')
for _ in range(40):
    xs = read_x(objects)
A.x = Loud()
print(read_x(objects))
del A.x
print(read_x(objects))

# An attribute deleted from one instance, and an instance's class swapped.
a = A()
for _ in range(40):
    xs = read_x([a, objects[1]])
del a.x
try:
    read_x([objects[1], a])
except AttributeError as e:
    print('AttributeError:', e)
a.x = 'back'
a.__class__ = F
print(read_x([a, objects[1]]), call_who([a, objects[2]]))

# Built-in receivers (no __dict__) mixed with classes at one method site.
def append_all(targets):
    for t in targets:
        t.append(1)
class Bag:
    def __init__(self):
        self.items = []
    def append(self, item):
        self.items.append(item)
bag = Bag()
lst = []
for _ in range(30):
    append_all([lst, bag, lst])
print(len(lst), len(bag.items))
