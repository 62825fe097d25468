# global and nonlocal: rebinding module names, nonlocal across several nested levels, shadowing, UnboundLocalError cases
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created_later
    created_later = 'made inside function'
make_global()
print(created_later)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        return str(e)
print(broken())
def broken2():
    try:
        print(late)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    late = 1
    return late
broken2()
def level1():
    v = 'l1'
    def level2():
        def level3():
            nonlocal v
            v = v + '>l3'
            return v
        r = level3()
        return r + '|' + v
    out = level2()
    return out, v
print(level1())
def counter_factory():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return step, reset
step, reset = counter_factory()
step(); step(5)
print(step(), reset(), step())
def middle_shadow():
    x = 'outer'
    def mid():
        x = 'mid'
        def inner():
            nonlocal x
            x = 'inner changed mid'
        inner()
        return x
    return mid(), x
print(middle_shadow())
x = 'module'
def reads_global():
    return x
def local_same_name():
    x = 'local'
    def inner():
        global x
        return x
    return inner(), x
print(reads_global(), local_same_name())
def loop_nonlocal():
    total = 0
    def add_all(items):
        nonlocal total
        for it in items:
            total += it
    add_all([1, 2]); add_all(range(3))
    return total
print(loop_nonlocal())
def global_in_loop():
    global counter
    for _ in range(3):
        counter *= 2
global_in_loop()
print(counter)
def uses_before_global_assignment():
    return g_value
g_value = 'defined after function'
print(uses_before_global_assignment())
