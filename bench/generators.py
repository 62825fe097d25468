# Hot path: generators delegating with `yield from`: recursive tree walks, flattening nested lists, a pipeline of stages, and return values passed back through `yield from`.
import sys


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def build_tree(low, high):
    """A balanced binary search tree holding the keys low..high-1."""
    if low >= high:
        return None
    middle = (low + high) // 2
    return Node(middle, build_tree(low, middle), build_tree(middle + 1, high))


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def nested(depth, width, start):
    """Lists nested `depth` deep, `width` wide, holding consecutive integers."""
    if depth == 0:
        return list(range(start, start + width))
    step = width ** depth
    return [nested(depth - 1, width, start + i * step) for i in range(width)]


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def numbers(count):
    yield from range(count)


def keep_odd(source):
    for value in source:
        if value & 1:
            yield value


def squared(source):
    for value in source:
        yield value * value


def wrapped(source, layers):
    """`layers` generators each delegating to the next: the cost of a deep `yield from` chain."""
    if layers == 0:
        yield from source
    else:
        yield from wrapped(source, layers - 1)


def summing(source):
    """A sub-generator that yields running totals and returns the final one."""
    total = 0
    for value in source:
        total += value
        yield total
    return total


def totals_of_chunks(chunks):
    grand = 0
    for chunk in chunks:
        last = yield from summing(chunk)
        grand += last
    return grand


def collect(generator):
    """Drains a generator, returning the count of values and what it returned."""
    count = 0
    while True:
        try:
            next(generator)
        except StopIteration as stop:
            return count, stop.value
        count += 1


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    tree = build_tree(0, 4096)
    tree_sum = 0
    flat_sum = 0
    pipe_sum = 0
    chunk_total = 0
    values_seen = 0
    for round_number in range(190 * scale):
        tree_sum += sum(in_order(tree))
        flat_sum += sum(flatten(nested(4, 6, round_number)))
        pipe_sum += sum(squared(keep_odd(wrapped(numbers(8000), 12))))
        chunks = [range(i, i + 50) for i in range(0, 10000, 50)]
        count, total = collect(totals_of_chunks(chunks))
        values_seen += count
        chunk_total += total
    print("tree:", tree_sum)
    print("flattened:", flat_sum)
    print("pipeline:", pipe_sum)
    print("chunks:", values_seen, chunk_total)


main()
