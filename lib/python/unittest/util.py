"""What the rest of unittest shares: reprs shortened for failure messages,
class names as test descriptions show them, counting differences between
collections, and a pretty-printer for the diffs of long containers."""

import re

__unittest = True  # (frames of this module are left out of failure tracebacks)

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    """repr(obj), or object's repr if that fails; cut to 80 characters and
    ' [truncated]...' if short."""
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    """'module.QualifiedName' of a class."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(text, keep_start, keep_end):
    skipped = len(text) - keep_start - keep_end
    if skipped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (text[:keep_start], skipped, text[len(text) - keep_end:])
    return text


def _common_prefix(texts):
    shortest, longest = min(texts), max(texts)
    for i, char in enumerate(shortest):
        if char != longest[i]:
            return shortest[:i]
    return shortest


def _common_shorten_repr(*args):
    """The reprs of the arguments, each under 80 characters if possible:
    the prefix they share and the ends of long ones become '[N chars]', so
    that where they differ stays visible."""
    reprs = tuple(map(safe_repr, args))
    longest = max(map(len, reprs))
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    prefix_length = len(prefix)
    common_length = _MAX_LENGTH - (longest - prefix_length + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_length > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_length)
        return tuple(prefix + text[prefix_length:] for text in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(text[prefix_length:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for text in reprs)


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) of two sorted lists,
    each item once."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """(items of expected not in actual, items of actual not in expected),
    for items that cannot be sorted or hashed; consumes both lists."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x < y, x == y or x > y."""
    return (x > y) - (x < y)


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, item) for each item whose counts
    differ, comparing with == only (for unhashable items)."""
    first, second = list(actual), list(expected)
    done = object()
    result = []
    for i, item in enumerate(first):
        if item is done:
            continue
        count_first = count_second = 0
        for k in range(i, len(first)):
            if first[k] == item:
                count_first += 1
                first[k] = done
        for k, other in enumerate(second):
            if other == item:
                count_second += 1
                second[k] = done
        if count_first != count_second:
            result.append((count_first, count_second, item))
    for i, item in enumerate(second):
        if item is done:
            continue
        count_second = 0
        for k in range(i, len(second)):
            if second[k] == item:
                count_second += 1
                second[k] = done
        result.append((0, count_second, item))
    return result


def _ordered_count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose, for hashable items."""
    first, second = _ordered_count(actual), _ordered_count(expected)
    result = []
    for item, count_first in first.items():
        count_second = second.get(item, 0)
        if count_first != count_second:
            result.append((count_first, count_second, item))
    for item, count_second in second.items():
        if item not in first:
            result.append((0, count_second, item))
    return result


# -- Pretty-printing for diffs -------------------------------------------------
#
# assertSequenceEqual and assertDictEqual diff the pprint.pformat() texts of
# their arguments (width 80, one level of indent, dicts sorted by key). pyvm
# has no pprint yet; these few functions lay out lists, tuples, dicts, sets,
# frozensets and long strings as it does.

_WIDTH = 80


def _sorted_safely(items):
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda item: (str(type(item)), id(item)))


def _sorted_pairs(mapping):
    try:
        return sorted(mapping.items())
    except TypeError:
        return sorted(mapping.items(),
                      key=lambda pair: (str(type(pair[0])), id(pair[0])))


def _flat_repr(obj, active):
    """One-line repr, dicts' keys sorted, recursion marked as pprint does."""
    cls = type(obj)
    if (issubclass(cls, dict) and cls.__repr__ is dict.__repr__) or \
            (issubclass(cls, list) and cls.__repr__ is list.__repr__) or \
            (issubclass(cls, tuple) and cls.__repr__ is tuple.__repr__):
        if id(obj) in active:
            return f'<Recursion on {cls.__name__} with id={id(obj)}>'
        active.add(id(obj))
        try:
            if isinstance(obj, dict):
                inner = ', '.join(f'{_flat_repr(key, active)}: {_flat_repr(value, active)}'
                                  for key, value in _sorted_pairs(obj))
                return '{' + inner + '}'
            inner = ', '.join(_flat_repr(item, active) for item in obj)
            if isinstance(obj, list):
                return '[' + inner + ']'
            return '(' + inner + (',)' if len(obj) == 1 else ')')
        finally:
            active.discard(id(obj))
    return repr(obj)


