# SPDX-License-Identifier: GPL-3.0-or-later
"""OS routines for POSIX: files, directories, descriptors, the environment."""

# pyvm's os, as CPython splits it: the native posix module makes the
# system calls; this module adds what is written in Python on top of them —
# stat_result and the other result types, environ as a mapping that writes
# through to putenv/unsetenv, scandir's DirEntry, makedirs, walk, fsencode —
# and os.path (posixpath).

import sys
import abc
from _collections_abc import MutableMapping

import posix as _posix
from posix import (
    F_OK, R_OK, W_OK, X_OK, SEEK_SET, SEEK_CUR, SEEK_END,
    O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_CLOEXEC,
    O_NONBLOCK, O_NOFOLLOW, O_DIRECTORY, O_NOCTTY, O_SYNC, O_DSYNC, O_ACCMODE,
    remove, unlink, mkdir, rmdir, rename, replace, link, symlink, readlink,
    listdir, chmod, access, truncate, getcwd, getcwdb, chdir,
    getpid, getppid, getuid, geteuid, getgid, getegid, umask, cpu_count, urandom,
    fspath, open, close, read, write, lseek, fsync, isatty, strerror,
    dup, dup2, pipe, get_inheritable, set_inheritable, get_blocking, set_blocking, fdatasync,
    kill, getlogin, ttyname, getloadavg, mkfifo, chown, sync, getpgrp,
    EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE,
    EX_SOFTWARE, EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL,
    EX_NOPERM, EX_CONFIG, TMP_MAX,
)

import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
error = OSError
# (Not read from posixpath, which may be the module importing this one.)
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
linesep = '\n'

supports_bytes_environ = True


# ---- result types: tuples with named fields, as CPython's structseq

def _make_result_type(qualified_name, visible, hidden=()):
    """A tuple subclass whose first fields are its items and whose other
    fields are attributes only (None when not given)."""
    module, _, type_name = qualified_name.rpartition('.')
    count = len(visible)
    all_fields = tuple(visible) + tuple(hidden)

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < count:
            raise TypeError(f"{qualified_name}() takes an at least {count}-sequence "
                            f"({len(items)}-sequence given)")
        if len(items) > len(all_fields):
            raise TypeError(f"{qualified_name}() takes an at most {len(all_fields)}-sequence "
                            f"({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:count])
        extras = items[count:]
        for index, field in enumerate(hidden):
            value = extras[index] if index < len(extras) else None
            if dict is not None and field in dict:
                value = dict[field]
            self.__dict__[field] = value
        return self

    def __repr__(self):
        shown = ', '.join(f'{field}={value!r}' for field, value in zip(visible, self))
        return f'{qualified_name}({shown})'

    def __reduce__(self):
        return (type(self), (tuple(self), {field: getattr(self, field) for field in hidden}))

    def __setattr__(self, attribute, value):
        raise AttributeError("readonly attribute")

    namespace = {
        '__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
        '__setattr__': __setattr__, '__module__': module,
        'n_sequence_fields': count, 'n_fields': len(all_fields), 'n_unnamed_fields': 0,
        '__match_args__': tuple(visible),
    }
    for index, field in enumerate(visible):
        namespace[field] = property(lambda self, index=index: tuple.__getitem__(self, index))
    result = type(type_name, (tuple,), namespace)
    result.__qualname__ = type_name
    return result


stat_result = _make_result_type(
    'os.stat_result',
    ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
     'st_atime', 'st_mtime', 'st_ctime'),
    ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
     'st_blksize', 'st_blocks', 'st_rdev'))


# The integer times are the items; the attributes of the same names are
# the float times, or the integers when a program made the result from
# ten items only.
def _float_time(index, field):
    def getter(self):
        value = self.__dict__[field]
        return tuple.__getitem__(self, index) if value is None else value
    return property(getter)


for _index, _field in ((7, 'st_atime'), (8, 'st_mtime'), (9, 'st_ctime')):
    setattr(stat_result, _field, _float_time(_index, _field))
del _index, _field

statvfs_result = _make_result_type(
    'os.statvfs_result',
    ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
     'f_favail', 'f_flag', 'f_namemax'))
terminal_size = _make_result_type('os.terminal_size', ('columns', 'lines'))
times_result = _make_result_type(
    'posix.times_result', ('user', 'system', 'children_user', 'children_system', 'elapsed'))
uname_result = _make_result_type(
    'posix.uname_result', ('sysname', 'nodename', 'release', 'version', 'machine'))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path (or file descriptor)."""
    _no_dir_fd(dir_fd)
    return stat_result(_posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following a symbolic link."""
    _no_dir_fd(dir_fd)
    return stat_result(_posix._stat(path, False))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return stat_result(_posix._stat(fd, True))


