# Larger files: a text file of 200 000 lines read by iteration, readline,
# readlines and read; the same bytes through readinto() into a bytearray
# and a memoryview, in pieces that cross the 8 KiB buffer; writes larger
# than the buffer; and a file of non-ASCII text read in small pieces.
import os

DIR = "e038_tmp_%d" % os.getpid()
os.mkdir(DIR)
path = os.path.join(DIR, "large.txt")
try:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(200000):
            f.write("line %d: %s\n" % (i, "x" * (i % 13)))
    size = os.path.getsize(path)
    print(size)

    count = total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            count += 1
            total += len(line)
    print(count, total)
    with open(path, encoding="utf-8") as f:
        count = 0
        while f.readline():
            count += 1
        print(count, f.tell() == size)
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1], end="")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    print(len(text), text.count("\n"), text[-20:].split(":")[0])

    # Binary: the same bytes by readinto() pieces of several sizes.
    with open(path, "rb") as f:
        whole = f.read()
    print(len(whole), whole[:12])
    for piece in [1000, 8192, 10000, 100000]:
        with open(path, "rb") as f:
            buffer = bytearray(piece)
            view = memoryview(buffer)
            parts = []
            while True:
                n = f.readinto(view if piece % 2 else buffer)
                if not n:
                    break
                parts.append(bytes(buffer[:n]))
            print(piece, len(parts), b"".join(parts) == whole)
    with open(path, "rb", buffering=0) as f:
        buffer = bytearray(65536)
        got = 0
        while True:
            n = f.readinto(buffer)
            if not n:
                break
            got += n
        print("raw", got == size)
    with open(path, "rb") as f:
        f.seek(8190)
        print(f.read(5), f.tell(), f.read1(10), f.peek(3)[:3], f.read(20000)[-5:], f.tell())

    # Writes larger than the buffer, and many small ones.
    big = os.path.join(DIR, "big.bin")
    with open(big, "wb") as f:
        print(f.write(b"a" * 20000), f.write(b"b" * 5), f.write(memoryview(b"c" * 9000)), f.tell())
    with open(big, "rb") as f:
        data = f.read()
    print(len(data), data.count(b"a"), data.count(b"b"), data.count(b"c"))
    with open(big, "w") as f:
        for i in range(50000):
            f.write("%d," % i)
    with open(big) as f:
        numbers = f.read().split(",")
    print(len(numbers), numbers[:3], numbers[-2:])

    # Non-ASCII text in small pieces.
    greek = os.path.join(DIR, "greek.txt")
    with open(greek, "w", encoding="utf-8") as f:
        f.write("αβγδε ζηθικ λμνξο\n" * 1000)
    with open(greek, encoding="utf-8") as f:
        pieces = []
        while True:
            piece = f.read(7)
            if not piece:
                break
            pieces.append(piece)
    print(len(pieces), "".join(pieces) == "αβγδε ζηθικ λμνξο\n" * 1000, pieces[100])
finally:
    for name in sorted(os.listdir(DIR)):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
