# Slicing with steps too large for 64 bits (clamped, as CPython's) on every
# sequence type: reading, assigning, deleting, and memoryview strides.
import array
big = 2 ** 70
seqs = [b"abcdefghi", bytearray(b"abcdefghi"), array.array("b", range(9)), "abcdefghi", "abcdéfghi", tuple(range(9)), list(range(9))]
for s in seqs:
    for a in [None, 0, 3, 8, -1, -9]:
        for c in [big, -big, 5, -5]:
            r = s[a::c]
            print(type(s).__name__, a, c, r if not isinstance(r, memoryview) else r.tolist())
    m = memoryview(b"abcdefghi")
    print(m[3::big].tobytes(), m[3::-big].tobytes(), m[::big][::big].tobytes())
for s in [bytearray(b"abcdefghi"), array.array("b", range(9)), list(range(9))]:
    t = s[:]
    t[3::big] = t[3::big]
    t[5::-big] = t[5::-big]
    del t[4::big]
    print(t)
mv = memoryview(bytearray(b"abcdefghi"))
mv[3::big] = b"Z"
print(mv.tobytes())
print(memoryview(b"abcdefghi")[3::5].strides, memoryview(b"abcdefghi")[3::big].strides)
