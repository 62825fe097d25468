# io.StringIO and io.BytesIO: reading, writing, seeking past the end,
# truncating, iterating, StringIO's newline translation, BytesIO's
# getbuffer() (a view that pins its size), and their closed-file errors.
import io


def attempt(label, action):
    try:
        print(label, "->", repr(action()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


s = io.StringIO("héllo\nwörld\nlast")
print(s.read(3), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()), s.tell())
print(s.seek(0), list(s), s.seek(0, 2), s.write("!"), s.getvalue())
print(s.seek(20), s.write("far"), repr(s.getvalue()), s.tell())
print(s.truncate(5), s.tell(), repr(s.getvalue()), s.seek(0), s.truncate(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors, s.newlines, s.closed)
attempt("write bytes", lambda: s.write(b"x"))
attempt("seek negative", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("seek whence", lambda: s.seek(0, 5))
attempt("seek float", lambda: s.seek(1.5))
attempt("truncate negative", lambda: s.truncate(-1))
attempt("readline str", lambda: s.readline("x"))
attempt("fileno", lambda: s.fileno())
for newline in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\nd", newline=newline)
    print(repr(newline), repr(t.getvalue()), t.readlines(), t.newlines, t.write("x\ny"), repr(t.getvalue()))
attempt("newline value", lambda: io.StringIO("", newline="x"))
attempt("newline type", lambda: io.StringIO("", newline=5))
attempt("initial type", lambda: io.StringIO(b"bytes"))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO().read()))
with io.StringIO() as out:
    print("printed", 42, file=out)
    out.writelines(["a", "b\n"])
    print(repr(out.getvalue()))
for name, action in [("read", lambda: out.read()), ("write", lambda: out.write("x")),
                     ("getvalue", lambda: out.getvalue()), ("tell", lambda: out.tell()),
                     ("flush", lambda: out.flush()), ("iter", lambda: iter(out)),
                     ("newlines", lambda: out.newlines), ("closed", lambda: out.closed)]:
    attempt(name, action)

b = io.BytesIO(b"hello\nbinary\nworld")
print(b.read(5), b.tell(), b.readline(), b.read1(3), b.readlines(), b.read(), b.tell())
print(b.seek(-5, 2), b.read(), b.seek(-100, 1), b.seek(3, 1), b.read(2))
print(b.seek(25), b.write(b"far"), b.getvalue(), b.tell())
print(b.truncate(6), b.getvalue(), b.seek(0), list(b), b.seek(0), b.readlines(3))
buffer = bytearray(4)
print(b.seek(0), b.readinto(buffer), buffer, b.readinto(memoryview(buffer)[1:]), buffer)
print(b.write(bytearray(b"AB")), b.write(memoryview(b"CD")), b.writelines([b"E", b"F"]), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush())
attempt("write str", lambda: b.write("x"))
attempt("seek negative", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 3))
attempt("truncate negative", lambda: b.truncate(-1))
attempt("read str", lambda: b.read("x"))
attempt("fileno", lambda: b.fileno())
attempt("initial str", lambda: io.BytesIO("text"))
view = b.getbuffer()
print(len(view), bytes(view[:3]))
view[0] = ord("Z")
attempt("write while exported", lambda: b.write(b"x"))
attempt("truncate while exported", lambda: b.truncate(1))
attempt("close while exported", lambda: b.close())
view.release()
print(b.getvalue()[:3], b.write(b"!"))
b.close()
for name, action in [("read", lambda: b.read()), ("write", lambda: b.write(b"x")),
                     ("getvalue", lambda: b.getvalue()), ("seek", lambda: b.seek(0)),
                     ("next", lambda: next(b)), ("getbuffer", lambda: b.getbuffer())]:
    attempt(name, action)

# A text layer over an in-memory binary stream.
raw = io.BytesIO("línea uno\r\nlínea dos\r\n".encode("utf-8"))
text = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(text), text.readlines(), repr(text.newlines), text.tell())
text = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", newline="\r\n", write_through=True)
print(text.write("a\nñ\n"), text.buffer.getvalue(), text.tell(), text.seek(0), repr(text.read()))
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
