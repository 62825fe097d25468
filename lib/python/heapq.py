# SPDX-License-Identifier: GPL-3.0-or-later
"""Heap queue algorithm (a.k.a. priority queue)."""

# pyvm's heapq. The sifting follows CPython's _heapq step for step (only
# `<` is used, the same comparisons in the same order), so a heap holds its
# items in the same places as under CPython.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, function, which='argument 1'):
    if not isinstance(heap, list):
        raise TypeError(f"{function}() {which} must be list, not {type(heap).__name__}")


def _siftdown(heap, startpos, pos):
    # Moves heap[pos] towards the root until its parent is not greater.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Moves the smaller child up until a leaf is reached, then sifts the
    # item that was at pos down from there.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify', 'argument')
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


def _heappop_max(heap, /):
    """Maxheap version of a heappop."""
    _check_list(heap, '_heappop_max', 'argument')
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _check_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check_list(heap, '_heapify_max', 'argument')
    for i in reversed(range(len(heap) // 2)):
        _siftup_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    # Each entry is [sort value, input number, value, next]: the input
    # number breaks ties, so equal values come out in input order.
    if reverse:
        heapify_, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop, replace, sign = heapify, heappop, heapreplace, 1
    entries = []
    for order, iterable in enumerate(iterables):
        next_ = iter(iterable).__next__
        try:
            value = next_()
        except StopIteration:
            continue
        entries.append([value if key is None else key(value), order * sign, value, next_])
    heapify_(entries)
    while len(entries) > 1:
        while True:
            entry = entries[0]
            yield entry[2]
            try:
                value = entry[3]()
            except StopIteration:
                pop(entries)
                break
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(next_):
    while True:
        try:
            value = next_()
        except StopIteration:
            return
        yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    # The result must be exactly sorted(iterable, key=key, reverse=largest)[:n],
    # ties in input order. A heap of the n best so far keeps the worst on
    # top; entries carry their input position to break ties.
    if n == 1:
        it = iter(iterable)
        missing = object()
        choose = max if largest else min
        result = choose(it, default=missing) if key is None else choose(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        iter(iterable)
        return []
    it = iter(iterable)
    if largest:
        # Min-heap of the largest: the top is the smallest kept, and among
        # equal values the latest (the position is negated).
        heap = []
        for position, value in zip(range(0, -n, -1), it):
            heap.append((value if key is None else key(value), position, value))
        if not heap:
            return heap
        heapify(heap)
        top = heap[0][0]
        position = -n
        for value in it:
            k = value if key is None else key(value)
            if top < k:
                heapreplace(heap, (k, position, value))
                top = heap[0][0]
            position -= 1
        heap.sort(reverse=True)
    else:
        # Max-heap of the smallest: the top is the largest kept, and among
        # equal values the latest.
        heap = []
        for position, value in zip(range(n), it):
            heap.append((value if key is None else key(value), position, value))
        if not heap:
            return heap
        _heapify_max(heap)
        top = heap[0][0]
        position = n
        for value in it:
            k = value if key is None else key(value)
            if k < top:
                _heapreplace_max(heap, (k, position, value))
                top = heap[0][0]
            position += 1
        heap.sort()
    return [entry[2] for entry in heap]
