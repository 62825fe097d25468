# co_lines() and co_positions(): which source lines a code object's
# instructions come from. Offsets are the VM's own (pyvm counts
# instructions, CPython bytes), so only what does not depend on them is
# printed: the lines, and that the ranges cover the code without gaps.
import sys


def deco(function):
    return function


@deco
def work(a, b):
    total = a + b
    if total > 3:
        return total
    for i in range(3):
        total += i
    try:
        total = 1 / 0
    except ZeroDivisionError:
        total = 0
    while total < 2:
        total += 1
    return [y
            for y in range(total)]


def one_line(x): return x * 2


def body_lines(code):
    # CPython also lists the `def` line (co_firstlineno) for its RESUME instruction.
    return sorted({line for _, _, line in code.co_lines()
                   if line is not None and line != code.co_firstlineno})


def check_ranges(code):
    ranges = list(code.co_lines())
    contiguous = all(earlier[1] == later[0] for earlier, later in zip(ranges, ranges[1:]))
    ordered = all(start < end for start, end, _ in ranges)
    shapes = {(type(s).__name__, type(e).__name__) for s, e, _ in ranges}
    return ranges[0][0] == 0, contiguous, ordered, shapes


listcomp = [c for c in work.__code__.co_consts if hasattr(c, 'co_lines')][0]
for code in (work.__code__, one_line.__code__, listcomp):
    print(code.co_name, code.co_firstlineno, body_lines(code), check_ranges(code))

positions = list(work.__code__.co_positions())
print(all(len(p) == 4 for p in positions))
print(sorted({p[0] for p in positions if p[0] is not None and p[0] != work.__code__.co_firstlineno})
      == body_lines(work.__code__))
print(sorted({(p[0], p[2]) for p in positions if p[0] == 14}))
print(sorted({p for p in positions if p[0] == 26}))

module_lines = {line for _, _, line in sys._getframe().f_code.co_lines() if line}
print(min(module_lines), max(module_lines))
print(type(work.__code__.co_lines()).__name__ != 'list', iter(work.__code__.co_lines()) is not None)
try:
    work.__code__.co_lines(1)
except TypeError as e:
    print('TypeError:', e)
