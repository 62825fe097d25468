# SPDX-License-Identifier: GPL-3.0-or-later
"""Shrink a program that shows a difference, keeping the difference.

The program is cut into statements: a line together with the more-indented
lines that follow it (its body). Chunks of consecutive statements, halving in
size, are removed while the difference (of the same kind) remains; then the
same is done inside each remaining body, down to single lines. A removal that
breaks the syntax makes both implementations fail alike, so it is rejected
without special care.
"""


def indentation(line):
    return len(line) - len(line.lstrip(' '))


def statements(lines, start, end, depth):
    """Index ranges [first, last) of the statements at this indentation in lines[start:end]."""
    ranges = []
    index = start
    while index < end:
        first = index
        index += 1
        while index < end and (not lines[index].strip() or indentation(lines[index]) > depth):
            index += 1
        if lines[first].strip() and indentation(lines[first]) == depth:
            ranges.append((first, index))
    return ranges


def reduce_lines(lines, still_differs):
    """The smallest list of lines found for which still_differs(text) holds."""
    changed = True
    while changed:
        changed = False
        for depth in sorted({indentation(line) for line in lines if line.strip()}):
            reduced = remove_chunks(lines, depth, still_differs)
            if reduced is not lines:
                lines, changed = reduced, True
    return lines


def remove_chunks(lines, depth, still_differs):
    """Try removing runs of statements at one indentation depth (outermost blocks first)."""
    result = lines
    blocks = statement_blocks(result, depth)
    size = max(len(blocks) // 2, 1)
    while size >= 1 and blocks:
        position = 0
        while position < len(blocks):
            chunk = blocks[position:position + size]
            removed = set()
            for first, last in chunk:
                removed.update(range(first, last))
            candidate = [line for number, line in enumerate(result) if number not in removed]
            if candidate and still_differs(text_of(candidate)):
                result = candidate
                blocks = statement_blocks(result, depth)
            else:
                position += size
        size //= 2
    return result


def statement_blocks(lines, depth):
    """Every statement at the given depth, wherever it is nested."""
    return statements_everywhere(lines, 0, len(lines), 0, depth)


def statements_everywhere(lines, start, end, current, depth):
    found = []
    for first, last in statements(lines, start, end, current):
        if current == depth:
            found.append((first, last))
        elif last - first > 1:
            inner = next((indentation(lines[i]) for i in range(first + 1, last) if lines[i].strip()), None)
            if inner is not None and inner <= depth:
                found.extend(statements_everywhere(lines, first + 1, last, inner, depth))
    return found


def text_of(lines):
    return '\n'.join(lines) + '\n'
