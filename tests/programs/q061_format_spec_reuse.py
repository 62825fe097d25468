# The same format specs used again and again, for ints, floats, strs and
# other types, valid and not: each result is as if parsed afresh.
values = [7, -3.25, "ab", True, 10 ** 20, 1e300, None, 2 + 3j]
specs = ["", "5", ">4", "06d", ".3f", "x", "^9", ",", "_d", "+.2e", "%", "s", "<3s", "#b",
         "06d", ">4", ".3f", "z.1f", "=+8", "12,.2f", "0>5", "€^7", "d"]
for rounds in range(3):
    for v in values:
        out = []
        for spec in specs:
            try:
                out.append(format(v, spec))
            except (ValueError, TypeError) as e:
                out.append(type(e).__name__ + ": " + str(e))
        if rounds == 2:
            print(repr(v), out)
for i in range(3):
    print(f"{i:06d}|{i * 1.5:>8.2f}|{'x' * i:>4}|{i:x}|{-i:+d}")
