# SPDX-License-Identifier: GPL-3.0-or-later
# re: regular expressions. Patterns are compiled and matched natively (_re,
# src/lib/regex*.cpp); this module gives them CPython's interface: the flags,
# re.error with its position, a cache of compiled patterns, and sub(),
# subn(), split() and escape() written over finditer().

import _re
import enum
from _warnings import warn as _warn

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
    "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
    "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    # The flags print as the module's names: re.IGNORECASE|re.MULTILINE.
    def __repr__(self):
        value = int(self)
        names = [f"re.{flag._name_}" for flag in _FLAG_ORDER if value & flag._value_ == flag._value_ and flag._value_]
        rest = value & ~sum(flag._value_ for flag in _FLAG_ORDER if value & flag._value_ == flag._value_)
        if rest:
            names.append(hex(rest))
        if not names:
            return "re.NOFLAG" if value == 0 else hex(value)
        return "|".join(names)

    __str__ = __repr__


_FLAG_ORDER = [RegexFlag.TEMPLATE, RegexFlag.IGNORECASE, RegexFlag.LOCALE, RegexFlag.MULTILINE,
               RegexFlag.DOTALL, RegexFlag.UNICODE, RegexFlag.VERBOSE, RegexFlag.DEBUG, RegexFlag.ASCII]

NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII


class error(Exception):
    """A pattern that does not compile, or a bad replacement template: msg,
    with the pattern and the position (and its line and column) where the
    problem is."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

Pattern = _re.Pattern
Match = _re.Match

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray, memoryview)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled, failure, warnings = _re.compile(pattern, flags)
    if failure is not None:
        message, position = failure
        raise error(message, pattern, position)
    for message in warnings:
        _warn(message, FutureWarning, 3)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object."""
    return _compile(pattern, flags | T)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    """A list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with non-overlapping occurrences of the pattern replaced
    by repl (a template, or a function of the match)."""
    return _subn(_compile(pattern, flags), repl, string, count)[0]


def subn(pattern, repl, string, count=0, flags=0):
    """As sub(), with the number of replacements made: (new_string, number)."""
    return _subn(_compile(pattern, flags), repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern; groups in the
    pattern are returned too."""
    return _split(_compile(pattern, flags), string, maxsplit)


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
    pattern = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern).encode("latin1")


# ---- replacement templates

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(pattern, template):
    """The template as a list of literal strings and group numbers."""
    is_bytes = not isinstance(template, str)
    text = str(template, "latin1") if is_bytes else template
    parts = []
    literal = []
    i = 0
    n = len(text)

    def flush():
        if literal:
            parts.append("".join(literal))
            literal.clear()

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise error("missing <", template, i)
            close = text.find(">", i + 1)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 1)
            name = text[i + 1:close]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference %d" % group, template, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            i = close + 1
            flush()
            parts.append(group)
        elif c == "0":
            value = 0
            for _ in range(2):
                if i < n and text[i] in "01234567":
                    value = value * 8 + int(text[i])
                    i += 1
            literal.append(chr(value))
        elif c.isdigit() and c.isascii():
            digits = c
            if i < n and text[i].isdigit() and text[i].isascii():
                if c in "01234567" and text[i] in "01234567" and i + 1 < n and text[i + 1] in "01234567":
                    value = int(c + text[i] + text[i + 1], 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % (c + text[i:i + 2]),
                                    template, start)
                    literal.append(chr(value))
                    i += 2
                    continue
                digits += text[i]
                i += 1
            group = int(digits)
            if group > pattern.groups:
                raise error("invalid group reference %d" % group, template, start + 1)
            flush()
            parts.append(group)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, start)
        else:
            literal.append("\\" + c)
    flush()
    if is_bytes:
        return [part.encode("latin1") if isinstance(part, str) else part for part in parts]
    return parts


def _expand_parts(match, parts, empty):
    pieces = []
    for part in parts:
        if isinstance(part, int):
            value = match.group(part)
            if value is not None:
                pieces.append(value)
        else:
            pieces.append(part)
    return empty.join(pieces)


def _expand(match, template):
    """Match.expand(): the template with its group references filled in."""
    parts = _parse_template(match.re, template)
    return _expand_parts(match, parts, template[:0])


def _subn(pattern, repl, string, count):
    if callable(repl):
        make = repl
    else:
        parts = _parse_template(pattern, repl)
        empty = repl[:0]
        if len(parts) == 1 and not isinstance(parts[0], int):
            literal = parts[0]
            make = lambda match: literal
        elif not parts:
            make = lambda match: empty
        else:
            make = lambda match: _expand_parts(match, parts, empty)
    pieces = []
    last = 0
    done = 0
    for m in pattern.finditer(string):
        if count and done >= count:
            break
        start, end = m.span()
        pieces.append(string[last:start])
        pieces.append(make(m))
        last = end
        done += 1
    pieces.append(string[last:])
    return string[:0].join(pieces), done


def _split(pattern, string, maxsplit):
    result = []
    last = 0
    done = 0
    for m in pattern.finditer(string):
        if maxsplit and done >= maxsplit:
            break
        start, end = m.span()
        result.append(string[last:start])
        result.extend(m.groups())
        last = end
        done += 1
    result.append(string[last:])
    return result
