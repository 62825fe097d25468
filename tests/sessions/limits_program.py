# Used by the limit_* sessions: prints, then does what argv[1] says forever.
import sys

print("started")
if sys.argv[1] == "loop":
    n = 0
    while True:
        try:
            n += 1
        except BaseException:
            print("a handler caught the limit")
elif sys.argv[1] == "allocate":
    chunks = []
    try:
        while True:
            chunks.append("x" * 100000)
    except MemoryError:
        chunks.clear()
        print("caught MemoryError and went on")
    chunks = []
    while True:
        chunks.append([0] * 10000)
