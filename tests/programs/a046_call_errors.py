# exact TypeError messages for bad calls: missing/unexpected/multiple values/too many positional/positional-only as keyword/kw-only missing
def f(a, b):
    return a + b
def g(a, b=1, *, k):
    return a
def h(a, /, b):
    return a
def v(*args, key):
    return args
def many(a, b, c, d):
    return a
def one(x):
    return x
def none():
    return 0
def defaults(a, b=2, c=3):
    return a
def kw2(*, p, q):
    return p
def pos_only2(a, b, /):
    return a
calls = [
    ('f()', lambda: f()), ('f(1)', lambda: f(1)), ('f(1, 2, 3)', lambda: f(1, 2, 3)), ('f(1, 2, z=3)', lambda: f(1, 2, z=3)),
    ('f(1, a=1)', lambda: f(1, a=1)), ('f(b=1)', lambda: f(b=1)), ('g(1)', lambda: g(1)), ('g(1, 2, 3)', lambda: g(1, 2, 3)),
    ('g(1, 2, 3, k=4)', lambda: g(1, 2, 3, k=4)), ('h(a=1, b=2)', lambda: h(a=1, b=2)), ('h(1, 2, a=3)', lambda: h(1, 2, a=3)),
    ('v(1, 2)', lambda: v(1, 2)), ('many()', lambda: many()), ('many(1)', lambda: many(1)), ('many(1, d=4)', lambda: many(1, d=4)),
    ('one()', lambda: one()), ('one(1, 2)', lambda: one(1, 2)), ('none(1)', lambda: none(1)), ('none(x=1)', lambda: none(x=1)),
    ('defaults()', lambda: defaults()), ('defaults(1, 2, 3, 4)', lambda: defaults(1, 2, 3, 4)), ('kw2()', lambda: kw2()),
    ('kw2(1)', lambda: kw2(1)), ('kw2(p=1)', lambda: kw2(p=1)), ('pos_only2(a=1, b=2)', lambda: pos_only2(a=1, b=2)),
    ('pos_only2(1, b=2)', lambda: pos_only2(1, b=2)), ('f(*[1], **{"a": 2})', lambda: f(*[1], **{'a': 2})),
    ('f(**{"a": 1, "b": 2, "c": 3})', lambda: f(**{'a': 1, 'b': 2, 'c': 3})), ('f(*5)', lambda: f(*5)),
    ('f(**[1])', lambda: f(**[1])), ('f(1, **{"b": 2}, **{"b": 3})', lambda: f(1, **{'b': 2}, **{'b': 3})),
    ('f(**{1: 2})', lambda: f(**{1: 2})), ('(lambda x: x)()', lambda: (lambda x: x)()),
    ('(lambda: 0)(1)', lambda: (lambda: 0)(1)), ('len()', lambda: len()), ('len(1, 2)', lambda: len(1, 2)),
    ('abs(x=1)', lambda: abs(x=1)), ('max()', lambda: max()), ('divmod(1)', lambda: divmod(1)), ('print(sep=1)', lambda: print(sep=1)),
    ('sorted([], 1)', lambda: sorted([], 1)), ('int(1, 2, 3)', lambda: int(1, 2, 3)), ('"x".join()', lambda: 'x'.join()),
    ('[].append()', lambda: [].append()), ('isinstance(1)', lambda: isinstance(1)),
]
for text, fn in calls:
    try:
        print(text, '->', fn())
    except TypeError as e:
        print(text, '->', e)
def outer():
    def inner(a):
        return a
    return inner
try:
    outer()()
except TypeError as e:
    print('nested:', e)
