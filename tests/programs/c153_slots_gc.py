# Values in __slots__ are seen by the cycle collector: cycles through
# slots are reclaimed, and what slots keep alive survives collections.
import gc


class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value):
        self.value = value


class Child(Node):
    pass


# Reachable only through slots of a global: must survive.
keep = Node([1, 2, 3])
keep.next = Child({'payload': 'kept'})
keep.next.next = keep
keep.next.extra = Node('via __dict__')
gc.collect()
gc.collect()
print(keep.value, keep.next.value, keep.next.next is keep, keep.next.extra.value)

# Unreachable cycles through slots are found.
a = Node('a')
b = Node('b')
a.next, b.next = b, a
del a, b
print(gc.collect() >= 2)

# Many short-lived cycles.
for i in range(2000):
    n = Node(i)
    n.next = n
    c = Child(i)
    c.next = Node(c)
print(gc.collect() >= 0, n.value, c.next.value is c)

# A cycle through a class with a metaclass, and through the descriptors a
# class's dict holds (they keep their class alive).
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    __slots__ = ('x',)


descriptor = WithMeta.__dict__['x']
del WithMeta
gc.collect()
print(descriptor, descriptor.__objclass__.__name__)
class Temporary:
    pass


dict_attribute = Temporary.__dict__['__dict__']
del Temporary
gc.collect()
print(dict_attribute, dict_attribute.__get__(None, object) is dict_attribute)
print(vars(Meta)['__module__'], type(Meta('Made', (), {})).__name__)
