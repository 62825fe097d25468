# tell() and seek() on text files: the opaque cookies CPython returns (a
# byte position, or a larger number holding the decoder's state) round-trip
# through seek(); whence 1 and 2 only with 0; tell() refused while
# iterating; binary files seek and tell in bytes.
import io
import os

DIR = "e034_tmp_%d" % os.getpid()
os.mkdir(DIR)
path = os.path.join(DIR, "positions.txt")


def attempt(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


try:
    with open(path, "w", encoding="utf-8") as f:
        print(f.tell(), f.write("héllo wörld\n"), f.tell(), f.write("€uro\n\U0001f600 smile\nlast"), f.tell())
    with open(path, encoding="utf-8") as f:
        marks = []
        while True:
            position = f.tell()
            piece = f.read(3)
            if not piece:
                break
            marks.append((position, piece))
        print(marks)
        for position, piece in reversed(marks):
            f.seek(position)
            assert f.read(3) == piece, (position, piece)
        print(f.seek(0), repr(f.readline()), f.tell(), repr(f.read(2)), f.tell())
        print(f.seek(0, 2), f.tell(), repr(f.read()))
        print(f.seek(0, 1), f.seek(0), f.seek(0, 0))
        attempt(lambda: f.seek(3, 1))
        attempt(lambda: f.seek(-2, 2))
        attempt(lambda: f.seek(0, 3))
        attempt(lambda: f.seek(-1))
        attempt(lambda: f.seek("0"))
        attempt(lambda: f.seek(0, "1"))
        attempt(lambda: f.seek(2 ** 200))

    # Universal newlines: a position after '\r' whose '\n' is not yet seen
    # needs the decoder's state in the cookie.
    with open(path, "wb") as f:
        f.write(b"ab\r\ncd\ref\r\ngh")
    for newline in [None, ""]:
        with open(path, newline=newline) as f:
            marks = []
            while True:
                position = f.tell()
                char = f.read(1)
                if not char:
                    break
                marks.append((position, char))
            print(repr(newline), marks)
            for position, char in marks:
                f.seek(position)
                assert f.read(1) == char

    # Large files: cookies where the 8 KiB chunks split a character.
    with open(path, "w", encoding="utf-8") as f:
        f.write(("abc€" * 1000 + "\n") * 5)
    with open(path, encoding="utf-8") as f:
        cookies = []
        while True:
            position = f.tell()
            block = f.read(1500)
            if not block:
                break
            cookies.append((position, block))
        print([position for position, block in cookies])
        print(all(f.seek(p) == p and f.read(1500) == b for p, b in cookies))

    # tell() is refused while iterating, until the iteration ends or flush().
    with open(path, encoding="utf-8") as f:
        for line in f:
            attempt(f.tell)
            break
        attempt(f.tell)
        f.flush()
        attempt(f.tell)
        list(f)
        attempt(f.tell)

    # Write mode and read-write mode.
    with open(path, "w+", encoding="utf-8") as f:
        f.write("one\ntwo\n")
        print(f.tell(), f.seek(4), repr(f.readline()), f.tell())
        print(f.seek(0, 2), f.write("three\n"), f.tell())
        f.seek(0)
        print(f.read().split())
    # Binary positions are plain byte offsets.
    with open(path, "rb") as f:
        print(f.tell(), f.read(3), f.tell(), f.seek(-4, 2), f.read(), f.seek(2), f.seek(2, 1), f.read(3))
    with io.open(path, "rb", buffering=0) as f:
        print(f.seek(0, io.SEEK_END), f.seek(-3, io.SEEK_CUR), f.read(), f.seek(1, io.SEEK_SET), f.tell())
    print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
finally:
    for name in sorted(os.listdir(DIR)):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
