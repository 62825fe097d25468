# Operations between a huge int and a small one (which read the huge one
# in place rather than copying it): results as CPython's, for both signs,
# either order, and bools as operands.
big = 1 << 100000
values = [big, -big, big - 1, -(big - 1), big + 12345, 3 ** 5000, -(3 ** 5000)]
smalls = [0, 1, -1, 5, -7, 2 ** 62, -(2 ** 62), True, False]
lines = []
for x in values:
    for y in smalls:
        row = (x == y, x != y, x < y, x <= y, x > y, x >= y, y < x, y == x,
               (x & y) % 1000003, (x | y) % 1000003, (x ^ y) % 1000003, (y & x) % 1000003,
               (x + y) % 1000003, (x - y) % 1000003, (y - x) % 1000003, (x * y) % 1000003)
        lines.append(row)
for row in lines[:5]:
    print(row)
print(hash(tuple(lines)) == hash(tuple(lines)), len(lines))
print(sum(sum(int(v) for v in row) for row in lines))
print(big & 1, (big + 1) & 1, -big & 255, (-big - 1) & 255, big > 5, -big < -5, big == big + 0)
print(big > 1e300, -big < -1e300, (1 << 60) == 2.0 ** 60, (1 << 1100) > float("inf"), (1 << 1100) < float("inf"))
print(x % 2, (3 ** 5000) % 7, divmod(big, 97)[1], big // (big - 1))
