# quickening: when a specialized site's guard fails and the general path
# raises, the error carries the site's own line (and columns); checked for
# each kind of site, then an uncaught one (stderr checked)
import traceback

def where(e):
    return [(fs.lineno, fs.name, fs.line, fs.colno, fs.end_colno)
            for fs in traceback.extract_tb(e.__traceback__)[1:]]

class K:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self):
        return 'm'

def attr(o):
    x = o.a
    return (x,
            o.b)

def method(o):
    return o.m(
    )

def subscr(c, k):
    y = 0
    return c[
        k]

def store(c, k, v):
    c[k] = v

def arith(a, b):
    return [
        a + b,
        a - b,
        a * b,
    ]

def compare(a, b):
    if a < b:
        return 1
    return 2

def call(f, x):
    return f(x)

def glob():
    return MISSING_GLOBAL

def loop(it):
    n = 0
    for x in it:
        n += x
    return n

def gen_bad():
    yield 1
    raise KeyError('from iterator')

k = K()
for i in range(200):
    attr(k)
    method(k)
    subscr([1, 2], 1)
    subscr({'a': 1}, 'a')
    store([0], 0, i)
    store({}, 'k', i)
    arith(i, i)
    arith(0.5, 1.5)
    compare(i, 7)
    compare(0.5, 0.25)
    call(abs, -i)
    call(len, 'ab')
    loop([1, 2])
    loop(range(3))
    try:
        glob()
    except NameError:
        pass

del k.b
attempts = [
    lambda: attr(k),
    lambda: attr(object()),
    lambda: method(1),
    lambda: subscr([1, 2], 5),
    lambda: subscr([1, 2], 'x'),
    lambda: subscr({'a': 1}, 'zz'),
    lambda: subscr((1,), -3),
    lambda: subscr('s', 1),
    lambda: store([0], 3, 0),
    lambda: store({}, [], 0),
    lambda: arith(1, 'x'),
    lambda: arith('x', 'y'),
    lambda: arith(2 ** 62, None),
    lambda: compare(1, 'x'),
    lambda: compare(1.0, None),
    lambda: call(abs, 'x'),
    lambda: call(len, 5),
    lambda: call(attr, 1),
    lambda: glob(),
    lambda: loop([1, 'x']),
    lambda: loop(gen_bad()),
    lambda: loop(5),
]
for n, attempt in enumerate(attempts):
    try:
        attempt()
        print(n, 'no error')
    except Exception as e:
        print(n, type(e).__name__, e)
        for frame in where(e)[1:]:
            print('   ', frame)

# finally an uncaught one at a specialized attribute site
def final(o):
    total = 0
    for i in range(100):
        total += o.a
    return total + o.b

print(final(K()))
final(k)