def _layout(obj, indent, allowance, out, active, level):
    text = _flat_repr(obj, active)
    if len(text) <= _WIDTH - indent - allowance or id(obj) in active:
        out.append(text)
        return
    cls = type(obj)
    level += 1
    if cls.__repr__ is list.__repr__:
        out.append('[')
        _layout_items(list(obj), indent, allowance + 1, out, active, obj, level)
        out.append(']')
    elif cls.__repr__ is tuple.__repr__:
        end = ',)' if len(obj) == 1 else ')'
        out.append('(')
        _layout_items(list(obj), indent, allowance + len(end), out, active, obj, level)
        out.append(end)
    elif cls.__repr__ is dict.__repr__:
        out.append('{')
        _layout_pairs(_sorted_pairs(obj), indent, allowance + 1, out, active, obj, level)
        out.append('}')
    elif cls.__repr__ is str.__repr__ and obj:
        _layout_str(obj, indent, allowance, out, level)
    elif cls.__repr__ in (set.__repr__, frozenset.__repr__) and len(obj):
        if cls is set:
            out.append('{')
            end = '}'
        else:
            out.append(cls.__name__ + '({')
            end = '})'
            indent += len(cls.__name__) + 1
        _layout_items(_sorted_safely(obj), indent, allowance + len(end), out, active, obj, level)
        out.append(end)
    else:
        out.append(text)


def _layout_items(items, indent, allowance, out, active, container, level):
    indent += 1
    active.add(id(container))
    for i, item in enumerate(items):
        if i:
            out.append(',\n' + ' ' * indent)
        last = i == len(items) - 1
        _layout(item, indent, allowance if last else 1, out, active, level)
    active.discard(id(container))


def _layout_pairs(pairs, indent, allowance, out, active, container, level):
    indent += 1
    active.add(id(container))
    for i, (key, value) in enumerate(pairs):
        if i:
            out.append(',\n' + ' ' * indent)
        key_text = _flat_repr(key, active)
        out.append(key_text + ': ')
        last = i == len(pairs) - 1
        _layout(value, indent + len(key_text) + 2, allowance if last else 1, out, active, level)
    active.discard(id(container))


def _string_chunks(text, indent, allowance):
    """The pieces a long string is shown in: its lines, and lines still
    too long cut after whole words (runs of non-blanks with the blanks
    after them); the last piece leaves room for `allowance`."""
    chunks = []
    lines = text.splitlines(True)
    width = _WIDTH - indent
    for i, line in enumerate(lines):
        last_line = i == len(lines) - 1
        line_width = width - allowance if last_line else width
        if len(repr(line)) <= line_width:
            chunks.append(repr(line))
            continue
        words = re.findall(r'\S*\s*', line)[:-1]
        current = ''
        for j, word in enumerate(words):
            word_width = width - allowance if last_line and j == len(words) - 1 else width
            if len(repr(current + word)) > word_width:
                if current:
                    chunks.append(repr(current))
                current = word
            else:
                current += word
        if current:
            chunks.append(repr(current))
    return chunks


def _layout_str(text, indent, allowance, out, level):
    # (At the top level the pieces are in parentheses, as pprint writes.)
    if level == 1:
        indent += 1
        allowance += 1
    chunks = _string_chunks(text, indent, allowance)
    if len(chunks) == 1:
        out.append(repr(text))
        return
    separator = '\n' + ' ' * indent
    body = separator.join(chunks)
    out.append('(' + body + ')' if level == 1 else body)


def _pformat(obj):
    """pprint.pformat(obj) for the containers failure diffs show."""
    out = []
    _layout(obj, 0, 0, out, set(), 0)
    return ''.join(out)
