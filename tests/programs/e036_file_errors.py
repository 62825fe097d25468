# What open() refuses, with CPython's exceptions and messages: missing
# files, directories, 'x' on an existing file, bad modes and arguments,
# unknown encodings; and OSError itself: the errno picks the subclass,
# errno/strerror/filename/filename2, str() and args.
import errno
import io
import os

DIR = "e036_tmp_%d" % os.getpid()
os.mkdir(DIR)
path = os.path.join(DIR, "exists.txt")


def attempt(label, action):
    try:
        result = action()
        print(label, "->", repr(result).replace(DIR, "DIR"))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", str(e).replace(DIR, "DIR"))
        return e


try:
    with open(path, "w") as f:
        f.write("x")
    missing = os.path.join(DIR, "missing.txt")
    e = attempt("missing", lambda: open(missing))
    print(type(e).__mro__[:3], e.errno == errno.ENOENT, e.strerror, e.filename == missing, e.filename2, e.args)
    attempt("missing bytes", lambda: open(missing.encode()))
    attempt("missing write dir", lambda: open(os.path.join(DIR, "no", "such", "file.txt"), "w"))
    attempt("directory", lambda: open(DIR))
    attempt("directory write", lambda: open(DIR, "w"))
    attempt("not a directory", lambda: open(os.path.join(path, "inside")))
    attempt("exists", lambda: open(path, "x"))
    attempt("empty name", lambda: open(""))
    attempt("nul", lambda: open("a\0b"))
    for mode in ["rw", "rr", "r+w", "wa", "rbt", "U", "rU", "q", "", "b", "+", "t", "r++", "ab+", "br", "tr"]:
        attempt("mode %r" % mode, lambda: open(path, mode).close())
    attempt("mode type", lambda: open(path, 1))
    attempt("file type", lambda: open([]))
    attempt("file float", lambda: open(1.5))
    attempt("negative fd", lambda: open(-1))
    attempt("bad fd", lambda: open(9999))
    attempt("encoding in binary", lambda: open(path, "rb", encoding="utf-8"))
    attempt("errors in binary", lambda: open(path, "rb", errors="strict"))
    attempt("newline in binary", lambda: open(path, "rb", newline=""))
    attempt("unbuffered text", lambda: open(path, "r", buffering=0))
    attempt("buffering type", lambda: open(path, buffering="big"))
    attempt("unknown encoding", lambda: open(path, encoding="foo"))
    attempt("encoding type", lambda: open(path, encoding=8))
    attempt("errors type", lambda: open(path, errors=8))
    attempt("bad newline", lambda: open(path, newline="x"))
    attempt("newline type", lambda: open(path, newline=8))
    attempt("closefd with a name", lambda: open(path, closefd=False))
    attempt("keyword", lambda: open(path, bogus=1))
    attempt("too many", lambda: open(path, "r", -1, None, None, None, True, None, 9))
    attempt("no file", lambda: open())
    attempt("opener", lambda: open(path, opener=lambda name, flags: os.open(name, flags)).read())
    attempt("opener negative", lambda: open(path, opener=lambda name, flags: -1))
    attempt("opener str", lambda: open(path, opener=lambda name, flags: "3"))
    attempt("io.FileIO mode", lambda: io.FileIO(path, "rt"))
    attempt("io.FileIO mode 2", lambda: io.FileIO(path, "rw"))
    attempt("BufferedReader size", lambda: io.BufferedReader(io.FileIO(path), 0))
    attempt("BufferedReader on writer", lambda: io.BufferedReader(io.FileIO(path, "w")))
    attempt("BufferedWriter on reader", lambda: io.BufferedWriter(io.FileIO(path)))

    # OSError picks its subclass from the errno, as CPython's does.
    for number in [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM,
                   errno.EINTR, errno.ETIMEDOUT, errno.ECHILD, errno.ESRCH, errno.EPIPE, errno.ESHUTDOWN,
                   errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EAGAIN, errno.EINPROGRESS,
                   errno.EALREADY, errno.ENOSPC, 12345]:
        e = OSError(number, os.strerror(number) if number != 12345 else "made up", "file.txt")
        print(number, type(e).__name__, str(e))
    e = OSError(2, "No such file or directory", "old.txt", None, "new.txt")
    print(repr(e), str(e), e.args, e.filename, e.filename2)
    print(str(OSError(2, "text", None, None, "second")), OSError(2, "text", None, None, "second").args)
    print(repr(OSError("just a message")), str(OSError(5)), OSError(5).errno, str(OSError()), OSError(1, 2, 3, 4, 5, 6).args)
    print(type(OSError("2", "x")).__name__, OSError("2", "x").errno, type(FileNotFoundError(13, "x")).__name__)
    print(IOError is OSError, EnvironmentError is OSError, BlockingIOError(11, "busy", 3).characters_written)
    e = OSError(2, "No such file or directory", "f")
    e.errno = 99
    print(str(e))
    attempt("keywords", lambda: OSError(errno=2))
    attempt("rename", lambda: os.rename(missing, os.path.join(DIR, "other.txt")))
    attempt("remove", lambda: os.remove(missing))
    attempt("rmdir file", lambda: os.rmdir(path))
    attempt("mkdir exists", lambda: os.mkdir(DIR))
    attempt("listdir missing", lambda: os.listdir(missing))
    try:
        open(missing)
    except FileNotFoundError as e:
        print("caught FileNotFoundError", e.errno)
    try:
        open(missing)
    except OSError as e:
        print("caught as OSError:", type(e).__name__)
finally:
    for name in sorted(os.listdir(DIR)):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
