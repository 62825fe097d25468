# yield as an expression in every construct a generator can contain.
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False

def g():
    x = yield 1
    print("x", x)
    y = [(yield 2), (yield 3)]
    print("y", y)
    d = {(yield 4): (yield 5)}
    print("d", d)
    print("f", f"{(yield 6)}-{(yield 7)!r}")
    z = (yield 8) if (yield 9) else (yield 10)
    print("z", z)
    try:
        yield 11
        raise ValueError
    except ValueError:
        w = yield 12
        print("w", w)
    finally:
        yield 13
    with CM() as c:
        v = yield 14
    match (yield 15):
        case 1:
            print("one", (yield 16))
        case _:
            print("other")
    for i in [(yield 17)]:
        print("i", i)
    while (yield 18):
        yield 19
    lam = lambda: (yield 20)
    print(list(lam()))
    print(sorted([(yield 21), (yield 22)], key=lambda k: -k))
    a, *b = (yield 23), (yield 24), (yield 25)
    print(a, b)
    print(max((yield 26), key=(yield 27)))
    assert (yield 28), (yield 29)
    del x
    return (yield 30)

gen = g()
val = gen.send(None)
n = 100
try:
    while True:
        print("yielded", val)
        n += 1
        if val == 27: send = abs
        elif val == 26: send = [-5, 3]
        elif val in (9, 18): send = 0
        elif val == 15: send = 1
        else: send = n
        val = gen.send(send)
except StopIteration as e:
    print("returned", e.value)
