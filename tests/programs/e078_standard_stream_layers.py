# sys.stdout.buffer and sys.stdin.buffer: the binary layers under the text
# streams, writing and reading the same bytes in order.
import sys

sys.stdout.write("text, then ")
sys.stdout.flush()  # CPython's text layer may hold it back otherwise
print(sys.stdout.buffer.write(b"bytes\n"), sys.stdout.buffer.write(bytearray(b"more\n")))
print("and text again")
sys.stdout.flush()
sys.stdout.buffer.write(memoryview(b"a view\n"))
sys.stdout.buffer.flush()
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.name, sys.stdin.buffer.name)
print(sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.closed, sys.stdout.buffer.closed, sys.stdout.line_buffering, sys.stdout.newlines)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.readable(), sys.stdout.writable(), sys.stdout.seekable())
print(sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno(), sys.stdin.buffer.fileno())
print(repr(sys.stdin.read(5)), repr(sys.stdin.readline()), sys.stdin.buffer.read(), sys.stdin.buffer.readline(3))
print(sys.stdin.buffer.readlines(), list(sys.stdin.buffer))
for bad in ("text", 5):
    try:
        sys.stdout.buffer.write(bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    sys.stdin.read("x")
except TypeError as error:
    print("TypeError:", error)
