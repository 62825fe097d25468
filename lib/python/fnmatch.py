# SPDX-License-Identifier: GPL-3.0-or-later
"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression (translate()), compiled once per pattern.
"""

# pyvm's fnmatch. translate() produces the same regular expressions as
# CPython 3.11's, since programs print and reuse them: '*' runs become one
# star, each star but the last guards the fixed text after it with an
# atomic group (so that 'a*b*c*d' cannot backtrack exponentially), and
# bracket expressions keep their ranges while escaping what re would read
# as set operations.

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN, after os.path.normcase."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        regex = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile_pattern(pat)(name) is not None


# Marks a '*' in the list of pieces translate() builds.
_STAR = object()


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    pieces = _pattern_pieces(pat)
    return r'(?s:%s)\Z' % _join_pieces(pieces)


def _pattern_pieces(pat):
    """The pattern as a list of regular-expression pieces and _STAR marks."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            end = _bracket_end(pat, i)
            if end < 0:
                pieces.append('\\[')
            else:
                pieces.append(_bracket(pat, i, end))
                i = end + 1
        else:
            pieces.append(re.escape(c))
    return pieces


def _bracket_end(pat, start):
    """The index of the ']' closing the bracket expression whose content
    starts at `start` (a leading '!' and a first ']' belong to it), or -1."""
    j = start
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    end = pat.find(']', j)
    return end


def _bracket(pat, start, end):
    """The regular expression for the bracket expression pat[start:end]."""
    content = pat[start:end]
    if '-' not in content:
        content = content.replace('\\', '\\\\')
    else:
        content = _bracket_with_ranges(pat, start, end)
    content = re.sub(r'([&~|])', r'\\\1', content)
    if not content:
        return '(?!)'  # an empty set matches nothing
    if content == '!':
        return '.'  # a negated empty set matches anything
    if content[0] == '!':
        return '[^%s]' % content[1:]
    if content[0] in ('^', '['):
        return '[\\%s]' % content
    return '[%s]' % content


def _bracket_with_ranges(pat, start, end):
    """Bracket content with hyphens: the hyphens that make ranges stay,
    the others are escaped, and reversed ranges (empty) are dropped."""
    chunks = []
    chunk_start = start
    search = start + 2 if pat[start] == '!' else start + 1
    while True:
        hyphen = pat.find('-', search, end)
        if hyphen < 0:
            break
        chunks.append(pat[chunk_start:hyphen])
        chunk_start = hyphen + 1
        search = hyphen + 3
    last = pat[chunk_start:end]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'
    # Between chunks k-1 and k is a range from the last character of one
    # to the first of the other; a reversed one joins the two chunks.
    k = len(chunks) - 1
    while k > 0:
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
        k -= 1
    return '-'.join(chunk.replace('\\', '\\\\').replace('-', '\\-') for chunk in chunks)


def _join_pieces(pieces):
    """Joins the pieces; each star followed by fixed text and another star
    becomes an atomic lazy match of that text, the last star a plain '.*'."""
    result = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        result.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        fixed_start = i
        while i < n and pieces[i] is not _STAR:
            i += 1
        fixed = ''.join(pieces[fixed_start:i])
        if i == n:
            result.append('.*' + fixed)
        else:
            result.append('(?>.*?%s)' % fixed)
    return ''.join(result)
