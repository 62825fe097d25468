# SPDX-License-Identifier: GPL-3.0-or-later
"""Common operations on POSIX pathnames (os.path)."""

# pyvm's posixpath: os.path on POSIX. Every function takes str, bytes or
# an os.PathLike and answers in the same kind; mixing str and bytes is a
# TypeError as in CPython. The questions about files (exists, isdir,
# getsize, ...) go to os.stat.

import os
import sys
import stat

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
    "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
    "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
    "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir", "sep",
    "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
    "supports_unicode_filenames", "relpath", "commonpath",
]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _sep_of(path):
    return b'/' if isinstance(path, bytes) else '/'


def _check_kinds(function, *args):
    """TypeError for arguments that are not paths or mix str and bytes."""
    has_str = has_bytes = False
    for arg in args:
        if isinstance(arg, str):
            has_str = True
        elif isinstance(arg, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{function}() argument must be str, bytes, or "
                            f"os.PathLike object, not '{type(arg).__name__}'") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _fspath(path):
    """os.fspath for the string functions; their message for a non-path
    comes from _check_kinds."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        return path
    return os.fspath(path)


# ---- pure string operations

def normcase(s):
    """Normalize case of pathname. Has no effect under Posix."""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = os.fspath(s)
    return s.startswith(_sep_of(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = os.fspath(a)
    sep = _sep_of(a)
    path = a
    try:
        if not p:
            path[:0] + sep  # a TypeError for a non-path
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_kinds('join', a, *map(_fspath, p))
        raise
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the
    final slash. Either part may be empty."""
    p = os.fspath(p)
    sep = _sep_of(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext possibly empty."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, extsep_ = b'/', b'.'
    else:
        sep, extsep_ = '/', '.'
    dot = p.rfind(extsep_)
    if dot > p.rfind(sep):
        # Leading dots of the file name do not start an extension.
        start = p.rfind(sep) + 1
        while start < dot:
            if p[start:start + 1] != extsep_:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    p = os.fspath(p)
    return p[p.rfind(_sep_of(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = os.fspath(p)
    sep = _sep_of(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    first, last = min(m), max(m)
    for i, c in enumerate(first):
        if c != last[i]:
            return first[:i]
    return first


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; three or more become one.
    leading = 0
    if path.startswith(sep):
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for part in path.split(sep):
        if part in (empty, dot):
            continue
        if part != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(part)
        elif parts:
            parts.pop()
    result = sep * leading + sep.join(parts)
    return result or dot


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
    symbolic links encountered in the path."""
    filename = os.fspath(filename)
    path, _ = _resolve_links(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve_links(path, rest, strict, seen):
    """Join `rest` to the resolved `path`, resolving symbolic links on the
    way; (path, ok) where ok is False after a loop of links."""
    if isinstance(path, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)  # raises the loop's OSError
            return join(newpath, rest), False
        seen[newpath] = None  # being resolved
        path, ok = _resolve_links(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        common = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - common) + path_list[common:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_kinds('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1, s2 = min(split_paths), max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_kinds('commonpath', *paths)
        raise


def expanduser(path):
    """Expand ~ and ~user constructions. If user or $HOME is unknown, do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep_of(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']
        else:
            userhome = _home_of_user(None)
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        userhome = _home_of_user(name)
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    root = b'/' if isinstance(path, bytes) else '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def _home_of_user(name):
    """A user's home directory from /etc/passwd (the current user's for
    None), or None."""
    uid = os.getuid() if name is None else None
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as passwd:
            for line in passwd:
                fields = line.rstrip('\n').split(':')
                if len(fields) < 7:
                    continue
                if name is not None and fields[0] == name:
                    return fields[5]
                if uid is not None and fields[2] == str(uid):
                    return fields[5]
    except OSError:
        pass
    return None


def expandvars(path):
    """Expand shell variables of form $var and ${var}. Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    dollar = b'$' if as_bytes else '$'
    if dollar not in path:
        return path
    text = path.decode('latin-1') if as_bytes else path
    result = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != '$':
            result.append(c)
            i += 1
            continue
        if text.startswith('{', i + 1):
            end = text.find('}', i + 2)
            name = text[i + 2:end] if end >= 0 else ''
            if end < 0 or not name or not _is_var_name(name):
                result.append(c)
                i += 1
                continue
            stop = end + 1
        else:
            stop = i + 1
            while stop < len(text) and (text[stop].isalnum() and text[stop].isascii()
                                        or text[stop] == '_'):
                stop += 1
            name = text[i + 1:stop]
            if not name:
                result.append(c)
                i += 1
                continue
        key = os.fsencode(name).decode('utf-8', 'surrogateescape') if as_bytes else name
        value = os.environ.get(key)
        if value is None:
            result.append(text[i:stop])
        elif as_bytes:
            result.append(os.fsencode(value).decode('latin-1'))
        else:
            result.append(value)
        i = stop
    joined = ''.join(result)
    return joined.encode('latin-1') if as_bytes else joined


def _is_var_name(name):
    return all(ch == '_' or (ch.isalnum() and ch.isascii()) for ch in name)


# ---- questions about files

def _stat_or_none(path, follow_symlinks=True):
    """os.stat's result, or None for a path that cannot be asked about. A
    VM without file access refuses the question itself: that propagates."""
    try:
        return os.stat(path, follow_symlinks=follow_symlinks)
    except (OSError, ValueError) as error:
        if isinstance(error, PermissionError) and error.strerror == 'file access is disabled':
            raise
        return None


def exists(path):
    """Test whether a path exists. Returns False for broken symbolic links."""
    return _stat_or_none(path) is not None


def lexists(path):
    """Test whether a path exists. Returns True for broken symbolic links."""
    return _stat_or_none(path, follow_symlinks=False) is not None


def isfile(path):
    """Test whether a path is a regular file."""
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def islink(path):
    """Test whether a path is a symbolic link."""
    st = _stat_or_none(path, follow_symlinks=False)
    return st is not None and stat.S_ISLNK(st.st_mode)


def ismount(path):
    """Test whether a path is a mount point."""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))
