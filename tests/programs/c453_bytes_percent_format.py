# printf-style formatting of bytes (PEP 461): conversions, flags, mapping
# keys, __bytes__, and CPython's error messages.
def show(expression, *values):
    try:
        print(repr(eval(expression)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class WithBytes:
    def __bytes__(self):
        return b"<wb>"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


cases = [
    "b'%d' % 5",
    "b'%5.2f|%-6x|%#o|%+d' % (3.14159, 255, 8, 7)",
    "b'%s' % b'abc'",
    "b'%b|%s' % (b'x', WithBytes())",
    "b'%s' % BadBytes()",
    "b'%s' % 'abc'",
    "b'%s' % 5",
    "b'%s' % [1]",
    "b'%r' % 'h\\xe9'",
    "b'%a' % [1, 'x']",
    "b'%r' % b'x'",
    "b'%10.3r|' % 'abcdef'",
    "b'%c' % 65",
    "b'%c' % b'Z'",
    "b'%5c|%-3c|' % (65, b'B')",
    "b'%c' % 256",
    "b'%c' % -1",
    "b'%c' % 2**70",
    "b'%c' % b'ab'",
    "b'%c' % 'a'",
    "b'%%' % ()",
    "b'%5%' % ()",
    "b'%5%' % (1,)",
    "b'%f' % 'a'",
    "b'%d' % 'a'",
    "b'%x' % 1.5",
    "b'%x' % 'a'",
    "b'%y' % 1",
    "b'%\\xff' % 1",
    "b'%d %d' % (1,)",
    "b'%d' % (1, 2)",
    "b'abc' % ()",
    "b'abc' % 5",
    "b'%s %s' % b'ab'",
    "b'%(a)s' % {b'a': b'x'}",
    "b'%(a)s' % {'a': b'x'}",
    "b'%(x)d %(y)s' % {b'x': 1, b'y': b'z'}",
    "b'%(a)s' % 5",
    "b'%(a)%' % {b'a': 1}",
    "b'%' % ()",
    "b'%(a' % {}",
    "b'%.2s|%5s|%-5s|' % (b'abcdef', b'ab', b'ab')",
    "b'%*d|%-*d|' % (5, 1, 3, 2)",
    "b'%.*f' % (2, 1.0)",
    "b'%e %g %E %G %F' % (1e10, 1e-5, 2.0, 3e20, 1.5)",
    "b'%i %u %X' % (True, 3, 255)",
    "b'%d' % 2**100",
    "b'\\xff%s\\x00' % b'\\xfe'",
    "b'%s' % (b'x',)",
    "5 % b'a'",
    "'%s' % b'a'",
    "'%5%' % ()",
    "'%5%' % (1,)",
]
for case in cases:
    print(case, end=" -> ")
    show(case)
