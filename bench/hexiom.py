# Hot path: backtracking search with sets, lists, dicts and recursion: count every way to place numbered tiles on a hexagonal board so each tile shows how many neighbours it has.
import sys

DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))
EMPTY = -1


class Board:
    """The cells of a hexagon of the given radius, in axial coordinates, and who touches whom."""

    def __init__(self, radius):
        self.cells = []
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    self.cells.append((q, r))
        index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            around = [index[(q + dq, r + dr)] for dq, dr in DIRECTIONS if (q + dq, r + dr) in index]
            self.neighbours.append(around)


class Puzzle:
    """A bag of tiles (how many of each number, and how many holes) to lay on a board."""

    def __init__(self, board, occupied, reveal_every):
        self.board = board
        self.tiles = {}
        self.fixed = {}  # cell -> its number (or EMPTY) already shown on the board
        for cell in range(len(board.cells)):
            if cell in occupied:
                value = sum(1 for other in board.neighbours[cell] if other in occupied)
            else:
                value = EMPTY
            if cell % reveal_every == 0:
                self.fixed[cell] = value
            self.tiles[value] = self.tiles.get(value, 0) + 1
        self.holes = len(board.cells) - len(occupied)

    def describe(self):
        return " ".join("%dx%d" % (self.tiles[number], number)
                        for number in sorted(self.tiles) if number != EMPTY)


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.neighbours = puzzle.board.neighbours
        size = len(self.neighbours)
        # Fill the cells with many neighbours first: they constrain the most.
        free = [cell for cell in range(size) if cell not in puzzle.fixed]
        self.order = sorted(free, key=lambda cell: (-len(self.neighbours[cell]), cell))
        self.values = [None] * size
        self.unassigned = set(range(size))
        self.occupied = set()
        self.remaining = dict(puzzle.tiles)
        for cell, value in puzzle.fixed.items():
            self.place(cell, value)
            self.remaining[value] -= 1
        self.holes = self.remaining.pop(EMPTY, 0)
        self.nodes = 0
        self.solutions = 0
        self.first = None

    def consistent(self, cell):
        """Every placed tile at or next to `cell` can still see exactly its number."""
        for other in [cell] + self.neighbours[cell]:
            value = self.values[other]
            if value is None or value == EMPTY:
                continue
            touching = 0
            open_cells = 0
            for around in self.neighbours[other]:
                if around in self.occupied:
                    touching += 1
                elif around in self.unassigned:
                    open_cells += 1
            if touching > value or touching + open_cells < value:
                return False
        return True

    def place(self, cell, value):
        self.values[cell] = value
        self.unassigned.discard(cell)
        if value != EMPTY:
            self.occupied.add(cell)

    def lift(self, cell):
        if self.values[cell] != EMPTY:
            self.occupied.discard(cell)
        self.values[cell] = None
        self.unassigned.add(cell)

    def search(self, depth=0):
        self.nodes += 1
        if depth == len(self.order):
            self.solutions += 1
            if self.first is None:
                self.first = list(self.values)
            return
        cell = self.order[depth]
        if self.holes > 0:
            self.holes -= 1
            self.place(cell, EMPTY)
            if self.consistent(cell):
                self.search(depth + 1)
            self.lift(cell)
            self.holes += 1
        for number in sorted(self.remaining):
            if self.remaining[number] == 0 or number > len(self.neighbours[cell]):
                continue
            self.remaining[number] -= 1
            self.place(cell, number)
            if self.consistent(cell):
                self.search(depth + 1)
            self.lift(cell)
            self.remaining[number] += 1


def random_occupancy(size, seed, percent):
    occupied = set()
    for cell in range(size):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        if (seed >> 8) % 100 < percent:
            occupied.add(cell)
    return occupied, seed


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    board = Board(3)
    total_nodes = 0
    for _ in range(scale):
        seed = 12345
        reports = []
        for number in range(5):
            occupied, seed = random_occupancy(len(board.cells), seed, 75)
            puzzle = Puzzle(board, occupied, 3)
            solver = Solver(puzzle)
            solver.search()
            total_nodes += solver.nodes
            layout = "".join("." if value == EMPTY else str(value) for value in solver.first)
            reports.append("puzzle %d: tiles %s, holes %d: %d solutions, first %s" %
                           (number, puzzle.describe(), puzzle.holes, solver.solutions, layout))
    print("\n".join(reports))
    print("search nodes:", total_nodes)


main()
