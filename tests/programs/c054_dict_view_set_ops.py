# Set operations and comparisons between dict views and other iterables, in
# CPython's order of evaluation (the kept items and the print order match).
d = {1: 10, 2: 20, 3: 30}
e = {2: 20, 3: 99, 4: 40}
K, I = d.keys(), d.items()
for other in [e.keys(), e.items(), {2, 3, 9}, [3, 4], (1,), frozenset({1, 2}), {(2, 20)}, set(), {1, 2, 3, 4, 5, 6}]:
    for name, op in [('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('-', lambda a, b: a - b), ('^', lambda a, b: a ^ b)]:
        for a, b in [(K, other), (other, K), (I, other), (other, I)]:
            try:
                r = op(a, b)
                print(name, type(r).__name__, sorted(r, key=repr))
            except Exception as ex:
                print(name, type(ex).__name__, ex)
    if not isinstance(other, (list, tuple)):
        for a, b in [(K, other), (I, other), (other, K)]:
            print([a == b, a != b, a < b, a <= b, a > b, a >= b])
print(K & 5 if False else 0)
for bad in [5, None]:
    for f in [lambda: K & bad, lambda: K | bad, lambda: bad - K, lambda: K == bad, lambda: K < bad]:
        try:
            print(f())
        except Exception as ex:
            print(type(ex).__name__, ex)
print(d.items() ^ e.items(), d.keys() ^ e.keys(), d.keys() & e.keys(), list(d.keys() - {1}))
