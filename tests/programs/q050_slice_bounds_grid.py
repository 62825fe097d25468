# Every combination of slice bounds (None, negative, past either end, huge)
# and steps, read from a list, tuple and str and assigned back into a list:
# the inline bounds path and the converting one must agree with CPython.
import itertools

vals = [None, -12, -5, -1, 0, 3, 12, 2 ** 70, -2 ** 70]
steps = [None, 1, -1, 2, -3, 2 ** 70, -2 ** 70]
base = list(range(9))
text = "abcdefghi"
for a, b, c in itertools.product(vals, vals, steps):
    got = base[a:b:c]
    assert tuple(got) == tuple(base)[a:b:c]
    assert "".join(text[i] for i in got) == text[a:b:c]
    changed = base[:]
    try:
        changed[a:b:c] = changed[a:b:c][::-1]
        note = "".join(map(str, changed))
    except ValueError as e:
        note = str(e)
    print(a, b, c, "".join(map(str, got)), note)
for c in [0, False]:
    try:
        base[1:2:c]
    except ValueError as e:
        print("ValueError:", e)
