# Hot path: many small objects with float attributes: create points, normalize them (sqrt, division), fold them with a maximum, all through attribute loads and stores.
import math
import sys


class Point:
    def __init__(self, seed):
        # Coordinates from a cheap deterministic mix of the seed, in [-1, 1).
        self.x = ((seed * 7919) % 2003) / 1001.5 - 1.0
        self.y = ((seed * 104729) % 1999) / 999.5 - 1.0
        self.z = ((seed * 1299709) % 2011) / 1005.5 - 1.0 + 1e-3

    def __repr__(self):
        return "Point(%.6f, %.6f, %.6f)" % (self.x, self.y, self.z)

    def normalize(self):
        length = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x = self.x / length
        self.y = self.y / length
        self.z = self.z / length

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def scale(self, factor):
        self.x *= factor
        self.y *= factor
        self.z *= factor


def maximize(points):
    best = points[0]
    for point in points[1:]:
        best.maximize(point)
    return best


def run(count, offset):
    points = [Point(offset + i) for i in range(count)]
    for point in points:
        point.normalize()
    total = 0.0
    for point in points:
        point.scale(0.5)
        total += point.x - point.y + point.z
    return maximize(points), total


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    grand_total = 0.0
    for round_number in range(40 * scale):
        best, total = run(40000, round_number * 40000)
        grand_total += total
    print(best)
    print("sum: %.6f" % grand_total)


main()
