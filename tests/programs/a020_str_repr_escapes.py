# repr() of strings: quote selection, escapes for control chars, backslash, non-printable and non-ascii characters, ascii()
cases = ['', 'plain', "it's", 'say "hi"', 'both \' and "', '\\', 'back\\slash', 'tab\there', 'nl\n', 'cr\r',
         '\x00', '\x07\x08\x0b\x0c', '\x1b[0m', '\x7f', '\x80', '\x9f', '\xa0', '\xad', 'é', 'ÿ', '\u0100', '\u200b',
         '\u2028', '\ufeff', '\uffff', '日本', '\U0001F600', '\U000E0001', '\ud800', "'", '"', '\'"\'', '"\'"', '\\n']
for c in cases:
    print(repr(c), ascii(c), len(c))
print([c for c in cases[:6]])
print(('a', "b'"), {'k"': "v'"})
print(str('a\nb'), repr(repr('x')), repr(str(repr("'"))))
print('%r|%s|%a' % ('é\n', 'é\n', 'é\n'))
print(f'{"q"!r} {"é"!a} {"x"!s}')
raw = r'raw\n\t\\'
print(raw, repr(raw), len(raw))
print('\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}', '\N{EURO SIGN}', 'a\
b')
print("""triple "double" 'single'""", '''x\'y"z''', repr("""a
b"""))
print(repr('\0'), repr('\08'), repr('\1234'), repr('\x4a\x4B'))
print(repr('a' 'b' "c"), 'con' 'cat' 'enation')
