# quickening: module attribute loads and module function calls (math.pi,
# mod.f()) when the module attribute is reassigned or deleted, module
# __getattr__, and one site seeing different modules
import math
import types
import sys

def pi():
    return math.pi

def sqrt(x):
    return math.sqrt(x)

for i in range(100):
    r = pi(), sqrt(16.0)
print(r)
saved_pi, saved_sqrt = math.pi, math.sqrt
math.pi = 3
math.sqrt = lambda x: 'patched sqrt(%r)' % (x,)
print(pi(), sqrt(4))
del math.pi
try:
    pi()
except AttributeError as e:
    print('AttributeError:', e)
math.pi = saved_pi
math.sqrt = saved_sqrt
print(pi(), sqrt(9.0))

# a module made at run time
mod = types.ModuleType('mymod')
mod.value = 1
mod.func = lambda: 'func v1'
def read_value(m):
    return m.value
def call_func(m):
    return m.func()

for i in range(100):
    r = read_value(mod), call_func(mod)
print(r)
mod.value = 2
mod.func = lambda: 'func v2'
print(read_value(mod), call_func(mod))
mod.other = 'new key changes the dict'
print(read_value(mod), call_func(mod))
del mod.value
try:
    read_value(mod)
except AttributeError as e:
    print('AttributeError:', e)
del mod.func
try:
    call_func(mod)
except AttributeError as e:
    print('AttributeError:', e)

# module __getattr__ (PEP 562)
mod.__getattr__ = lambda name: 'module __getattr__(%s)' % name
print(read_value(mod), call_func.__name__)
try:
    call_func(mod)
except TypeError as e:
    print('TypeError:', e)
mod.value = 'real again'
print(read_value(mod))
del mod.__getattr__
del mod.value

# the same site over different modules and non-modules
mod2 = types.ModuleType('mod2')
mod2.value = 'mod2 value'
mod2.func = lambda: 'mod2 func'
mod.value = 'mod value'
mod.func = lambda: 'mod func'
class NS:
    value = 'class value'
    @staticmethod
    def func():
        return 'class func'
res = []
for i in range(120):
    m = [mod, mod2, NS, types.SimpleNamespace(value='ns value', func=lambda: 'ns func')][i % 4]
    res.append((read_value(m), call_func(m)))
print(res[:4])

# the module dict mutated through globals() of a module / vars()
vars(mod2)['value'] = 'via vars'
print(read_value(mod2))
vars(mod2).clear()
try:
    read_value(mod2)
except AttributeError as e:
    print('AttributeError:', e)
mod2.value = 'after clear'
print(read_value(mod2))

# sys.modules entry replaced: the name still refers to the old module
def read_sys_attr():
    return sys.maxsize > 2 ** 31
for i in range(100):
    read_sys_attr()
print(read_sys_attr())

# reassigning a module attribute every iteration at a specialized site
mod.counter = 0
for i in range(100):
    mod.counter = mod.counter + 1
print(mod.counter)
for i in range(50):
    mod.__dict__['k%d' % i] = i
    mod.counter = mod.counter + i
print(mod.counter, read_value(mod))
