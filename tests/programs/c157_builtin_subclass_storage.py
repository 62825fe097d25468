# Subclasses of super and of the built-in iterators get room for their
# __dict__ and __slots__ after the built-in layout.
class A:
    def f(self):
        return 'A.f'


class B(A):
    def f(self):
        return 'B.f'


class S(super):
    __slots__ = ('tag',)


class SD(super):
    pass


b = B()
s = S(B, b)
s.tag = 't'
d = SD(B, b)
d.note = 'n'
print(s.f(), s.tag, d.f(), d.note, d.__dict__)
for base in (enumerate, zip, map, filter, reversed):
    class Sub(base):
        pass
    args = {enumerate: ('ab',), zip: ('ab', 'cd'), map: (str.upper, 'ab'),
            filter: (None, [0, 1, 2]), reversed: ((1, 2, 3),)}[base]
    obj = Sub(*args)
    obj.attribute = base.__name__
    print(type(obj).__name__, list(obj), obj.attribute, obj.__dict__)

    class Slotted(base):
        __slots__ = ('member',)
    obj = Slotted(*args)
    obj.member = [base.__name__]
    print(list(obj), obj.member)
