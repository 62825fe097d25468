# sys.hash_info describes the numeric hash: equal numbers of different
# types hash alike, reduced modulo a Mersenne prime.
import sys

info = sys.hash_info
print(type(info).__name__, len(info), info.width, info.modulus == 2 ** 61 - 1, info.inf, info.nan,
      info.imag, info.algorithm, info.hash_bits, info.seed_bits, info.cutoff)
print(info)
print(info[1] == info.modulus, tuple(info)[:5])
M = info.modulus
for n in [0, 1, -1, M - 1, M, M + 1, 2 ** 64, -2 ** 64, 10 ** 30, -(10 ** 30) - 7]:
    # Integer hashes are the value modulo M, with the sign kept and -1 -> -2.
    expected = (abs(n) % M) * (-1 if n < 0 else 1)
    if expected == -1:
        expected = -2
    print(n, hash(n) == expected)
for x in [0.5, -0.5, 1.25, 1e300, 2.0 ** -70, 3.0]:
    # A float m / 2**k hashes as m times the inverse of 2**k modulo M.
    m, d = x.as_integer_ratio()
    expected = (abs(m) * pow(d, -1, M)) % M * (-1 if x < 0 else 1)
    print(x, hash(x) == expected)
print(hash(float("inf")) == info.inf, hash(float("-inf")) == -info.inf)
print(hash(complex(1, 2)) == hash(1) + info.imag * hash(2))