def statvfs(path):
    """Perform a statvfs system call on the given path (or file descriptor)."""
    return statvfs_result(_posix._statvfs(path))


def fstatvfs(fd):
    """Perform an fstatvfs system call on the given file descriptor."""
    return statvfs_result(_posix._statvfs(fd))


def _no_dir_fd(dir_fd):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")


confstr_names = {
    'CS_PATH': _posix._CS_PATH,
    'CS_GNU_LIBC_VERSION': _posix._CS_GNU_LIBC_VERSION,
    'CS_GNU_LIBPTHREAD_VERSION': _posix._CS_GNU_LIBPTHREAD_VERSION,
}


def confstr(name):
    """Return a string-valued system configuration variable."""
    if isinstance(name, str):
        try:
            name = confstr_names[name]
        except KeyError:
            raise ValueError("unrecognized configuration name") from None
    elif not isinstance(name, int):
        raise TypeError("configuration names must be strings or integers")
    return _posix._confstr(name)


def times():
    """Return a collection containing process timing information."""
    return times_result(_posix.times())


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_posix.uname())


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_posix._terminal_size(fd))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path."""
    _no_dir_fd(dir_fd)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime_ns, mtime_ns = (_seconds_to_ns(t) for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime_ns, mtime_ns = ns
    else:
        atime_ns = mtime_ns = None
    _posix._utime_ns(path, atime_ns, mtime_ns, follow_symlinks)


def _seconds_to_ns(seconds):
    if isinstance(seconds, int):
        return seconds * 1_000_000_000
    if isinstance(seconds, float):
        return round(seconds * 1e9)
    raise TypeError(f"utime: 'times' must be either a tuple of two ints or None")


def ftruncate(fd, length):
    """Truncate a file, specified by file descriptor, to a specific length."""
    truncate(fd, length)


def fchmod(fd, mode):
    """Change the access permissions of the file given by file descriptor fd."""
    chmod(fd, mode)


def fchown(fd, uid, gid):
    """Change the owner and group id of the file given by file descriptor fd."""
    chown(fd, uid, gid)


def lchown(path, uid, gid):
    """Change the owner and group id of path, without following symbolic links."""
    chown(path, uid, gid, follow_symlinks=False)


def device_encoding(fd):
    """The encoding of a terminal's descriptor ('UTF-8': pyvm's only
    locale encoding), None when fd is not a terminal."""
    return 'UTF-8' if isatty(fd) else None


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to a file descriptor."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# The functions that take a descriptor for a path, that take
# follow_symlinks, and that take dir_fd (none, on pyvm).
supports_fd = {stat, chmod, truncate, utime, statvfs, chown}
supports_follow_symlinks = {stat, utime, chown}
supports_dir_fd = set()
supports_effective_ids = set()


# ---- paths as str and bytes

def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the file system encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the file system encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---- the environment

class _Environ(MutableMapping):
    """os.environ: the process's environment as a mapping of str to str;
    setting and deleting items changes the environment itself."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        _posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        shown = ', '.join(f'{key!r}: {value!r}' for key, value in self._data.items())
        return f'environ({{{shown}}})'

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(self._data)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(other)
        merged.update(self._data)
        return merged


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(name, value):
    """Change or add an environment variable (os.environ does not see it)."""
    _posix.putenv(name, value)


def unsetenv(name):
    """Delete an environment variable (os.environ does not see it)."""
    _posix.unsetenv(name)


