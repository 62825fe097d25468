# SPDX-License-Identifier: GPL-3.0-or-later
"""json.decoder: JSON text to Python objects.

A hand-written recursive-descent scanner over the string (pyvm has no `re`).
Error messages and positions are those of CPython's C scanner, which is what
CPython 3.11 uses by default.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_HEX_DIGITS = '0123456789abcdefABCDEF'
_CONSTANTS = {
    'NaN': float('nan'),
    'Infinity': float('inf'),
    '-Infinity': float('-inf'),
}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error.

    msg: the unformatted message; doc: the document being parsed;
    pos: the index in doc where parsing failed; lineno, colno: the line and
    column of pos, both counted from 1.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        text = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, text)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_whitespace(s, index):
    length = len(s)
    while index < length and s[index] in _WHITESPACE:
        index += 1
    return index


def _read_hex4(s, index):
    """The code point of the four hex digits at s[index:index+4], or -1."""
    digits = s[index:index + 4]
    if len(digits) != 4:
        return -1
    for ch in digits:
        if ch not in _HEX_DIGITS:
            return -1
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1].

    Returns (string, index just past the closing quote). With strict off,
    control characters are allowed inside the string.
    """
    begin = end - 1
    length = len(s)
    chunks = []
    chunk_start = end
    index = end
    while True:
        if index >= length:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        ch = s[index]
        if ch == '"':
            chunks.append(s[chunk_start:index])
            return ''.join(chunks), index + 1
        if ch == '\\':
            chunks.append(s[chunk_start:index])
            index = _scan_escape(s, index, begin, chunks)
            chunk_start = index
            continue
        if ch < ' ' and strict:
            raise JSONDecodeError('Invalid control character at', s, index)
        index += 1


def _scan_escape(s, index, begin, chunks):
    """Decode the escape whose backslash is at s[index]; returns the next index."""
    if index + 1 >= len(s):
        raise JSONDecodeError('Unterminated string starting at', s, begin)
    esc = s[index + 1]
    if esc != 'u':
        decoded = _SIMPLE_ESCAPES.get(esc)
        if decoded is None:
            raise JSONDecodeError('Invalid \\escape', s, index)
        chunks.append(decoded)
        return index + 2
    code = _read_hex4(s, index + 2)
    if code < 0:
        raise JSONDecodeError('Invalid \\uXXXX escape', s, index + 1)
    index += 6
    # A high surrogate followed by an escaped low surrogate is one character.
    if 0xD800 <= code <= 0xDBFF and s[index:index + 2] == '\\u':
        low = _read_hex4(s, index + 2)
        if low < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, index + 1)
        if 0xDC00 <= low <= 0xDFFF:
            code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
            index += 6
    chunks.append(chr(code))
    return index


class _Scanner:
    """Scans one JSON value at a time with a decoder's settings."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def scan(self, s, index):
        """(value, end) for the value starting exactly at s[index].

        Raises StopIteration(index) when no value starts there.
        """
        try:
            return self._value(s, index)
        finally:
            self.memo.clear()

    def _value(self, s, index):
        if index >= len(s):
            raise StopIteration(index)
        ch = s[index]
        if ch == '"':
            return scanstring(s, index + 1, self.strict)
        if ch == '{':
            return self._object(s, index + 1)
        if ch == '[':
            return self._array(s, index + 1)
        if ch == 'n' and s.startswith('null', index):
            return None, index + 4
        if ch == 't' and s.startswith('true', index):
            return True, index + 4
        if ch == 'f' and s.startswith('false', index):
            return False, index + 5
        if ch == 'N' and s.startswith('NaN', index):
            return self.parse_constant('NaN'), index + 3
        if ch == 'I' and s.startswith('Infinity', index):
            return self.parse_constant('Infinity'), index + 8
        if ch == '-' and s.startswith('-Infinity', index):
            return self.parse_constant('-Infinity'), index + 9
        return self._number(s, index)

    def _number(self, s, start):
        length = len(s)
        index = start
        if index < length and s[index] == '-':
            index += 1
        if index < length and s[index] == '0':
            index += 1
        elif index < length and '1' <= s[index] <= '9':
            index += 1
            while index < length and s[index] in _DIGITS:
                index += 1
        else:
            raise StopIteration(start)
        is_float = False
        # A fraction or exponent counts only when digits follow it.
        if index + 1 < length and s[index] == '.' and s[index + 1] in _DIGITS:
            is_float = True
            index += 2
            while index < length and s[index] in _DIGITS:
                index += 1
        if index < length and s[index] in 'eE':
            exponent_end = index + 1
            if exponent_end < length and s[exponent_end] in '+-':
                exponent_end += 1
            if exponent_end < length and s[exponent_end] in _DIGITS:
                is_float = True
                index = exponent_end + 1
                while index < length and s[index] in _DIGITS:
                    index += 1
        text = s[start:index]
        if is_float:
            return self.parse_float(text), index
        return self.parse_int(text), index

    def _object(self, s, index):
        pairs = []
        memo = self.memo
        index = _skip_whitespace(s, index)
        if index < len(s) and s[index] == '}':
            return self._finish_object(pairs), index + 1
        while True:
            if index >= len(s) or s[index] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, index)
            key, index = scanstring(s, index + 1, self.strict)
            key = memo.setdefault(key, key)
            index = _skip_whitespace(s, index)
            if index >= len(s) or s[index] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, index)
            index = _skip_whitespace(s, index + 1)
            try:
                value, index = self._value(s, index)
            except StopIteration as stop:
                raise JSONDecodeError('Expecting value', s, stop.value) from None
            pairs.append((key, value))
            index = _skip_whitespace(s, index)
            if index < len(s) and s[index] == '}':
                return self._finish_object(pairs), index + 1
            if index >= len(s) or s[index] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, index)
            index = _skip_whitespace(s, index + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def _array(self, s, index):
        values = []
        index = _skip_whitespace(s, index)
        if index < len(s) and s[index] == ']':
            return values, index + 1
        while True:
            try:
                value, index = self._value(s, index)
            except StopIteration as stop:
                raise JSONDecodeError('Expecting value', s, stop.value) from None
            values.append(value)
            index = _skip_whitespace(s, index)
            if index < len(s) and s[index] == ']':
                return values, index + 1
            if index >= len(s) or s[index] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, index)
            index = _skip_whitespace(s, index + 1)


class JSONDecoder:
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts (or what object_hook / object_pairs_hook
    return), arrays lists, strings str, numbers int or float (or what
    parse_int / parse_float return), true/false/null True/False/None, and
    NaN, Infinity, -Infinity floats (or what parse_constant returns).
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _Scanner(self).scan

    def decode(self, s):
        """The Python object of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(object, end index) for the JSON value starting at s[idx].

        Text may follow the value: this is for documents with data after it.
        """
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None
