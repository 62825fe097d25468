# closures: late binding in loops and the default-argument fix, cells shared between sibling closures, cells surviving the frame, nesting
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
def make_adders():
    adders = []
    for n in range(3):
        def add(x):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def make_pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = make_pair()
put(42)
print(get())
get2, put2 = make_pair()
print(get2(), get())
def multiplier(k):
    return lambda x: x * k
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double(triple(2)))
def compose(*funcs):
    def run(x):
        for fn in reversed(funcs):
            x = fn(x)
        return x
    return run
print(compose(double, triple, lambda v: v + 1)(1))
def late():
    fs = []
    x = 'first'
    fs.append(lambda: x)
    x = 'second'
    return fs[0]()
print(late())
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100), outer('x')('y')('z'))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def cell_after_def():
    def show():
        return defined_later
    defined_later = 'bound after inner def'
    return show()
print(cell_after_def())
def unbound_cell():
    def show():
        return never_bound
    try:
        return show()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    never_bound = 1
print(unbound_cell())
gen_closures = list((lambda: j) for j in range(3))
print([fn() for fn in gen_closures])
def accumulate():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(v) for v in range(1, 5)], total
print(accumulate())
def shared_by_comprehension():
    base = 10
    return [base + k for k in range(3)], {k: base * k for k in range(2)}
print(shared_by_comprehension())
