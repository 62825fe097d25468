# case conversion (upper/lower/title/capitalize/swapcase/casefold) and is* predicates over ascii, digits, whitespace, unicode
samples = ['hello world', 'HELLO', 'Hello World', "they're bill's", 'mIxEd CaSe 123', '', '123', '12.5', '  ',
           'ß', 'Straße', 'abc_def', 'a1b2', '²', 'ÉCOLE', 'tab\t', 'x-ray o\'neil', 'ñandú', 'Ωmega']
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.islower(),
             s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), ''.join('1' if f else '0' for f in flags))
for s in ['_', '_x1', '1x', 'x y', 'class', 'Δelta', '', 'a-b', 'ok\n']:
    print(repr(s), s.isidentifier(), s.isprintable())
print('hello'.upper().lower().title(), 'ABC'.lower() == 'abc', 'a'.upper() < 'a', 'Ab'.swapcase().swapcase())
print('hello world foo'.title(), 'HELLO wORLD'.capitalize(), '1st place'.capitalize(), '1st place'.title())
print('ß'.upper(), len('ß'.upper()), 'ß'.casefold() == 'ss', 'ÀÉÎ'.lower(), 'àéî'.upper(), 'ab1c'.islower(), '1'.islower())
