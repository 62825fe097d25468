# Indexing, slicing and searching long non-ASCII strings: positions are code
# points, whatever the UTF-8 width of the characters (1 to 4 bytes), at the
# boundaries of the string's internal index too.
import random

random.seed(12)
alphabet = "aé€𝄞zЖ中😀 "
s = "".join(random.choice(alphabet) for _ in range(5000))
cps = [ord(c) for c in s]
print(len(s), len(s.encode()))

# every position, forwards and backwards, checked against the code points
print(all(ord(s[i]) == cps[i] for i in range(len(s))))
print(all(ord(s[-i]) == cps[-i] for i in range(1, len(s) + 1)))
for i in (0, 1, 62, 63, 64, 65, 127, 128, 129, 4991, 4992, 4999, -1, -64, -65, -5000):
    print(i, hex(ord(s[i])))
for bad in (5000, -5001, 10**20):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)

# slices with every kind of step, checked against the list of code points
def check_slice(a, b, c):
    got = s[a:b:c]
    want = "".join(chr(x) for x in cps[a:b:c])
    return got == want and len(got) == len(want)

bounds = [None, 0, 1, 63, 64, 65, 100, 2500, 4999, 5000, 6000, -1, -63, -64, -65, -4999, -7000]
steps = [None, 1, 2, 3, 63, 64, 65, 1000, -1, -2, -63, -64, -65, -1000]
print(all(check_slice(a, b, c) for a in bounds for b in bounds for c in steps))
print(s[64:64] == "", s[100:10] == "", s[10:100:-1] == "", s[::-1][::-1] == s)
print(s[4990:], ascii(s[4990:]))
print(ascii(s[-3::-7][:12]))
for _ in range(300):
    a, b = random.randrange(-5100, 5100), random.randrange(-5100, 5100)
    c = random.choice([1, 2, 5, 77, -1, -3, -70, None])
    if not check_slice(a, b, c):
        print("slice mismatch", a, b, c)

# searching with start/end, results as code-point positions
needles = ["€", "😀", "中Ж", "zé", "a", "𝄞😀", "nothing"]
def positions(n, start=0, end=None):
    return s.find(n, start, end), s.rfind(n, start, end), s.count(n, start, end)
for n in needles:
    print(ascii(n), positions(n), positions(n, 64), positions(n, -65, -1), positions(n, 1000, 1200))
ok = True
for _ in range(500):
    n = random.choice(needles[:-1])
    a, b = random.randrange(-5100, 5100), random.randrange(-5100, 5100)
    f = s.find(n, a, b)
    lo, hi, _ = slice(a, b).indices(len(s))
    want = s[lo:hi].find(n) if lo <= hi else -1
    if want != -1:
        want += lo
    if f != want:
        ok = False
        print("find mismatch", ascii(n), a, b, f, want)
    r = s.rfind(n, a, b)
    want = s[lo:hi].rfind(n) if lo <= hi else -1
    if want != -1:
        want += lo
    if r != want:
        ok = False
        print("rfind mismatch", ascii(n), a, b, r, want)
print("find/rfind ok", ok)
i = s.index("😀", 3000)
print(i, s[i] == "😀", s.rindex("€", 0, 4000))
try:
    s.index("nothing", 10)
except ValueError as e:
    print("ValueError", e)
for a in (0, 63, 64, 65, 4999):
    print(a, s.startswith(s[a:a + 3], a), s.endswith(s[a - 2:a] if a >= 2 else "", 0, a),
          s.startswith(("x", s[a]), a), s.endswith(s[a], a, a + 1))

# contains, split, partition and iteration on the long string
print("中Ж" in s, "€€€€€€" in s, s[2000:2010] in s)
parts = s.split("€")
print(len(parts), sum(len(p) for p in parts) + len(parts) - 1 == len(s))
head, sep, tail = s.partition("😀")
print(len(head), ascii(sep), len(tail), s.index("😀") == len(head))
print(sum(1 for _ in s) == len(s), "".join(reversed(s)) == s[::-1])
it = iter(s)
print(ascii(next(it)), ascii(next(it)))

# a string built by concatenation and repetition indexes like a literal
t = "ab" + "ж" * 100 + "😀" * 100 + "cd"
print(len(t), ascii(t[1]), ascii(t[101]), ascii(t[102]), ascii(t[201]), ascii(t[202]), ascii(t[-1]))
print(ascii(t[95:110]), ascii(t[::37]), t.find("😀"), t.find("cd"), t.rfind("ж", 0, 50))
u = ("é" * 63) + "x"
print(len(u), u[63], u.find("x"), u[62:], ascii(u[::-21]))
short = "ñandú"
print(short[4], short[1:3], short[::-1], short.find("d", 2), short[5:])
