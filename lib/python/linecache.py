"""Lines of source files, read once and kept, for tracebacks and debuggers.

The cache maps a file name to (size, mtime, lines, full path), or to a
one-item tuple (get_lines,) for a module whose source comes from its
loader and has not been asked for yet ("lazy" entries).  Lines keep their
newline; a file's last line gets one if it lacks it.  Names in angle
brackets ("<string>", "<frozen json>") stand for no file and have no lines.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of the file, with its newline; '' past its end."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of the file (read now unless cached), or [] if unreadable."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stands_for_no_file(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _signature(path):
    """(size, mtime) of a file, or None if it cannot be examined.

    Without os.stat() (pyvm's os may lack it) the mtime is 0 and the size
    alone tells a changed file.
    """
    stat = getattr(os, 'stat', None)
    try:
        if stat is not None:
            result = stat(path)
            return result.st_size, result.st_mtime
        if not os.path.isfile(path):
            return None
        return os.path.getsize(path), 0
    except (OSError, ValueError):
        return None


def checkcache(filename=None):
    """Drop the cached lines of files that changed or vanished since read.

    With no name, every file is checked. Lazy entries and entries made from
    a loader's source (no mtime) are kept.
    """
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue
        if _signature(fullname) != (size, mtime):
            cache.pop(name, None)


def _decode_source(data):
    """The text of a source file's bytes, as Python reads a module.

    A coding declaration on one of the first two lines is honoured, a UTF-8
    byte-order mark dropped; raises UnicodeDecodeError or LookupError.
    """
    encoding = 'utf-8'
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    else:
        for line in data.split(b'\n', 2)[:2]:
            declared = _declared_encoding(line)
            if declared is not None:
                encoding = declared
                break
            if line.strip() and not line.lstrip().startswith(b'#'):
                break  # a declaration must come before any code
    return data.decode(encoding)


def _declared_encoding(line):
    """The name in a `# -*- coding: NAME -*-` comment line, or None."""
    stripped = line.lstrip(b' \t\f')
    if not stripped.startswith(b'#'):
        return None
    for marker in (b'coding:', b'coding='):
        at = stripped.find(marker)
        if at < 0:
            continue
        rest = stripped[at + len(marker):].lstrip(b' \t')
        end = 0
        while end < len(rest) and (chr(rest[end]).isalnum() or rest[end] in b'-_.'):
            end += 1
        if end:
            return rest[:end].decode('ascii').lower()
    return None


def _split_lines(text):
    """The lines of a text read with universal newlines, each with its '\\n'."""
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    if lines[-1] == '':
        lines.pop()
    return [line + '\n' for line in lines]


def _find_file(filename):
    """(path, signature) of the file, looking along sys.path for a relative
    name that is not found from the current directory; None if absent."""
    signature = _signature(filename)
    if signature is not None:
        return filename, signature
    if filename.startswith(os.sep):
        return None
    for directory in sys.path:
        if not isinstance(directory, str):
            continue
        candidate = os.path.join(directory, filename)
        signature = _signature(candidate)
        if signature is not None:
            return candidate, signature
    return None


def updatecache(filename, module_globals=None):
    """Read the file's lines afresh into the cache and return them."""
    cache.pop(filename, None)
    if _stands_for_no_file(filename):
        return []
    found = _find_file(filename)
    if found is None:
        return _lines_from_loader(filename, module_globals)
    fullname, (size, mtime) = found
    try:
        with open(fullname, 'rb') as source:
            data = source.read()
        lines = _split_lines(_decode_source(data))
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    cache[filename] = size, mtime, lines, fullname
    return lines


def _lines_from_loader(filename, module_globals):
    """The lines a module's loader gives for a file that is not on disk."""
    if not lazycache(filename, module_globals):
        return []
    try:
        data = cache[filename][0]()
    except (ImportError, OSError):
        data = None
    if data is None:
        return []  # (the lazy entry stays, as CPython's)
    lines = _split_lines(data)
    cache[filename] = len(data), None, lines, filename
    return lines


def lazycache(filename, module_globals):
    """Remember how to get a module's source from its loader, without
    reading it yet. True if the lines can be had that way (or are cached
    lazily already)."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _stands_for_no_file(filename) or not module_globals:
        return False
    name = module_globals.get('__name__')
    loader = module_globals.get('__loader__')
    spec = module_globals.get('__spec__')
    if loader is None and spec is not None:
        loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not name or get_source is None:
        return False

    def get_lines():
        return get_source(name)

    cache[filename] = (get_lines,)
    return True
