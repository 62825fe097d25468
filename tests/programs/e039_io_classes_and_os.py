# The io classes as bases of Python classes (a RawIOBase reading from a
# list, a BufferedReader and a TextIOWrapper over it), the generic methods
# of IOBase, detach(), reconfigure(), the io and _io modules' names, and
# the os functions programs use to manage their files.
import io
import os
import _io

DIR = "e039_tmp_%d" % os.getpid()
os.mkdir(DIR)


def attempt(label, action):
    try:
        print(label, "->", repr(action()).replace(DIR, "DIR"))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", str(e).replace(DIR, "DIR"))


class Chunks(io.RawIOBase):
    """A raw stream that hands out at most three bytes per read."""

    def __init__(self, data):
        self.data = data
        self.position = 0
        self.reads = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        self.reads += 1
        n = min(len(buffer), len(self.data) - self.position, 3)
        buffer[:n] = self.data[self.position:self.position + n]
        self.position += n
        return n


raw = Chunks(b"first\nsecond\nthird")
print(raw.read(4), raw.read(), raw.readable(), raw.writable(), raw.seekable(), raw.closed)
raw = Chunks(b"first\nsecond\nthird")
print(raw.readline(), list(raw), raw.reads)
buffered = io.BufferedReader(Chunks(b"first\nsecond\nthird"), 4)
print(repr(buffered), buffered.read(7), buffered.readline(), buffered.read())
attempt("tell", buffered.tell)
text = io.TextIOWrapper(io.BufferedReader(Chunks("héllo\nwörld\n".encode())), encoding="utf-8")
print(repr(text), text.readlines(), text.readable(), text.seekable())
attempt("text tell", text.tell)
attempt("text write", lambda: text.write("x"))


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


path = os.path.join(DIR, "upper.txt")
with Upper(open(path, "wb"), encoding="ascii") as f:
    print(repr(f).replace(DIR, "DIR"), f.write("shout\n"), isinstance(f, io.TextIOWrapper))
    print("and print", file=f)
with open(path) as f:
    print(f.read().splitlines())


class Lines(io.IOBase):
    def __init__(self):
        self.lines = [b"one\n", b"two\n"]

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b""


stream = Lines()
print(list(stream), stream.closed, stream.readable(), stream.writable(), stream.seekable())
for name in ["fileno", "seek", "tell", "truncate"]:
    attempt(name, getattr(stream, name))
attempt("checkReadable", stream._checkReadable)
stream.close()
print(stream.closed)
attempt("iter closed", lambda: iter(stream))
attempt("flush closed", stream.flush)
attempt("RawIOBase read", lambda: io.RawIOBase().read(2))
attempt("BufferedIOBase read", lambda: io.BufferedIOBase().read())
attempt("TextIOBase read", lambda: io.TextIOBase().read())
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)
for cls in [io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper, io.BytesIO,
            io.StringIO]:
    print(cls.__name__, cls.__module__, [base.__name__ for base in cls.__mro__[1:-1]])
print(issubclass(io.UnsupportedOperation, OSError), io.DEFAULT_BUFFER_SIZE, io.BlockingIOError is BlockingIOError)
print(_io.FileIO is io.FileIO, _io.open is io.open is open, io.text_encoding(None), io.text_encoding("utf-8"))

# detach() and reconfigure().
f = open(path, "rb")
print(f.read(2), repr(f.detach()).replace(DIR, "DIR"))
attempt("detached read", f.read)
attempt("detached repr", lambda: repr(f))
text = io.TextIOWrapper(io.BytesIO(b"caf\xe9\n"), encoding="ascii")
text.reconfigure(encoding="latin-1")
print(text.encoding, repr(text.read()))
attempt("reconfigure after read", lambda: text.reconfigure(encoding="utf-8"))
text.reconfigure(line_buffering=True)
print(text.line_buffering)
buffer = text.detach()
attempt("detached text", lambda: text.read())
print(type(buffer).__name__, buffer.getvalue())
with io.open_code(path) as f:
    print(repr(f).replace(DIR, "DIR"), f.read())

# The os functions for managing files.
print(os.path.exists(path), os.path.isfile(path), os.path.isdir(path), os.path.isdir(DIR), os.path.getsize(path))
print(os.path.join("a", "b", "c"), os.path.join("a/", "/abs", "c"), os.path.join(b"x", b"y"))
print(os.path.basename("/d/e/f.txt"), os.path.dirname("/d/e/f.txt"), os.path.dirname("f.txt"), os.sep, os.name)
moved = os.path.join(DIR, "moved.txt")
os.rename(path, moved)
print(os.path.exists(path), os.path.exists(moved))
sub = os.path.join(DIR, "sub")
os.mkdir(sub)
open(os.path.join(sub, "inside.txt"), "w").close()
print(sorted(os.listdir(DIR)), os.listdir(sub))
attempt("rmdir non-empty", lambda: os.rmdir(sub))
os.remove(os.path.join(sub, "inside.txt"))
os.rmdir(sub)
os.unlink(moved)
print(os.listdir(DIR), os.path.isdir(os.getcwd()), os.getpid() > 0)
os.rmdir(DIR)
print(os.path.exists(DIR), os.fspath("p"), os.strerror(2))
attempt("remove missing", lambda: os.remove(moved))
attempt("mkdir type", lambda: os.mkdir(5))
