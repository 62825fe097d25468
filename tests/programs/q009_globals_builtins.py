# quickening: global and builtin loads when a global shadowing a builtin is
# defined later and deleted again, globals created/deleted in loops, and
# exec() of one code object in different globals dicts
def use_len(x):
    return len(x)

for i in range(100):
    r = use_len('abc')
print(r)
len = lambda x: 'shadowed len'
print(use_len('abc'))
del len
print(use_len('abcd'))
import builtins
saved = builtins.len
builtins.len = lambda x: 'builtins.len patched'
print(use_len('abc'))
builtins.len = saved
print(use_len('abcde'))

def read_g():
    try:
        return G
    except NameError as e:
        return 'NameError: ' + str(e)

for i in range(100):
    r = read_g()
print(r)
results = []
for i in range(60):
    if i % 3 == 0:
        G = i
    elif i % 3 == 1:
        del G
    results.append(read_g())
print(results[:6], results[-3:])

# a builtin used at one site, then a global of that name created by globals()
def use_abs(x):
    return abs(x)
for i in range(100):
    use_abs(-i)
globals()['abs'] = lambda x: 'global abs'
print(use_abs(-5))
del globals()['abs']
print(use_abs(-5))

# many globals created so the globals dict grows (entries move) between reads
def read_h():
    return H
H = 'H1'
for i in range(100):
    read_h()
for i in range(200):
    globals()['filler%d' % i] = i
print(read_h())
H = 'H2'
print(read_h())
for i in range(200):
    del globals()['filler%d' % i]
print(read_h())

# exec of one code object in two globals dicts, with the names at different positions
code = compile('''
def f():
    return (x, y, len('four'))
out = []
for i in range(60):
    out.append(f())
result = out[-1]
''', '<exec>', 'exec')
g1 = {'x': 'g1.x', 'y': 'g1.y'}
g2 = {'y': 'g2.y', 'x': 'g2.x'}
g3 = {'pad': 0, 'x': 'g3.x', 'y': 'g3.y', 'len': lambda s: 'g3 len'}
for g in (g1, g2, g3, g1, g2):
    exec(code, g)
    print(g['result'])
# the function made in g1 keeps g1's globals when called beside g2's
f1, f2 = g1['f'], g2['f']
res = []
for i in range(100):
    res.append((f1() if i % 2 else f2())[0])
print(res[:4])
g1['x'] = 'g1.x changed'
del g2['x']
try:
    f2()
except NameError as e:
    print('NameError:', e)
print(f1())

# builtins dict replaced in exec
code2 = compile('r = [len(s) for s in ("a", "bb")]', '<b>', 'exec')
for i in range(3):
    g = {'__builtins__': {'len': lambda s: 'custom len %s' % s}} if i == 1 else {}
    exec(code2, g)
    print(g['r'])

# global statement inside a loop with store and load
def bump():
    global counter
    counter = counter + 1
counter = 0
for i in range(150):
    bump()
print(counter)
del counter
try:
    bump()
except NameError as e:
    print('NameError:', e)
