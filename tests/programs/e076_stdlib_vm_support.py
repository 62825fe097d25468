# SPDX-License-Identifier: GPL-3.0-or-later
# What the VM does for the standard library's abc, collections and types
# (each printed as CPython 3.11 prints it): abstract classes refused by
# object.__new__ itself, __isabstractmethod__ of property, classmethod and
# staticmethod, classes registered with collections.abc matching sequence
# and mapping patterns, assignable class __module__, __set_name__ errors
# wrapped in a RuntimeError, and module reprs by origin.
import abc, collections.abc as cabc, sys, types, heapq


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...


for make in (Shape, lambda: object.__new__(Shape), lambda: Shape.__new__(Shape)):
    try:
        make()
    except TypeError as e:
        print(e)


def f(): pass
f.__isabstractmethod__ = True
print(property(f).__isabstractmethod__, classmethod(f).__isabstractmethod__,
      staticmethod(f).__isabstractmethod__, property(len).__isabstractmethod__)
print(hasattr(int, '__abstractmethods__'), Shape.__abstractmethods__ == {'area', 'name'})
try:
    type.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)


class Seq(cabc.Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3


class Registered:
    def __getitem__(self, k): return {'k': 1}[k]
    def __len__(self): return 1
    def keys(self): return ['k']
    def get(self, k, default=None): return {'k': 1}.get(k, default)


cabc.Mapping.register(Registered)
for subject in (Seq(), Registered(), 'text'):
    match subject:
        case [a, b, *rest]: print('sequence', a, b, rest)
        case {'k': v}: print('mapping', v)
        case _: print('neither')


class Moved: pass
Moved.__module__ = 'elsewhere'
print(Moved.__module__, repr(Moved))
try:
    int.__module__ = 'x'
except TypeError as e:
    print(e)


class Named:
    def __set_name__(self, owner, name):
        raise ValueError('no')


try:
    class Owner:
        attribute = Named()
except RuntimeError as e:
    print(e, '|', repr(e.__cause__))

print(types.ModuleType('made'), sys, repr(heapq).startswith("<module 'heapq'"))
