# Hot path: float arithmetic on object attributes: B-splines evaluated by de Boor's recursion drive a chaos game whose points land in a grid.
import math
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def lerp(self, other, t):
        """The point a fraction t of the way from self to other."""
        return Point(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)

    def distance(self, other):
        dx = other.x - self.x
        dy = other.y - self.y
        return math.sqrt(dx * dx + dy * dy)


class Spline:
    """A clamped uniform B-spline of some degree through its control points."""

    def __init__(self, controls, degree=3):
        self.controls = controls
        self.degree = degree
        inner = len(controls) - degree
        self.knots = [0.0] * degree + [i / inner for i in range(inner + 1)] + [1.0] * degree

    def span(self, u):
        """The knot interval [knots[k], knots[k+1]) that holds u."""
        last = len(self.controls) - 1
        if u >= self.knots[last + 1]:
            return last
        low = self.degree
        high = last + 1
        while high - low > 1:
            middle = (low + high) // 2
            if u < self.knots[middle]:
                high = middle
            else:
                low = middle
        return low

    def at(self, u):
        """de Boor's algorithm: repeated interpolation of the active control points."""
        k = self.span(u)
        p = self.degree
        knots = self.knots
        points = [self.controls[j] for j in range(k - p, k + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                right = knots[j + 1 + k - r]
                alpha = (u - left) / (right - left)
                points[j] = points[j - 1].lerp(points[j], alpha)
        return points[p]

    def length(self, steps=64):
        total = 0.0
        previous = self.at(0.0)
        for i in range(1, steps + 1):
            current = self.at(i / steps)
            total += previous.distance(current)
            previous = current
        return total


class Random:
    """A 31-bit linear congruential generator, so both interpreters draw the same numbers."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class ChaosGame:
    """Each step maps the point (u, v) of the unit square onto a band along one spline."""

    def __init__(self, splines, thickness, width, height):
        self.splines = splines
        self.thickness = thickness
        self.width = width
        self.height = height
        lengths = [spline.length() for spline in splines]
        total = sum(lengths)
        self.cumulative = []
        running = 0.0
        for length in lengths:
            running += length
            self.cumulative.append(running / total)
        self.min_x, self.max_x, self.min_y, self.max_y = self.bounds()
        self.grid = [[0] * width for _ in range(height)]

    def bounds(self):
        xs = []
        ys = []
        for spline in self.splines:
            for point in spline.controls:
                xs.append(point.x)
                ys.append(point.y)
        margin = self.thickness
        return min(xs) - margin, max(xs) + margin, min(ys) - margin, max(ys) + margin

    def choose(self, r):
        for index, limit in enumerate(self.cumulative):
            if r <= limit:
                return self.splines[index]
        return self.splines[-1]

    def transform(self, spline, u, v):
        # The band's direction at u: the chord over a small interval around it.
        start = spline.at(max(u - 0.005, 0.0))
        end = spline.at(min(u + 0.005, 1.0))
        dx = end.x - start.x
        dy = end.y - start.y
        norm = math.sqrt(dx * dx + dy * dy) or 1.0
        offset = (v - 0.5) * self.thickness
        return Point(start.x - dy / norm * offset, start.y + dx / norm * offset)

    def unit(self, point):
        u = (point.x - self.min_x) / (self.max_x - self.min_x)
        v = (point.y - self.min_y) / (self.max_y - self.min_y)
        return min(max(u, 0.0), 1.0), min(max(v, 0.0), 1.0)

    def play(self, steps, random):
        u, v = 0.5, 0.5
        for step in range(steps):
            spline = self.choose(random.next_float())
            point = self.transform(spline, u, v)
            u, v = self.unit(point)
            if step >= 20:
                column = min(int(u * self.width), self.width - 1)
                row = min(int(v * self.height), self.height - 1)
                self.grid[row][column] += 1

    def checksum(self):
        filled = 0
        weighted = 0
        for row_index, row in enumerate(self.grid):
            for column_index, count in enumerate(row):
                if count:
                    filled += 1
                    weighted = (weighted * 31 + count * (row_index + 1) + column_index) % 1000000007
        return filled, weighted


def make_splines():
    shapes = [
        [(0.0, 0.0), (0.2, 0.6), (0.5, 0.9), (0.8, 0.6), (1.0, 0.0)],
        [(0.1, 0.9), (0.4, 0.4), (0.6, 0.5), (0.9, 0.1)],
        [(0.0, 0.5), (0.3, 0.2), (0.5, 0.8), (0.7, 0.2), (1.0, 0.5), (0.8, 0.9)],
    ]
    return [Spline([Point(x, y) for x, y in shape]) for shape in shapes]


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    game = ChaosGame(make_splines(), 0.08, 64, 64)
    game.play(170000 * scale, Random(2026))
    filled, weighted = game.checksum()
    print("cells filled:", filled)
    print("grid checksum:", weighted)
    print("spline lengths:", " ".join("%.6f" % spline.length() for spline in game.splines))


main()
