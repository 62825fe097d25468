# Right shifts by counts beyond 2**26 bits: a number may be longer than that, so
# only a count past its own length leaves 0 (or -1 below zero).
for a in (0, 1, -1, 5, -5, 2**70, -2**70, 2**70 + 3, -(2**70) - 3):
    print([a >> k for k in (0, 1, 63, 64, 69, 70, 71, 200, 10**20)])
x = (1 << 2**27) + 12345
print((x >> (2**27 - 3)), (-x) >> (2**27 - 3), x >> 2**27, (-x) >> 2**27, x >> (2**27 + 1), (-x) >> (2**27 + 1))
