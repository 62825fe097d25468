# bytes.rsplit, splitlines and expandtabs, as CPython 3.11.
def show(expression):
    try:
        print(expression, "->", repr(eval(expression)))
    except Exception as e:
        print(expression, "->", type(e).__name__ + ":", e)

cases = [
 "b' a  b c '.rsplit()", "b' a  b c '.rsplit(maxsplit=1)", "b'a b c'.rsplit(None, 0)", "b'  a b  '.rsplit(None, 0)",
 "b'a,b,,c'.rsplit(b',')", "b'a,b,,c'.rsplit(b',', 1)", "b'a,b'.rsplit(sep=b',', maxsplit=0)", "b''.rsplit()", "b''.rsplit(b',')",
 "b'abc'.rsplit(b'')", "b'abc'.rsplit('b')", "b'a\\x0bb\\x1cc'.rsplit()", "b'a b'.rsplit(x=1)",
 "b'a\\nb\\r\\nc\\rd'.splitlines()", "b'a\\nb\\r\\nc\\rd\\n'.splitlines(True)", "b'a\\n\\nb'.splitlines(keepends=True)",
 "b''.splitlines()", "b'\\n'.splitlines()", "b'a\\x0bb\\x0cc\\x1cd'.splitlines()", "b'ab'.splitlines(keepends=2)",
 "b'a\\tb\\tc'.expandtabs()", "b'ab\\tc\\n\\td'.expandtabs(4)", "b'a\\tb'.expandtabs(0)", "b'a\\tb'.expandtabs(-1)",
 "b'a\\r\\tb'.expandtabs(tabsize=3)", "b'a\\tb'.expandtabs(1.5)", "b'\\xe9\\tb'.expandtabs(2)",
]
for c in cases:
    show(c)
