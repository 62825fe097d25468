# Newline handling on reading and writing for newline=None, '', '\n',
# '\r' and '\r\n' (CPython's universal newlines), the newlines attribute,
# and lines split across the 8 KiB chunks the text layer decodes.
import os

DIR = "e032_tmp_%d" % os.getpid()
os.mkdir(DIR)
path = os.path.join(DIR, "lines.txt")
try:
    with open(path, "wb") as f:
        f.write(b"unix\nwindows\r\nold mac\rmixed\n\r\nlast")
    for newline in [None, "", "\n", "\r", "\r\n"]:
        with open(path, newline=newline) as f:
            print(repr(newline), f.readlines(), repr(f.newlines))
        with open(path, newline=newline) as f:
            print("  read:", repr(f.read()), repr(f.newlines))
        with open(path, newline=newline) as f:
            chunks = []
            while True:
                chunk = f.read(4)
                if not chunk:
                    break
                chunks.append(chunk)
            print("  read(4):", chunks)
        with open(path, newline=newline) as f:
            print("  iterate:", [line for line in f], repr(f.newlines))

    # Writing: '\n' becomes the newline argument ('\r', '\r\n'); None and
    # '' and '\n' write it as it is.
    for newline in [None, "", "\n", "\r", "\r\n"]:
        with open(path, "w", newline=newline) as f:
            f.write("a\nb\r\nc\rd\n")
            print(repr(newline), f.tell(), end=" ")
        with open(path, "rb") as f:
            print(f.read())

    # What newlines reports as kinds are seen, reading line by line.
    with open(path, "wb") as f:
        f.write(b"1\n2\r3\r\n4")
    with open(path) as f:
        seen = []
        while f.readline():
            seen.append(f.newlines)
        print(seen)

    # Lines crossing the 8192-byte chunks, '\r\n' split between two chunks.
    with open(path, "wb") as f:
        f.write(b"x" * 8191 + b"\r\n" + b"y" * 10 + b"\r" + b"z" * 8190 + b"\r\n" + b"end")
    for newline in [None, "", "\r\n", "\r"]:
        with open(path, newline=newline) as f:
            lines = f.readlines()
        print(repr(newline), len(lines), [len(line) for line in lines], [line[-2:] for line in lines])
    with open(path) as f:
        f.read(8190)
        print(repr(f.read(3)), repr(f.read(2)))

    # line_buffering flushes at each line written.
    f = open(path, "w", buffering=1)
    print(f.line_buffering, end=" ")
    f.write("partial")
    with open(path) as g:
        print(repr(g.read()), end=" ")
    f.write(" line\nmore")
    with open(path) as g:
        print(repr(g.read()))
    f.close()
finally:
    for name in sorted(os.listdir(DIR)):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
