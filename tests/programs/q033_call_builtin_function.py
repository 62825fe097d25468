# CALL_METHOD_BUILTIN_FN: `module.f(...)` (and `obj.attr(...)` where
# the attribute is a plain built-in function) calls the function directly.
# The site must keep working when the name turns into something else: a
# Python function, a bound method, a class, a callable instance; and a
# built-in's exception must come out of it as usual.
import math
import types

def roots(values):
    return [math.sqrt(v) for v in values]

print(roots(range(10)))
for _ in range(3):
    print(sum(roots(range(100))))

try:
    roots([4, -1])
except ValueError as e:
    print('ValueError:', e)

fake = types.ModuleType('fake')
fake.f = abs

def call_f(x):
    return fake.f(x)

results = []
for round_ in range(40):
    if round_ == 10:
        fake.f = lambda x: ('lambda', x)
    elif round_ == 15:
        fake.f = [].append
    elif round_ == 20:
        fake.f = str
    elif round_ == 25:
        class Callable:
            def __call__(self, x):
                return ('instance', x)
        fake.f = Callable()
    elif round_ == 30:
        fake.f = len
    results.append(call_f(-round_) if round_ < 30 else call_f('ab' * round_))
print(results)

class Holder:
    pass

h = Holder()
h.tool = max
def use(holder, a, b):
    return holder.tool(a, b)
print([use(h, i, 5) for i in range(8)])
h.tool = min
print([use(h, i, 5) for i in range(8)])
del h.tool
try:
    use(h, 1, 2)
except AttributeError as e:
    print('AttributeError:', e)

def wrong_arity():
    return math.sqrt(1, 2)
for _ in range(3):
    try:
        wrong_arity()
    except TypeError as e:
        print('TypeError:', e)
