# Calls that leave parameters to their defaults, keyword-only ones included,
# and the errors when a parameter has none.
def weighted(value, weight=2, offset=0, *, clamp=None, scale=1):
    return (value * weight + offset) * scale, clamp


print(weighted(5), weighted(5, 3), weighted(5, 3, 1), weighted(5, clamp=9))


def needs_keyword(a, b=1, *, k):
    return a, b, k


for call in [lambda: needs_keyword(1), lambda: needs_keyword(1, 2), lambda: needs_keyword(),
             lambda: weighted(), lambda: weighted(1, 2, 3, 4)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(needs_keyword(1, k=3))


def changed(a, b=1, c=2):
    return a, b, c


print(changed(0))
changed.__defaults__ = (10, 20)
print(changed(0), changed(0, 5))
changed.__defaults__ = (30,)
print(changed(0, 5))
try:
    changed(0)
except TypeError as e:
    print("TypeError:", e)
changed.__defaults__ = None
try:
    changed(0, 1)
except TypeError as e:
    print("TypeError:", e)


def keyword_defaults_changed(a, *, k=1, m=2):
    return a, k, m


print(keyword_defaults_changed(0))
keyword_defaults_changed.__kwdefaults__ = {"k": 5}
try:
    keyword_defaults_changed(0)
except TypeError as e:
    print("TypeError:", e)
keyword_defaults_changed.__kwdefaults__ = {"k": 5, "m": 6}
print(keyword_defaults_changed(0))


def closure_with_default():
    total = 0

    def bump(times=1):
        nonlocal total
        total += times
        return total
    return bump


bump = closure_with_default()
print(bump(), bump(), bump(5))
adders = [(lambda x, k=k: x + k) for k in range(4)]
print([add(10) for add in adders])
