# SPDX-License-Identifier: GPL-3.0-or-later
# types and keyword.
import types, sys, keyword
print(types.__all__)
def f(): pass
print(types.FunctionType is type(f), types.LambdaType is type(f), types.ModuleType is type(sys), types.BuiltinFunctionType is type(len))
print(isinstance(f.__code__, types.CodeType), isinstance((x for x in []), types.GeneratorType), types.MethodType)
ns = types.SimpleNamespace(a=1, b=2); ns.c = 3; print(ns, ns == types.SimpleNamespace(a=1, b=2, c=3))
mp = types.MappingProxyType({'k': 1}); print(mp['k'], len(mp), list(mp))
try: mp['z'] = 1
except TypeError as e: print(e)
class A:
    def m(self): return 1
a = A(); bm = types.MethodType(lambda self: self, a); print(bm() is a)
m = types.ModuleType('mymod', 'doc'); m.x = 1; print(m.__name__, m.__doc__, m.x)
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
C = types.new_class('C', (A,), {}, lambda ns: ns.update({'z': 26}))
print(C, C.z, C.__mro__, C().m())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw): return super().__new__(mcls, name, bases, ns)
D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D).__name__, types.prepare_class('E', (D,))[0].__name__, types.resolve_bases((int, str)))
print(callable(types.coroutine), callable(types.DynamicClassAttribute))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
print(keyword.iskeyword('def'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'), len(keyword.kwlist), keyword.softkwlist, keyword.__all__)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.CellType, types.WrapperDescriptorType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
@types.coroutine
def gen_coro():
    x = yield 'y'
    return x
async def use():
    return await gen_coro()
c = use(); print(c.send(None)); 
try: c.send(7)
except StopIteration as e: print('result', e.value)
print(types.CoroutineType, types.AsyncGeneratorType)
