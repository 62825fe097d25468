# Binary files: bytes, bytearray and memoryview written; read, read1,
# peek, readline, readinto (bytearray and memoryview); seek and tell with
# each whence; truncate; the modes rb/wb/ab/xb and their '+' forms; the
# raw FileIO of buffering=0.
import io
import os

DIR = "e031_tmp_%d" % os.getpid()
os.mkdir(DIR)


def show(*values):
    print(*[str(v).replace(DIR, "DIR") for v in values])


def attempt(action):
    try:
        show(repr(action()))
    except Exception as e:
        show(type(e).__name__ + ":", e)


path = os.path.join(DIR, "data.bin")
try:
    with open(path, "wb") as f:
        show(f, f.mode, f.name, f.raw)
        print(f.write(b"hello "), f.write(bytearray(b"binary")), f.write(memoryview(b" world\n")))
        print(f.write(memoryview(b"0123456789")[2:6]), f.write(b"\x00\xff\n"), f.tell())
        attempt(lambda: f.write("text"))
        attempt(lambda: f.write(42))
        attempt(lambda: f.read())
        print(f.readable(), f.writable(), f.seekable(), f.fileno() > 2, f.isatty())

    with open(path, "rb") as f:
        show(f)
        print(f.read(5), f.tell(), f.peek(1)[:1], f.read1(3), f.read1(), f.read(0))
        f.seek(0)
        print(f.readline(), f.readline(2), f.readlines())
        f.seek(0)
        print(list(f))
        buffer = bytearray(8)
        f.seek(0)
        print(f.readinto(buffer), buffer)
        view = memoryview(buffer)
        print(f.readinto(view[2:5]), buffer, f.tell())
        print(f.readinto1(bytearray(4)))
        f.seek(-3, 2)
        print(f.read(), f.read(), f.readinto(buffer))
        print(f.seek(2), f.seek(3, 1), f.tell(), f.read(4), f.seek(0, 2))
        attempt(lambda: f.readinto(b"abc"))
        attempt(lambda: f.readinto(memoryview(b"abc")))
        attempt(lambda: f.seek(-1))
        attempt(lambda: f.seek(0, 5))
        attempt(lambda: f.seek(1.5))
        attempt(lambda: f.write(b"x"))
        attempt(lambda: f.truncate())

    with open(path, "r+b") as f:
        print(f.read(5), f.write(b"HELLO"), f.tell())
        f.seek(0)
        print(f.read(12))
        print(f.truncate(8), f.tell(), f.seek(0), f.read())
        f.seek(0, 2)
        print(f.write(b"+tail"), f.seek(0), f.read())
        show(f)
    with open(path, "ab") as f:
        print(f.tell(), f.write(b"!"), f.tell())
    with open(path, "a+b") as f:
        print(f.tell(), f.read(), f.seek(0), f.read())
    with open(path, "w+b") as f:
        print(f.read(), f.write(b"fresh"), f.seek(1), f.read(2))

    made = os.path.join(DIR, "made.bin")
    with open(made, "xb") as f:
        show(f, f.mode)
        f.write(b"x")
    attempt(lambda: open(made, "xb"))
    with open(made, "rb") as f:
        print(f.read())

    # buffering=0: the FileIO itself, one system call per operation.
    raw = open(path, "rb", buffering=0)
    show(raw, raw.mode, raw.closefd, type(raw).__name__)
    print(raw.read(2), raw.readall(), raw.read(), raw.seek(1), raw.read(3), raw.tell())
    ba = bytearray(3)
    print(raw.seek(0), raw.readinto(ba), ba, raw.readline(), raw.readlines())
    raw.close()
    show(raw, raw.closed)
    raw = io.FileIO(path, "w")
    print(raw.write(b"direct"), raw.write(memoryview(b"!!")), raw.tell(), raw.mode)
    raw.close()
    with io.FileIO(path) as raw:
        print(raw.read(), raw.readable(), raw.writable())
    with io.FileIO(path, "r+") as raw:
        print(raw.mode, raw.read(3), raw.write(b"ECT"), raw.truncate(), raw.seek(0), raw.read())

    # A binary file over a descriptor, without closing it.
    fd = os.open(path, os.O_RDONLY)
    with open(fd, "rb", closefd=False) as f:
        print(f.read(2), f.name == fd)
    with open(fd, "rb") as f:
        print(f.read())
    attempt(lambda: os.close(fd))
finally:
    for name in sorted(os.listdir(DIR)):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
