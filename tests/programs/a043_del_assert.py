# del of names, list items, slices, dict keys and multiple targets; NameError after del; assert with and without message
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in dir(), 'c' in dir())
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b'], d['c']
print(d)
nested = {'k': [1, 2, {'z': 0}]}
del nested['k'][2]['z']
del nested['k'][0]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
try:
    del undefined_thing
except NameError as e:
    print('NameError:', e)
g = 'global'
def h():
    global g
    del g
h()
try:
    g
except NameError as e:
    print('NameError:', e)
for i in range(3):
    pass
del i
print('i' in dir())
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print('AssertionError', repr(e), e.args, str(e) == '')
try:
    assert False, 'custom message'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print('AssertionError', e, e.args[0])
try:
    assert 0, 42
except AssertionError as e:
    print('AssertionError', e, type(e.args[0]).__name__)
assert True, 'not raised'
assert 1, 1 / 0
evaluated = []
try:
    assert len('ab') == 2, evaluated.append('no')
    assert len('ab') == 3, evaluated.append('yes') or 'msg'
except AssertionError as e:
    print(evaluated, e)
def checked(v):
    assert isinstance(v, int), f'expected int, got {type(v).__name__}'
    return v * 2
for v in (2, 'x'):
    try:
        print(checked(v))
    except AssertionError as e:
        print('AssertionError:', e)
print(isinstance(AssertionError(), Exception), AssertionError.__mro__[1].__name__)
