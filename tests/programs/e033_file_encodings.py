# Encodings of text files (UTF-8, ASCII, Latin-1 under their usual names)
# and the error handlers strict, ignore, replace, backslashreplace,
# xmlcharrefreplace and surrogateescape, on reading and on writing; the
# same codecs serve str.encode, bytes.decode, str(), bytes() and bytearray().
import os

DIR = "e033_tmp_%d" % os.getpid()
os.mkdir(DIR)
path = os.path.join(DIR, "text.txt")


def attempt(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def read_with(encoding, errors=None):
    with open(path, encoding=encoding, errors=errors) as f:
        return f.read()


def write_with(text, encoding, errors=None):
    with open(path, "w", encoding=encoding, errors=errors) as f:
        f.write(text)
    with open(path, "rb") as f:
        return f.read()


try:
    for name in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin1", "iso-8859-1", "ISO8859_1", "l1",
                 "ascii", "US-ASCII", "646"]:
        with open(path, "w", encoding=name) as f:
            print(repr(f.encoding), f.errors, end=" ")
            f.write("caf")
        print(read_with(name))
    with open(path, "wb") as f:
        f.write("naïve café\n".encode("latin-1") + b"\xff end\n")
    for errors in [None, "strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        for encoding in ["utf-8", "ascii", "latin-1"]:
            print(encoding, errors, end=": ")
            attempt(lambda: read_with(encoding, errors))
    text = "a é € \U0001f600 z\n"
    for errors in [None, "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        for encoding in ["utf-8", "ascii", "latin-1"]:
            print(encoding, errors, end=": ")
            attempt(lambda: write_with(text, encoding, errors))
    print(write_with("\udcff\udc80ok", "utf-8", "surrogateescape"))
    print(repr(read_with("utf-8", "surrogateescape")))
    attempt(lambda: write_with("\ud800", "utf-8"))
    attempt(lambda: write_with("é", "ascii", "no-such-handler"))
    print(write_with("plain", "ascii", "no-such-handler"))

    # A decoding error in a line read, and the file position after it.
    with open(path, "wb") as f:
        f.write(b"good line\nbad \xe9 line\n")
    with open(path, encoding="utf-8") as f:
        attempt(f.readline)
    with open(path, encoding="ascii") as f:
        attempt(lambda: list(f))
    attempt(lambda: open(path, encoding="utf-16-xx"))
    attempt(lambda: open(path, encoding=""))
    attempt(lambda: open(path, "w", encoding="bogus"))
    print(os.path.getsize(path))

    # The codecs of str and bytes, with the messages CPython gives.
    attempt(lambda: "aé€".encode("ascii"))
    attempt(lambda: "xéé€y".encode("ascii"))
    attempt(lambda: "x\U0001f600".encode("latin-1"))
    attempt(lambda: "a\ud800b".encode())
    attempt(lambda: "é".encode("ascii", "xmlcharrefreplace"))
    attempt(lambda: b"\xe2\x82".decode())
    attempt(lambda: b"\xe2\x82x".decode())
    attempt(lambda: b"\xed\xa0\x80".decode())
    attempt(lambda: b"a\xe2\x82xb\xf0\x9f\x98".decode("utf-8", "replace"))
    attempt(lambda: b"a\xe2\x82xb".decode("utf-8", "backslashreplace"))
    attempt(lambda: b"a\xed\xa0\x80b".decode("utf-8", "surrogatepass"))
    attempt(lambda: b"a\xe2\x82xb".decode("utf-8", "xmlcharrefreplace"))
    attempt(lambda: b"\xff".decode("ascii"))
    attempt(lambda: b"\xff\xfe".decode("ascii", "surrogateescape"))
    attempt(lambda: b"\xe9t\xe9".decode("Latin-1"))
    attempt(lambda: str(b"caf\xc3\xa9", "utf8"))
    attempt(lambda: bytes("café", "latin1"))
    attempt(lambda: bytearray("café", "ascii", "replace"))
    attempt(lambda: b"x".decode("nope"))
    attempt(lambda: b"x".decode(5))
    attempt(lambda: str(b"x", "utf-8", 5))
    attempt(lambda: "x".encode(errors=5))
    try:
        b"ab\xffcd".decode()
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason)
    try:
        "abé".encode("ascii")
    except UnicodeEncodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason)
finally:
    for name in sorted(os.listdir(DIR)):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
