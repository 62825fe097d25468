"""Comparing sequences: the longest-matching-block algorithm (Ratcliff and
Obershelp's "gestalt pattern matching", with junk), and the human-readable
deltas built on it: ndiff (with "?" lines marking the changed characters),
unified and context diffs, and close matches of a word.

The results are CPython 3.11's, block for block: the same matches are
preferred (the earliest longest one, extended over junk only at its ends),
and in b's items the "popular" ones (more than 1% of a 200+ item sequence)
are treated as junk when autojunk is on.
"""

from collections import namedtuple
import heapq

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'Match']

Match = namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Finds the matching blocks of two sequences of hashable items, and
    from them the edits turning a into b (get_opcodes) and a similarity
    measure (ratio)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        # (The index of b is the costly part: compare one b with many a's.)
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        """b2j: each item of b to the ascending positions where it occurs,
        without the junk (bjunk) and popular (bpopular) items."""
        positions = {}
        for j, item in enumerate(self.b):
            positions.setdefault(item, []).append(j)
        self.bjunk = set()
        if self.isjunk:
            self.bjunk = {item for item in positions if self.isjunk(item)}
            for item in self.bjunk:
                del positions[item]
        self.bpopular = set()
        count = len(self.b)
        if self.autojunk and count >= 200:
            threshold = count // 100 + 1
            self.bpopular = {item for item, where in positions.items()
                             if len(where) > threshold}
            for item in self.bpopular:
                del positions[item]
        self.b2j = positions

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+size] == b[j:j+size] within the ranges,
        earliest in a, then in b, among the longest; junk-free, then
        widened by equal junk on both sides. Match(alo, blo, 0) if none."""
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_ending_at[j]: length of the match ending at a[i-1], b[j].
        run_ending_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in self.b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = runs[j] = run_ending_at.get(j - 1, 0) + 1
                if size > best_size:
                    best_i, best_j, best_size = i - size + 1, j - size + 1, size
            run_ending_at = runs
        is_junk = self.bjunk.__contains__
        best_i, best_j, best_size = self._widen(best_i, best_j, best_size, alo, ahi, blo, bhi,
                                                lambda item: not is_junk(item))
        best_i, best_j, best_size = self._widen(best_i, best_j, best_size, alo, ahi, blo, bhi,
                                                is_junk)
        return Match(best_i, best_j, best_size)

    def _widen(self, i, j, size, alo, ahi, blo, bhi, accept):
        """Extend a match over equal neighbouring items that `accept`."""
        a, b = self.a, self.b
        while i > alo and j > blo and accept(b[j - 1]) and a[i - 1] == b[j - 1]:
            i, j, size = i - 1, j - 1, size + 1
        while (i + size < ahi and j + size < bhi and accept(b[j + size])
               and a[i + size] == b[j + size]):
            size += 1
        return i, j, size

    def get_matching_blocks(self):
        """The matching blocks as Match(i, j, size), ascending, adjacent
        blocks merged, ending with Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        blocks = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = match = self.find_longest_match(alo, ahi, blo, bhi)
            if size:
                blocks.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + size < ahi and j + size < bhi:
                    pending.append((i + size, ahi, j + size, bhi))
        blocks.sort()
        merged = []
        i1 = j1 = size1 = 0
        for i2, j2, size2 in blocks:
            if i1 + size1 == i2 and j1 + size1 == j2:
                size1 += size2
            else:
                if size1:
                    merged.append(Match(i1, j1, size1))
                i1, j1, size1 = i2, j2, size2
        if size1:
            merged.append(Match(i1, j1, size1))
        merged.append(Match(len_a, len_b, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) tuples turning a into b: 'replace'
        a[i1:i2] by b[j1:j2], 'delete' a[i1:i2], 'insert' b[j1:j2] at i1,
        or 'equal'."""
        i = j = 0
        codes = []
        for block_i, block_j, size in self.get_matching_blocks():
            if i < block_i and j < block_j:
                codes.append(('replace', i, block_i, j, block_j))
            elif i < block_i:
                codes.append(('delete', i, block_i, j, block_j))
            elif j < block_j:
                codes.append(('insert', i, block_i, j, block_j))
            i, j = block_i + size, block_j + size
            if size:
                codes.append(('equal', block_i, i, block_j, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups of changes with up to n lines of context
        around them (a diff's hunks)."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """2 * matched items / total items, in [0, 1]."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(), from the items' counts alone."""
        if self.fullbcount is None:
            self.fullbcount = {}
            for item in self.b:
                self.fullbcount[item] = self.fullbcount.get(item, 0) + 1
        left = {}
        matched = 0
        for item in self.a:
            available = left.get(item, self.fullbcount.get(item, 0))
            left[item] = available - 1
            if available > 0:
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio(), from the lengths alone."""
        len_a, len_b = len(self.a), len(self.b)
        return _ratio(min(len_a, len_b), len_a + len_b)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (up to n) possibilities whose ratio() to word is at least
    cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in heapq.nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line or one holding only '#' (and whitespace)."""
    if pat is not None:
        return pat(line) is not None
    stripped = line.strip()
    return stripped == '' or stripped == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


class Differ:
    """Deltas of two sequences of lines, each line of the result prefixed
    '- ' (only in a), '+ ' (only in b), '  ' (in both) or '? ' (marks
    under a similar pair: ^ changed, - deleted, + inserted characters)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, lines, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, lines[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # (The shorter block first.)
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """A replaced block: the most similar pair of lines (ratio above
        0.75) is shown with its '?' marks, the lines around it handled the
        same way recursively; with no such pair, an identical pair (if any)
        anchors the block, else it is a plain delete and insert."""
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        equal_i = equal_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            line_b = b[j]
            matcher.set_seq2(line_b)
            for i in range(alo, ahi):
                line_a = a[i]
                if line_a == line_b:
                    if equal_i is None:
                        equal_i, equal_j = i, j
                    continue
                matcher.set_seq1(line_a)
                if (matcher.real_quick_ratio() > best_ratio and
                        matcher.quick_ratio() > best_ratio and
                        matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if equal_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = equal_i, equal_j
            identical = True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        line_a, line_b = a[best_i], b[best_j]
        if identical:
            yield '  ' + line_a
        else:
            yield from self._marked_pair(matcher, line_a, line_b)
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _marked_pair(self, matcher, line_a, line_b):
        marks_a = marks_b = ''
        matcher.set_seqs(line_a, line_b)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == 'replace':
                marks_a += '^' * (i2 - i1)
                marks_b += '^' * (j2 - j1)
            elif tag == 'delete':
                marks_a += '-' * (i2 - i1)
            elif tag == 'insert':
                marks_b += '+' * (j2 - j1)
            elif tag == 'equal':
                marks_a += ' ' * (i2 - i1)
                marks_b += ' ' * (j2 - j1)
            else:
                raise ValueError('unknown tag %r' % (tag,))
        yield from self._qformat(line_a, line_b, marks_a, marks_b)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_whitespace(aline, atags).rstrip()
        btags = _keep_whitespace(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield f"? {atags}\n"
        yield "+ " + bline
        if btags:
            yield f"? {btags}\n"


def _keep_whitespace(line, marks):
    """The marks, with the line's own tabs and other whitespace where it
    is unchanged, so that the marks line up under it."""
    return ''.join(char if mark == ' ' and char.isspace() else mark
                   for char, mark in zip(line, marks))


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b): a delta of two lists of
    lines, as a generator."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff() delta was made from (which is
    1 or 2)."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    kept = ("  ", tag)
    for line in delta:
        if line[:2] in kept:
            yield line[2:]


def _check_types(a, b, *texts):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(b[0]).__name__, b[0]))
    for text in texts:
        if not isinstance(text, str):
            raise TypeError('all arguments must be str, not: %r' % (text,))


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return f'{first}'
    if not length:
        first -= 1
    return f'{first},{length}'


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return f'{first}'
    return f'{first},{first + length - 1}'


def _file_header(mark, name, date, lineterm):
    return f"{mark} {name}{chr(9) + date if date else ''}{lineterm}"


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The lines of a unified diff of two lists of lines ("---", "+++",
    "@@ -1,3 +1,4 @@" hunks with n lines of context)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield (f'@@ -{_unified_range(first[1], last[2])} '
               f'+{_unified_range(first[3], last[4])} @@{lineterm}')
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIXES = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The lines of a context diff of two lists of lines ("***", "---",
    "***************" hunks showing each side's changed lines)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield f'*** {_context_range(first[1], last[2])} ****{lineterm}'
        if any(code[0] in ('replace', 'delete') for code in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIXES[tag] + line
        yield f'--- {_context_range(first[3], last[4])} ----{lineterm}'
        if any(code[0] in ('replace', 'insert') for code in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIXES[tag] + line
