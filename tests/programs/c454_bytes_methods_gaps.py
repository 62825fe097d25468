# bytes methods: center/ljust/rjust/zfill, integer needles and bounds of
# find/index/count, startswith/endswith bounds, and CPython's messages.
def show(expression):
    try:
        print(expression, "->", repr(eval(expression)))
    except Exception as e:
        print(expression, "->", type(e).__name__ + ":", e)


class Seven:
    def __index__(self):
        return 7


cases = [
    "b'ab'.center(6)", "b'ab'.center(7, b'*')", "b'abc'.center(6, b'*')", "b'ab'.ljust(5, b'-')",
    "b'ab'.rjust(5)", "b'ab'.rjust(Seven())", "b'ab'.center(-3)", "b'ab'.ljust(1)",
    "b'42'.zfill(5)", "b'-42'.zfill(6)", "b'+x'.zfill(4)", "b''.zfill(3)", "b'abc'.zfill(2)",
    "b'ab'.center(6, 'x')", "b'ab'.center(6, b'xy')", "b'ab'.center(6, 32)", "b'ab'.center()",
    "b'ab'.ljust(1.5)", "b'ab'.zfill('a')", "b'ab'.zfill()", "b'ab'.center(1, b'x', 2)",
    "b'abc'.count(300)", "b'abc'.count(-1)", "b'abc'.count(97)", "b'abc'.count(True)",
    "b'a\\x07'.count(Seven())", "b'abca'.count(b'a', 1)", "b'abca'.count(b'a', 1, 3)",
    "b'abca'.count(b'a', -1)", "b'abc'.count(b'')", "b'abc'.count(b'', 1)", "b'abc'.count(b'', 4)",
    "b'abc'.count(1.5)", "b'abc'.count('a')", "b'abc'.count(b'a', 'x')",
    "b'a'.index(1.5)", "b'a'.find(1.5)", "b'a'.find('a')", "b'abc'.find(2**70)",
    "b'abcb'.find(98)", "b'abcb'.rfind(98)", "b'abcb'.find(b'b', 2)", "b'abcb'.rfind(b'b', 0, 3)",
    "b'a'.rindex(98)", "b'a'.rindex(97)", "b'abc'.index(b'z')", "b'abc'.rindex(b'c', 1)",
    "b'abc'.find(b'', 3)", "b'abc'.find(b'', 4)",
    "b'a'.startswith(1)", "b'a'.endswith(1)", "b'a'.startswith((b'a', 1))",
    "b'a'.startswith('a')", "b'a'.startswith(('a',))", "b'a'.endswith((b'x', b'a'))",
    "b'abc'.startswith(b'b', 1)", "b'abc'.endswith(b'b', 0, 2)", "b'abc'.startswith(b'', 3)",
    "b'abc'.startswith(b'', 4)", "b'abc'.endswith(b'', 4)", "b'abc'.endswith(b'bc', -2)",
    "b'abc'.startswith(b'abc', 0, 2)", "b'abc'.startswith()",
    "300 in b'abc'", "98 in b'abc'",
]
for case in cases:
    show(case)
for case in ["b'a'.find()", "b'a'.count(b'a', 1, 2, 3)", "b'a'.find(x=1)", "b'a'.endswith()",
             "b'a'.rindex()", "b'a'.startswith(b'a', x=1)"]:
    show(case)
