# Case maps and character tests agree with CPython for ASCII strings (mapped
# byte by byte) and for the rest (decoded), str subclasses included.
for s in ["", "abc", "ABC", "Hello World 123!", "MiXeD_cAsE\t\n", "ÀÉ mixed ünïcode", "ΣΑΣ", "straße"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.casefold()),
          s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.isprintable(), s.isascii(),
          s.isdecimal(), s.isnumeric())
for c in map(chr, range(128)):
    print(ord(c), c.isalpha(), c.isalnum(), c.isdigit(), c.isspace(), c.isprintable(), c.isdecimal(), c.upper() == c, c.lower() == c, end="|")
print()
class S(str): pass
print(type(S("aB").upper()), S("aB").lower(), S("x").isalpha())
for text in ["..hello!?", "é.a.é", ".€.", "x", "", "...", "a€a", "€a€"]:
    for chars in [".,;!?", "a", "é", "€a", "", ".é"]:
        print(repr(text.strip(chars)), repr(text.lstrip(chars)), repr(text.rstrip(chars)), end=" ")
    print()
