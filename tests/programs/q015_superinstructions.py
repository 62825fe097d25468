# superinstructions (LOAD_FAST__LOAD_FAST and friends): an unbound second
# local, `del` then use, stores then loads on one line, and the traceback of
# an error raised by the second half after the function ran many times
import traceback
# (CPython 3.11 itself fuses a pair across two lines and then reports an
# error of the second half at the first one's line; the pairs here are kept
# on one line, or apart, so that its quirk does not show.)

def where(e):
    return [(fs.lineno, fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)[1:]]

def two_loads(flag):
    a = 1
    if flag:
        b = 2
    return a + b

def two_loads_call(flag):
    a = 1
    if flag:
        b = 2
    return max(a, b)

def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return 0 + a - b

def const_then_local(flag):
    if flag:
        b = 2
    return 10 * b

def local_then_const(flag):
    if flag:
        b = 2
    return b * 10

def split_lines(flag):
    a = 1
    if flag:
        b = 2
    return (a * 1 +
            b * 1)

cases = [two_loads, two_loads_call, first_unbound, const_then_local, local_then_const, split_lines]
for f in cases:
    total = 0
    for i in range(200):
        total += f(True)
    try:
        f(False)
    except UnboundLocalError as e:
        print(f.__name__, total, type(e).__name__, e, where(e))
    try:
        f(i == -1)
    except NameError as e:
        print(f.__name__, 'NameError subclass:', isinstance(e, UnboundLocalError))

# del then use at a fused site
def del_then_use(n):
    x = n; y = x
    if n % 50 == 49:
        del x
    return y + x

res = 0
for i in range(49):
    res += del_then_use(i)
print(res)
try:
    del_then_use(49)
except UnboundLocalError as e:
    print('del:', e, where(e))

def del_twice():
    x = 1
    del x
    del x
try:
    del_twice()
except UnboundLocalError as e:
    print('del twice:', e, where(e))

# stores then loads on one line
def stores_loads(n):
    a = n; b = a; c = b; d = c + a
    p, q = a, d; r = p + q
    s = t = r; u = s * t
    a, b = b, a; v = a - b
    w, (x, y) = v, (u, r); z = w + x + y
    return (a, b, c, d, p, q, r, s, t, u, v, w, x, y, z)

acc = []
for i in range(150):
    acc.append(stores_loads(i))
print(acc[0], acc[-1])

def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(swap_loop(90), swap_loop(100))

# the second half of a store/load pair raising on the same line
def store_then_bad_load(flag):
    if flag:
        late = 'late'
    first = 'first'; return first + late

for i in range(100):
    store_then_bad_load(True)
try:
    store_then_bad_load(False)
except UnboundLocalError as e:
    print('store/load:', e, where(e))

# a closure variable next to a local, unbound cell
def with_cell(flag):
    if flag:
        c = 'cell'
    a = 'a'
    def inner():
        return c
    return a + inner()
for i in range(100):
    with_cell(True)
try:
    with_cell(False)
except NameError as e:
    print('cell:', type(e).__name__, e, where(e))

# the same code in a generator and a comprehension
def gen(flag):
    a = 1
    if flag:
        b = 2
    yield a
    yield a + b
for i in range(100):
    list(gen(True))
g = gen(False)
print(next(g))
try:
    next(g)
except UnboundLocalError as e:
    print('gen:', e, where(e))

# finally: an uncaught error from the second half (traceback checked)
def final(flag):
    left = 'left'
    if flag:
        right = 'right'
    return print(left, right)

for i in range(100):
    if i == 99:
        final(True)
final(False)
