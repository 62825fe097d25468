# A generator that yields on GeneratorExit: CPython reports
# "RuntimeError: generator ignored GeneratorExit" and goes on.
import sys
class Capture:
    def __init__(self): self.parts = []
    def write(self, text): self.parts.append(text)
    def flush(self): pass
def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")
        yield 2
cap = Capture()
sys.stderr = cap
s = stubborn(); next(s); del s
sys.stderr = sys.__stderr__
text = "".join(cap.parts)
lines = text.splitlines()
print(lines[0].startswith("Exception ignored in: <generator object stubborn at 0x"))
print(lines[-1])
print("end")
