# Hot path: a Dhrystone-style synthetic mix: record objects and their copies, global variables updated by small procedures, integer arithmetic, character and string comparisons, a 1-D and a 2-D array.
import sys

RED, GREEN, BLUE, CYAN, GREY = range(5)
ARRAY_SIZE = 40


class Record:
    """A node of the chain the procedures pass around and copy."""

    def __init__(self, link=None, colour=RED, count=0, weight=0, label=""):
        self.link = link
        self.colour = colour
        self.count = count
        self.weight = weight
        self.label = label

    def copy(self):
        return Record(self.link, self.colour, self.count, self.weight, self.label)


# The program state the procedures share, as Dhrystone's globals do.
ticks = 0
switch = False
first_letter = "A"
second_letter = "B"
row = [0] * ARRAY_SIZE
matrix = [[0] * ARRAY_SIZE for _ in range(ARRAY_SIZE)]
chain = None


def next_colour(colour, step):
    if colour == GREY:
        return RED
    if step > 2:
        return GREY if colour == CYAN else colour + 1
    return colour


def advance(amount):
    """Bumps the global tick counter and reports whether it is now even."""
    global ticks
    ticks += amount
    return ticks & 1 == 0


def letter_match(a, b):
    global first_letter
    if a != b:
        return RED
    first_letter = a
    return GREEN


def later_text(left, right):
    """Walks both texts to the first difference; true when left sorts after right there."""
    global switch
    index = 0
    while index < len(left) and index < len(right) and left[index] == right[index]:
        index += 1
    if index == len(left) or index == len(right):
        switch = len(left) > len(right)
        return switch
    letter = left[index]
    if "W" <= letter <= "Z":
        index += 7
    if letter == "R":
        return True
    switch = left[index:] > right[index:]
    return switch


def store_row(first, second):
    """Writes into the row and the matrix around index `first`, Proc_8-fashion."""
    global second_letter
    base = first % (ARRAY_SIZE - 8) + 2
    row[base] = second
    row[base + 1] = row[base]
    row[base + 5] = base
    line = matrix[base]
    for column in range(base, base + 3):
        line[column] = base
    line[base - 1] += 1
    matrix[base + 5][base] = row[base] + first
    second_letter = chr(ord("A") + base % 26)


def prepare(record, counter):
    """Fills a copy of the chain's head from the record, like Proc_1."""
    successor = record.link
    successor_copy = successor.copy()
    record.count = 5
    successor_copy.count = record.count
    successor_copy.link = successor.link  # the copy takes the successor's place in the ring
    successor_copy.colour = next_colour(record.colour, counter % 5)
    if successor_copy.colour == RED:
        successor_copy.count = 6
        successor_copy.weight = (successor_copy.count + counter) % 1000
    else:
        record.link = successor_copy
        record.weight = successor_copy.weight + 7
    return successor_copy


def mix(counter):
    """One iteration of the benchmark's main loop: returns a small integer outcome."""
    global chain, switch
    label_one = "PYVM SYNTHETIC TEXT, FIRST"
    label_two = "PYVM SYNTHETIC TEXT, %dND" % (counter % 10)
    left = 2
    right = 3
    colour = letter_match("A", first_letter)
    switch = not later_text(label_one, label_two)
    while left < right:
        product = 5 * left - right
        left += 1
        store_row(product, left)
    record = prepare(chain, counter)
    chain.label = label_two if switch else label_one
    letter = "A"
    while letter <= second_letter:
        if letter_match(letter, "C") == colour:
            colour = next_colour(colour, 3)
        letter = chr(ord(letter) + 1)
    middle = left * right
    right = middle // left
    right = 7 * (middle - right) - left
    advance(right)
    return record.count + record.weight + colour + right


def main():
    global chain
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    iterations = 300000 * scale
    tail = Record(None, GREEN, 0, 40, "TAIL RECORD")
    chain = Record(tail, BLUE, 0, 17, "HEAD RECORD")
    tail.link = chain
    total = 0
    for counter in range(iterations):
        total = (total * 3 + mix(counter)) % 1000000007
    print("checksum:", total)
    print("ticks:", ticks, "switch:", switch, "letters:", first_letter + second_letter)
    print("row sum:", sum(row), "matrix sum:", sum(sum(line) for line in matrix))
    print("chain:", chain.colour, chain.count, chain.weight, chain.label)


main()
