# The case maps give the shared empty str for an empty string and a new str
# otherwise, one character long included, as CPython's do.
empty, a, b, x = "", "A", "b", "x"
print("".lower() is empty, "".upper() is empty, "a".upper() is a, "B".lower() is b,
      "x".casefold() is x, "ab".upper() == "AB", "é".upper() == "É")
