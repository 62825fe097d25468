# bytes(x) through __bytes__, and the bytes methods pyvm lacked: partition,
# removeprefix/removesuffix, the is* tests, capitalize, swapcase, title.
def show(expression):
    try:
        print(expression, "->", repr(eval(expression)))
    except Exception as e:
        print(expression, "->", type(e).__name__ + ":", e)

class WithBytes:
    def __bytes__(self):
        return b"wb"
class BadBytes:
    def __bytes__(self):
        return 5
class IntWithBytes(int):
    def __bytes__(self):
        return b"iwb"
cases = [
 "bytes(WithBytes())", "bytes(BadBytes())", "bytes(IntWithBytes(3))", "bytes(WithBytes(), 'ascii')",
 "bytes('a', errors='strict')", "bytes(x=1)",
 "b'abcab'.partition(b'b')", "b'abcab'.rpartition(b'b')", "b'abc'.partition(b'z')", "b'abc'.rpartition(b'z')",
 "b'abc'.partition(b'')", "b'abc'.partition('b')", "b'abc'.partition(98)", "b'abc'.partition()",
 "b'abc'.removeprefix(b'ab')", "b'abc'.removeprefix(b'x')", "b'abc'.removesuffix(b'bc')", "b'abc'.removesuffix(b'')",
 "b'abc'.removeprefix('a')", "b'abc'.removesuffix(1)", "b'abc'.removeprefix()",
 "b'abc1'.isalnum()", "b'ab c'.isalnum()", "b''.isalnum()", "b'abc'.isalpha()", "b'\\xe9'.isalpha()", "b'123'.isdigit()",
 "b'abc'.islower()", "b'aBc'.islower()", "b'123'.islower()", "b'ABC1'.isupper()", "b' \\t\\n\\r\\x0b\\x0c'.isspace()", "b''.isspace()",
 "b'Hello World'.istitle()", "b'Hello world'.istitle()", "b'123'.istitle()", "b'A1 B'.istitle()",
 "b'abc'.isascii()", "b''.isascii()", "b'\\x80'.isascii()",
 "b'hello WORLD'.capitalize()", "b'\\xe9abc'.capitalize()", "b''.capitalize()", "b'Hello World'.swapcase()",
 "b'hello world-foo_bar 3x'.title()", "b\"they're bill's\".title()", "b'abc'.title(1)", "b'abc'.isdigit(1)",
]
for c in cases:
    show(c)
