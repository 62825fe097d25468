# bytes.hex()'s bytes_per_sep is a C int: CPython's OverflowError beyond it.
for n in [2**31, -2**31-1, 2**63, 2**31-1]:
    try:
        print(b'abc'.hex(':', n))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [1.5, "2"]:
    try:
        print(b'abc'.hex(':', bad))
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(b'abcdef').hex('-', -4), bytearray(b'xyz').hex(b'.', 2))
