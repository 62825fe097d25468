# Native loops over long or endless inputs poll for Ctrl-C every so many
# items; the results stay the same, and repeating nothing any number of
# times is instant.
print([] * 10**12, () * 10**12, '' * 10**12, b'' * 10**12)
x = []
x *= 10**12
print(x)
print(len([1, 2] * 3000), len((1, 2, 3) * 3000), len(b'ab' * 3000), len('xy' * 3000))
y = [1, 2]
y *= 1500
print(len(y), y[-3:])
print(sum(range(100000)), max(range(5000)), min(iter(range(1, 5000))))
print(any(v > 99990 for v in range(100000)), all(range(1, 5000)), any(iter(range(0, 0))))
print(4999 in iter(range(5000)), -1 in iter(range(5000)))
first, *rest = range(3000)
print(first, len(rest), rest[-1])
print(list(filter(lambda v: v % 1000 == 999, range(5000))))
print(len(set(range(3000))), len(dict.fromkeys(range(3000))), len(tuple(range(3000))))
print(len(''.join(str(v % 10) for v in range(5000))), len(b''.join(bytes([v % 256]) for v in range(5000))))
print(sorted(range(3000), reverse=True)[:3])
