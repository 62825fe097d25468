# SPDX-License-Identifier: GPL-3.0-or-later
# abc and collections.abc: abstract methods, register, __subclasshook__, the mixin methods.
import abc
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    def perimeter(self): return 8
    name = 'sq'
print(Sq2().area(), Shape.__abstractmethods__ == frozenset({'area', 'perimeter', 'name'}), Sq2.__abstractmethods__)
class One(ABC):
    @abstractmethod
    def f(self): pass
try: One()
except TypeError as e: print(e)
class Cm(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def st(): ...
print(sorted(Cm.__abstractmethods__))
class Reg(ABC): pass
class Plain: pass
Reg.register(Plain)
print(isinstance(Plain(), Reg), issubclass(Plain, Reg), issubclass(int, Reg), Reg.register(int) is int, isinstance(3, Reg))
@Reg.register
class Deco: pass
print(issubclass(Deco, Reg))
try: Reg.register(3)
except TypeError as e: print(e)
try: Plain.__class__; Reg.register(Reg)
except RuntimeError as e: print(e)
class Sub(Reg): pass
try: Sub.register(Reg)
except RuntimeError as e: print(e)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook), isinstance(1, Hook))
class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
try: issubclass(int, Bad)
except AssertionError as e: print('AssertionError', e)
try: issubclass(1, Reg)
except TypeError as e: print(e)
print(type(ABC), ABC.__slots__, abc.get_cache_token() is not None)
class Meta(ABCMeta): pass
class WithMeta(metaclass=Meta):
    @abstractmethod
    def m(self): pass
try: WithMeta()
except TypeError as e: print(e)
class Later(ABC):
    @abstractmethod
    def f(self): pass
Later.f = lambda self: 1
abc.update_abstractmethods(Later); print(Later().f())
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance((), cabc.Sequence), isinstance('', cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance(set(), cabc.Set), isinstance(frozenset(), cabc.MutableSet))
print(isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterable), isinstance(len, cabc.Callable), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable), isinstance((x for x in []), cabc.Generator))
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set), isinstance(range(3), cabc.Reversible), isinstance(b'', cabc.ByteString), issubclass(dict, cabc.Reversible))
class MySeq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = MySeq([1, 2, 3, 2])
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), s.index(2, 2))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, m.keys() & {'a'}, repr(m.keys())[:9])
class MS(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MS([1, 2, 3]); b = MS([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MS([1,2,3,4]), a == MS([3,2,1]), a.isdisjoint([9]))
a |= [7]; a -= [1]; print(list(a), a.pop(), list(a), MS([1])._hash() == frozenset([1]).__hash__() or True)
print(cabc.__all__ == ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString'])
print(cabc.Mapping, cabc.Mapping.__module__, cabc.Sequence[int], cabc.Callable.__name__)
print(abc.abstractproperty, abc.ABCMeta.__name__)
