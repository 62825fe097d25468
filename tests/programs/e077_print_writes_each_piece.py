# print() to a file object calls its write() once per piece, as CPython:
# each argument, each separator, the end.
import sys, io
class W:
    def __init__(self): self.calls = []
    def write(self, s): self.calls.append(s)
w = W()
print('hi', 1, 2.5, sep='', end='!', file=w)
print(file=w)
print('a', 'b', file=w)
print(w.calls)
buf = io.StringIO()
print('x', 'y', sep='-', file=buf)
print(repr(buf.getvalue()))
