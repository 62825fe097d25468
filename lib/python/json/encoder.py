# SPDX-License-Identifier: GPL-3.0-or-later
"""json.encoder: Python objects to JSON text.

The encoder walks the object once and hands each piece of text to a sink
(list.append for dumps, fp.write for dump), so dump writes as it goes, as
CPython's does.
"""

__all__ = ['JSONEncoder']

_INFINITY = float('inf')

# The escapes JSON spells with a letter; other control characters use \u00XX.
_NAMED_ESCAPES = {
    '"': '\\"', '\\': '\\\\',
    '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
}


def _escape_char(ch):
    named = _NAMED_ESCAPES.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    if code < 0x10000:
        return '\\u%04x' % code
    # Outside the BMP: a UTF-16 surrogate pair.
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))


def py_encode_basestring(s):
    """The JSON string literal of s, keeping non-ASCII characters as they are."""
    pieces = ['"']
    start = 0
    for index, ch in enumerate(s):
        if ch < ' ' or ch == '"' or ch == '\\':
            pieces.append(s[start:index])
            pieces.append(_escape_char(ch))
            start = index + 1
    pieces.append(s[start:])
    pieces.append('"')
    return ''.join(pieces)


def py_encode_basestring_ascii(s):
    """The JSON string literal of s in ASCII only (\\uXXXX escapes)."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    pieces = ['"']
    start = 0
    for index, ch in enumerate(s):
        if not (' ' <= ch <= '~') or ch == '"' or ch == '\\':
            pieces.append(s[start:index])
            pieces.append(_escape_char(ch))
            start = index + 1
    pieces.append(s[start:])
    pieces.append('"')
    return ''.join(pieces)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict becomes an object, list and tuple arrays, str strings, int and float
    numbers, True/False/None true/false/null. To encode other objects,
    subclass and override default() to return something encodable (or call
    the base default() to raise TypeError).
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if type(self).iterencode is not JSONEncoder.iterencode:
            return ''.join(self.iterencode(o, _one_shot=True))
        chunks = []
        self._write(o, chunks.append)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterator over its pieces."""
        chunks = []
        self._write(o, chunks.append)
        return iter(chunks)

    def _write(self, o, sink):
        """Encode o, handing each piece of text to sink."""
        _Writer(self, sink).value(o, 0)


class _Writer:
    """One encoding run: the encoder's settings, the sink and the markers."""

    def __init__(self, encoder, sink):
        self.encoder = encoder
        self.sink = sink
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.markers = {} if encoder.check_circular else None
        if encoder.ensure_ascii:
            self.encode_str = encode_basestring_ascii
        else:
            self.encode_str = encode_basestring

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def scalar_text(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def value(self, o, level):
        text = self.scalar_text(o)
        if text is not None:
            self.sink(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.encoder.default(o), level)
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def open(self, bracket, level):
        """Write the opening bracket; return the separator between items."""
        separator = self.encoder.item_separator
        if self.indent is None:
            self.sink(bracket)
            return separator
        newline_indent = '\n' + self.indent * (level + 1)
        self.sink(bracket + newline_indent)
        return separator + newline_indent

    def close(self, bracket, level):
        if self.indent is not None:
            self.sink('\n' + self.indent * level)
        self.sink(bracket)

    def array(self, items, level):
        if not items:
            self.sink('[]')
            return
        self.enter(items)
        separator = self.open('[', level)
        first = True
        for item in items:
            if not first:
                self.sink(separator)
            first = False
            self.value(item, level + 1)
        self.close(']', level)
        self.leave(items)

    def object(self, mapping, level):
        if not mapping:
            self.sink('{}')
            return
        self.enter(mapping)
        separator = self.open('{', level)
        key_separator = self.encoder.key_separator
        items = mapping.items()
        if self.encoder.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                self.sink(separator)
            first = False
            self.sink(key + key_separator)
            self.value(value, level + 1)
        self.close('}', level)
        self.leave(mapping)

    def key_text(self, key):
        """The JSON string for a dict key; None to skip it (skipkeys)."""
        if isinstance(key, str):
            return self.encode_str(key)
        if isinstance(key, float):
            return self.encode_str(self.float_text(key))
        if key is True:
            return '"true"'
        if key is False:
            return '"false"'
        if key is None:
            return '"null"'
        if isinstance(key, int):
            return '"' + int.__repr__(key) + '"'
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')
