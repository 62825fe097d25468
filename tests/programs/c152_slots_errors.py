# Invalid __slots__ are refused when the class is created, with CPython's
# messages; __class__ assignment compares the slots two classes added.


def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', sorted(k for k in cls.__dict__ if not k.startswith('__')))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def conflict():
    class C:
        __slots__ = ('x',)
        x = 1
    return C


def not_identifier(name):
    def make():
        class C:
            __slots__ = (name,)
        return C
    return make


def slots_of(value, base=object):
    def make():
        class C(base):
            __slots__ = value
        return C
    return make


attempt('class variable', conflict)
for name in ['1a', 'a b', '', 'a-b', 'ok_name', 'ünïcode']:
    attempt(repr(name), not_identifier(name))
attempt('int item', slots_of((5,)))
attempt('int', slots_of(5))
attempt('None', slots_of(None))
attempt('two dicts', slots_of(('__dict__', '__dict__')))
attempt('two weakrefs', slots_of(('__weakref__', '__weakref__')))
attempt('weakref', slots_of(('a', '__weakref__')))
attempt('duplicate', slots_of(('a', 'a')))


class Plain:
    pass


attempt('dict again', slots_of(('__dict__',), Plain))
attempt('weakref again', slots_of(('__weakref__',), Plain))
attempt('int subclass', slots_of(('a',), int))
attempt('tuple subclass', slots_of(('a',), tuple))
attempt('bytes subclass', slots_of(('a',), bytes))
attempt('type subclass', slots_of(('a',), type))
attempt('int subclass, empty', slots_of((), int))
attempt('dict subclass', slots_of(('a', 'b'), dict))


def raising():
    raise RuntimeError('from __iter__')
    yield


try:
    class Bad:
        __slots__ = raising()
except RuntimeError as e:
    print('iteration error:', e)


# __qualname__ and __classcell__ in the namespace are not class variables.
class Outer:
    class Inner:
        __slots__ = ('value',)

        def get(self):
            return __class__


print(Outer.Inner.__qualname__, Outer.Inner().get() is Outer.Inner)


# __class__ assignment needs the same slots on the same base.
class A:
    __slots__ = ('x', 'y')


class B:
    __slots__ = ('y', 'x')


class C:
    __slots__ = ('p', 'q')


class D(A):
    __slots__ = ()


class E(A):
    pass


a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.x)
a.__class__ = D
print(type(a).__name__, a.x)
for target in (C, E, object):
    try:
        a.__class__ = target
    except TypeError as e:
        print(e)


class Ex1(ValueError):
    pass


class Ex2(KeyError):
    pass


class Ex3(ValueError):
    pass


err = Ex1('message')
try:
    err.__class__ = Ex2
except TypeError as e:
    print(e)
err.__class__ = Ex3
print(type(err).__name__, err.args)


class Weak:
    __slots__ = ('x', '__weakref__')


class Strong:
    __slots__ = ('x',)


w = Weak()
try:
    w.__class__ = Strong
except TypeError as e:
    print(e)
