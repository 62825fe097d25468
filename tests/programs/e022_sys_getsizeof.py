import sys
for v in [0, 1, 2**30, 2**60, -5, True, 1.5, None, '', 'abc', 'é', 'ā', '😀', b'', b'abc', (), (1,2), [], [1,2,3], {}, {1:2}, {'a': 1}, set(), {1,2}, bytearray(b'ab'), bytearray(), 1j, range(3), 2**100]:
    print(repr(v), sys.getsizeof(v))
class C: pass
print(sys.getsizeof(C()))
class S:
    def __sizeof__(self): return 100
print(sys.getsizeof(S()))
class N:
    def __sizeof__(self): return -1
try: sys.getsizeof(N())
except ValueError as e: print(e)
print(sys.getsizeof(S(), 5))
class T:
    def __sizeof__(self): raise TypeError("no")
print(sys.getsizeof(T(), "default"))
print(sys.getsizeof({i: i for i in range(3)}), sys.getsizeof(list(range(10))) >= 56 + 80)
