# Constant folding: every operator on constants gives what it gives at run
# time; what raises still raises, where the expression is.
import traceback

print(2 * 3 + 1, 7 // 2, 7 % 3, 2 ** 10, 2 ** -1, 1 << 70, -8 >> 1, 6 & 3, 6 | 3, 6 ^ 3)
print(-(5), +(-2.5), ~7, not 0, not "x", not (), -True, ~False)
print("ab" * 3, b"xy" + b"z", (1, 2) + (3,), (0,) * 3, 3 * "q")
print("abc"[1], "abc"[-1], b"abc"[0], (4, 5, 6)[2])
print(1.5 * 2, 7 / 2, 2 ** 0.5, (1 + 2j) * 1j, 10 ** 20)
print(len("x" * 5000), len((1,) * 300), (2 ** 200).bit_length(), (1 << 200).bit_length())
print("%s-%d" % ("a", 3), True + True, (1, (2, 3))[1][0])

def raises(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, "at line", traceback.extract_tb(e.__traceback__)[-1].lineno)

raises(lambda: 1 / 0)
raises(lambda: 1 // 0)
raises(lambda: 1 % 0)
raises(lambda: "abc"[5])
raises(lambda: (1, 2)[2])
raises(lambda: 1 << -1)
raises(lambda: 10.0 ** 400)
raises(lambda: "a" + 1)
raises(lambda: -"a")
raises(lambda: (1,
                2)[3])

def identity_of_folded():
    a = 2 ** 8
    b = 256
    return a == b, type(a).__name__

print(identity_of_folded())
