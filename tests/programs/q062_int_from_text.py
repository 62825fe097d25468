# int() of text: the common short decimal read directly, and everything
# around it (spaces, signs, underscores, bases, non-ASCII digits and
# spaces, too many digits) as CPython reads it.
cases = ["0", "10", "  10", "\t-7\n", "+3", "1_000", "1__0", "_1", "1_", "", " ", "-", "+", "12a",
         "٣", " 12 ", "\x1c5\x1f", "\u20005", "999999999999999999", "9999999999999999999",
         "-999999999999999999", "0000000000000000000012", "1 2", "--1", "0x10", "1e3", "00",
         "-0", "+_1", "١٢", "12\u3000"]
for s in cases:
    for base in [10, 0, 16]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int(b" 42 "), int(bytearray(b"-3")))
