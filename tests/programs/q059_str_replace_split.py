# str.replace over ASCII and non-ASCII text, with counts, empty pieces and
# results; str.split with positional and keyword arguments.
cases = ["", "a", "aaa", "banana", "héllo wörld", "abcabcabc", "x" * 50]
for t in cases:
    for old, new in [("a", "<A>"), ("a", ""), ("an", "AN"), ("é", "e"), ("l", "ł"), ("abc", ""), ("x", "yy"), ("", "-"), ("zz", "q")]:
        for count in [-1, 0, 1, 2, 100]:
            r = t.replace(old, new, count)
            print(repr(t), repr(old), repr(new), count, repr(r), len(r))
empty = ""
print("aaa".replace("a", "") is empty)
try:
    ("a" * 1000).replace("a", "b" * (2 ** 62))
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print("a,b".split(","), "a b".split(), "a,b,c".split(",", 1), "a,b".split(sep=","),
      "a,b,c".split(",", maxsplit=1), "a,,b".split(","), "".split(","), "é,ü".split(","))
for bad in [lambda: "a".split(",", 1, 2), lambda: "a".split(1), lambda: "a".split(""),
            lambda: "a".split(",", sep=";")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
