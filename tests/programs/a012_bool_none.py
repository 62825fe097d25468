# bool and None: truthiness of all builtin types, bool arithmetic and repr, None comparisons and errors, bool() conversions
for v in [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), '', ' ', '0', [], [0], (), ((),), {}, {0: 0}, set(), {0},
          frozenset(), range(0), range(1), None, True, False, 2 ** 100, 0 * 2 ** 100, b'', b'\x00']:
    print(repr(v), bool(v), not v, 'yes' if v else 'no')
print(True + True + True, True * 7, True / 2, False ** 0, -True, +False, abs(-True), True // True)
print(repr(True), str(False), f'{True}', '%s %r %d %i' % (True, False, True, False), format(True, 'd'), format(False, '5'))
print(True == 1, True is True, type(True).__name__, isinstance(True, int), issubclass(bool, int), bool.__mro__ == (bool, int, object))
print(int(True), float(False), str(True).upper(), [True] * 2, True and 3, False or 'x')
print(hash(True), hash(False), {True: 'a', 1: 'b'}, {False, 0, 0.0}, True in [1], 0 in [False])
print(None is None, None == None, None != 0, None == False, not None, repr(None), str(None), type(None).__name__)
print([None] * 3, (None,), {None: None}, None in [None], [1, None].count(None))
def f():
    pass
def g():
    return
print(f(), g(), f() is g())
n = None
for op in [lambda: n + 1, lambda: n < 1, lambda: n[0], lambda: len(n), lambda: n(), lambda: iter(n),
           lambda: -n, lambda: n.x, lambda: True + n, lambda: n < n, lambda: n.__len__]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(bool(), bool(0), bool('False'), bool([]), bool([[]]), bool(None))
print(True & False, True | False, True ^ True, ~True, True << 2, type(True & False).__name__, type(True & 1).__name__)
print(sum([True, True, False, True]), max(True, 0), min([False, True]), sorted([True, False, True]))
print(True > False, False < 0.5, True >= 1.0, (True, False) < (True, True))