class _EnvironBytes(MutableMapping):
    """os.environb: os.environ seen with bytes keys and values (UTF-8 with
    surrogateescape); changes go through os.environ."""

    def __init__(self, environment):
        self._environment = environment

    @staticmethod
    def _checked(value):
        if not isinstance(value, bytes):
            raise TypeError("bytes expected, not %s" % type(value).__name__)
        return value.decode('utf-8', 'surrogateescape')

    def __getitem__(self, key):
        try:
            value = self._environment._data[self._checked(key)]
        except KeyError:
            raise KeyError(key) from None
        return value.encode('utf-8', 'surrogateescape')

    def __setitem__(self, key, value):
        self._environment[self._checked(key)] = self._checked(value)

    def __delitem__(self, key):
        try:
            del self._environment[self._checked(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in self._environment:
            yield key.encode('utf-8', 'surrogateescape')

    def __len__(self):
        return len(self._environment)

    def __repr__(self):
        shown = ', '.join(f'{key!r}: {self[key]!r}' for key in self)
        return f'environ({{{shown}}})'

    def copy(self):
        return dict(self)


environb = _EnvironBytes(environ)


def getenvb(key, default=None):
    """Get an environment variable by a bytes name, None if it doesn't exist."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """The directories searched for an executable (PATH), as a list."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---- directories

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile
        here = curdir if isinstance(tail, str) else curdir.encode()
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and then each empty parent directory."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, making the new file's directories and pruning the old one's."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# d_type values of the directory entries _posix._scandir reports.
_DT_UNKNOWN, _DT_DIR, _DT_REG, _DT_LNK = 0, 4, 8, 10
_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


class DirEntry:
    """An entry of a directory scandir() lists: its name, its path, and
    its type, asked of the system at most once each."""

    __slots__ = ('name', 'path', '_kind', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name, kind):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(directory, name)
        self._kind = kind
        self._stat = None
        self._lstat = None
        return self

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _has_type(self, file_type, follow_symlinks):
        if self._kind == _DT_UNKNOWN or (follow_symlinks and self._kind == _DT_LNK):
            try:
                mode = self.stat(follow_symlinks=follow_symlinks).st_mode
            except FileNotFoundError:
                return False
            return mode & _S_IFMT == file_type
        kinds = {_S_IFDIR: _DT_DIR, _S_IFREG: _DT_REG, _S_IFLNK: _DT_LNK}
        return self._kind == kinds[file_type]

    def is_dir(self, *, follow_symlinks=True):
        return self._has_type(_S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._has_type(_S_IFREG, follow_symlinks)

    def is_symlink(self):
        return self._has_type(_S_IFLNK, False)


class _ScandirIterator:
    """What scandir() returns: an iterator over DirEntry objects, and a
    context manager that closes it."""

    def __init__(self, directory, entries):
        self._directory = directory
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        name, kind = next(self._entries)
        return DirEntry._make(self._directory, name, kind)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        path = '.'
    if isinstance(path, int) and not isinstance(path, bool):
        raise NotImplementedError("scandir of a file descriptor is not supported")
    if not isinstance(path, (str, bytes)) and not hasattr(type(path), '__fspath__'):
        raise TypeError("scandir: path should be string, bytes, os.PathLike, integer or None, "
                        "not %s" % type(path).__name__)
    entries = _posix._scandir(path)
    return _ScandirIterator(fspath(path), entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each
    directory in the tree rooted at top."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    # Directories still to visit, and (bottom-up) the triples waiting for
    # their subdirectories: an explicit stack instead of recursion.
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs, nondirs, walk_dirs = [], [], []
        try:
            scanner = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with scanner:
            while True:
                try:
                    entry = next(scanner)
                except StopIteration:
                    break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


__all__ = [
    'F_OK', 'R_OK', 'W_OK', 'X_OK', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
    'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_APPEND', 'O_CREAT', 'O_EXCL', 'O_TRUNC',
    'altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name', 'path',
    'devnull', 'extsep', 'error', 'environ', 'environb', 'getenv', 'getenvb', 'putenv', 'unsetenv',
    'makedirs', 'removedirs', 'renames', 'walk', 'scandir', 'DirEntry', 'fspath',
    'fsencode', 'fsdecode', 'PathLike', 'get_exec_path', 'fdopen', 'stat', 'lstat', 'fstat',
    'stat_result', 'statvfs', 'fstatvfs', 'statvfs_result', 'terminal_size', 'get_terminal_size', 'times', 'uname', 'utime',
    'remove', 'unlink', 'mkdir', 'rmdir', 'rename', 'replace', 'link', 'symlink',
    'readlink', 'listdir', 'chmod', 'access', 'truncate', 'getcwd', 'getcwdb', 'chdir',
    'getpid', 'getppid', 'getuid', 'geteuid', 'getgid', 'getegid', 'umask', 'cpu_count',
    'urandom', 'confstr', 'confstr_names', 'dup', 'dup2', 'pipe', 'get_inheritable',
    'set_inheritable', 'get_blocking', 'set_blocking', 'fdatasync', 'kill', 'getlogin',
    'ttyname', 'getloadavg', 'mkfifo', 'chown', 'fchown', 'lchown', 'sync', 'getpgrp',
    'device_encoding', 'supports_fd', 'supports_follow_symlinks', 'supports_dir_fd',
    'supports_effective_ids', 'EX_OK', 'TMP_MAX', 'open', 'close', 'read', 'write', 'lseek', 'fsync', 'isatty', 'strerror',
]
