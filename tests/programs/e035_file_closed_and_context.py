# The with statement, and what each layer says when its file is closed or
# was not opened for the operation: ValueError "I/O operation on closed
# file." (and the words of the buffered and raw layers),
# io.UnsupportedOperation "not readable"/"not writable", which is both an
# OSError and a ValueError.
import io
import os

DIR = "e035_tmp_%d" % os.getpid()
os.mkdir(DIR)
path = os.path.join(DIR, "closing.txt")


def attempt(label, action):
    try:
        result = action()
        print(label, "->", repr(result).replace(DIR, "DIR"))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


try:
    with open(path, "w", encoding="utf-8") as f:
        print(f.closed, f.__enter__() is f)
        f.write("one\ntwo\n")
    print(f.closed, repr(f).replace(DIR, "DIR"))
    try:
        with open(path) as f:
            print(f.readline(), end="")
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("caught", e, "closed:", f.closed)
    with open(path) as f, open(path, "rb") as g:
        print(f.read(3), g.read(3))
    print(f.closed, g.closed, f.buffer.closed, g.raw.closed)

    makers = [
        ("text r", lambda: open(path)),
        ("text w", lambda: open(path, "a")),
        ("buffered r", lambda: open(path, "rb")),
        ("buffered w", lambda: open(path, "ab")),
        ("buffered rw", lambda: open(path, "r+b")),
        ("raw r", lambda: open(path, "rb", buffering=0)),
    ]
    for label, make in makers:
        print("==", label, "(closed)")
        f = make()
        f.close()
        f.close()
        for name, action in [("read", lambda: f.read()), ("read(1)", lambda: f.read(1)),
                             ("readline", lambda: f.readline()), ("readlines", lambda: f.readlines()),
                             ("write", lambda: f.write(b"x" if "b" in f.mode else "x")),
                             ("writelines", lambda: f.writelines([])), ("seek", lambda: f.seek(0)),
                             ("tell", lambda: f.tell()), ("flush", lambda: f.flush()),
                             ("truncate", lambda: f.truncate()), ("fileno", lambda: f.fileno()),
                             ("isatty", lambda: f.isatty()), ("readable", lambda: f.readable()),
                             ("writable", lambda: f.writable()), ("seekable", lambda: f.seekable()),
                             ("next", lambda: next(f)), ("iter", lambda: iter(f)),
                             ("with", lambda: f.__enter__()), ("name", lambda: f.name),
                             ("mode", lambda: f.mode)]:
            attempt(name, action)
    for label, make in makers:
        print("==", label, "(open)")
        with make() as f:
            for name, action in [("read", lambda: f.read(2)), ("readline", lambda: f.readline()),
                                 ("write", lambda: f.write(b"" if "b" in f.mode else "")),
                                 ("truncate", lambda: f.truncate(8) if f.writable() else f.truncate()),
                                 ("readable", lambda: f.readable()), ("writable", lambda: f.writable())]:
                attempt(name, action)

    print(io.UnsupportedOperation.__mro__, io.UnsupportedOperation.__module__)
    try:
        open(path, "a").read()
    except OSError as e:
        print("as OSError:", type(e).__name__, e, isinstance(e, ValueError), e.errno)
    try:
        open(path).write("x")
    except ValueError as e:
        print("as ValueError:", type(e).__name__, e)
    try:
        f = open(path)
        f.close()
        f.read()
    except ValueError as e:
        print(type(e).__name__, e, type(e) is ValueError)
    import sys
    try:
        sys.stdout.read()
    except io.UnsupportedOperation as e:
        print("sys.stdout.read:", type(e).__name__, e)
finally:
    for name in sorted(os.listdir(DIR)):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
