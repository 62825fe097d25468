# Text files: write, read back whole, by size, by line and by iteration,
# append, the attributes and reprs of the three layers, print(file=...).
# Every file lives in a directory of this run's own (the pid), removed at
# the end; names printed have it replaced by DIR.
import os

DIR = "e030_tmp_%d" % os.getpid()
os.mkdir(DIR)


def show(*values):
    print(*[str(v).replace(DIR, "DIR") for v in values])


path = os.path.join(DIR, "notes.txt")
try:
    f = open(path, "w", encoding="utf-8")
    show(f, f.name, f.mode, f.closed, f.encoding, f.errors, f.line_buffering)
    show(f.buffer, f.buffer.raw)
    print(f.write("first line\n"), f.write("second: héllo\n"), f.write(""), f.write("third"))
    print(f.readable(), f.writable(), f.seekable(), f.tell())
    f.close()
    show(f, f.closed)

    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
        print(repr(f.read()), f.tell())
    with open(path, encoding="utf-8") as f:
        print(repr(f.read(5)), repr(f.read(7)), repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
        print(repr(f.readline()), repr(f.readline()), repr(f.read(3)))
    with open(path, encoding="utf-8") as f:
        print(f.readlines())
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            print(number, repr(line))
    with open(path, encoding="utf-8") as f:
        print(list(f), list(f))
    with open(path, encoding="utf-8") as f:
        print(f.readlines(5), f.readlines(1), f.readlines())

    with open(path, "a", encoding="utf-8") as f:
        show(f)
        print(f.tell(), f.write("\nappended\n"), f.tell())
    with open(path, "a+", encoding="utf-8") as f:
        print(repr(f.read()), f.write("and more\n"))
        f.seek(0)
        print(f.read().splitlines())

    with open(path, "w", encoding="utf-8") as f:
        f.writelines(["a\n", "b\n"])
        f.writelines(x + "\n" for x in "cd")
        print("x", 1, 2.5, file=f)
        print("y", "z", sep="-", end="!\n", file=f)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))

    with open(path, "w+", encoding="utf-8") as f:
        f.write("hello\nworld\n")
        f.seek(0)
        print(repr(f.readline()), repr(f.read()))
        show(f)
    with open(path, "r+", encoding="utf-8") as f:
        f.write("J")
        f.seek(0)
        print(repr(f.read()))

    # Empty files and files left to close themselves.
    empty = os.path.join(DIR, "empty.txt")
    open(empty, "w").close()
    with open(empty) as f:
        print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))
    f = open(empty, "w")
    f.write("written without close()")
    del f
    with open(empty) as f:
        print(f.read())
    import io
    print(open is io.open, io.open(empty).read())
finally:
    for name in sorted(os.listdir(DIR)):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
print(os.path.exists(DIR))
