# SPDX-License-Identifier: GPL-3.0-or-later
"""Object-oriented filesystem paths.

PurePath and PurePosixPath compute with paths without touching the file
system; Path (PosixPath on this system) adds the operations that do.
"""

# pyvm's pathlib, with CPython 3.11's behaviour on POSIX. A path is kept
# as its root ('', '/' or '//': POSIX keeps exactly two leading slashes)
# and its components; '.' components and repeated slashes are dropped,
# '..' is kept. Equality, hashing and ordering compare the components.
# Path.glob follows 3.11: '*' matches hidden names too, '**' matches any
# number of directories (not entering symbolic links), and results come
# in the order the directories list them.
# Not provided: the Windows flavour (PureWindowsPath, WindowsPath).

import fnmatch
import io
import os
import posixpath
import re
from _collections_abc import Sequence
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISBLK, S_ISCHR, S_ISFIFO, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse_args(args):
    """(root, components) of the path the arguments join to."""
    root = ''
    components = []
    for arg in args:
        if isinstance(arg, PurePath):
            arg_root, arg_components = arg._root, arg._components
        else:
            text = os.fspath(arg)
            if not isinstance(text, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(text))
            arg_root, arg_components = _split_text(text)
        if arg_root:
            root, components = arg_root, list(arg_components)
        else:
            components.extend(arg_components)
    return root, components


def _split_text(text):
    if text.startswith('//') and not text.startswith('///'):
        root = '//'
    elif text.startswith('/'):
        root = '/'
    else:
        root = ''
    components = [part for part in text.split('/') if part and part != '.']
    return root, components


def _is_valid_pattern_name(name):
    return name and '/' not in name


class _PathParents(Sequence):
    """The logical ancestors of a path (path.parents): indexable, with
    negative indexes and slices, nearest first."""

    __slots__ = ('_path', '_root', '_components')

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._components = path._components

    def __len__(self):
        return len(self._components)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index >= len(self) or index < -len(self):
            raise IndexError(index)
        if index < 0:
            index += len(self)
        return self._path._from_parts(self._root, self._components[:-index - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O. On this system, instantiating
    a PurePath returns a PurePosixPath.
    """

    __slots__ = ('_root', '_components', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, components = _parse_args(args)
        return cls._from_parts(root, components)

    @classmethod
    def _from_parts(cls, root, components):
        self = object.__new__(cls)
        self._root = root
        self._components = list(components)
        return self

    def _new_like(self, root, components):
        return type(self)._from_parts(root, components)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    # ---- text forms

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = (self._root + '/'.join(self._components)) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/) slashes."""
        return str(self)

    def __bytes__(self):
        """Return the bytes representation of the path."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote_uri_path(os.fsencode(str(self)))

    # ---- comparisons

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash((self._root, tuple(self._components)))
            return self._hash

    def _key(self):
        return self._components if not self._root else [self._root] + self._components

    def __eq__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._key() >= other._key()

    # ---- components

    @property
    def drive(self):
        """The drive prefix (always '' on POSIX)."""
        return ''

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def parts(self):
        """An object providing sequence-like access to the components in
        the filesystem path."""
        return tuple(self._key())

    @property
    def name(self):
        """The final path component, if any."""
        return self._components[-1] if self._components else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any (including the leading period)."""
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + suffix for suffix in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._components:
            return self
        return self._new_like(self._root, self._components[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, components = _split_text(name) if isinstance(name, str) else ('', [name])
        if not name or name[-1] == '/' or root or len(components) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._new_like(self._root, self._components[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed. If the path has
        no suffix, add the given suffix; an empty suffix removes it."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if old_suffix:
            name = name[:-len(old_suffix)]
        return self._new_like(self._root, self._components[:-1] + [name + suffix])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed
        arguments. ValueError if this path is not under the other one."""
        if not other:
            raise TypeError("need at least one argument")
        base_root, base_components = _parse_args(other)
        n = len(base_components)
        if base_root != self._root or self._components[:n] != base_components:
            shown = (base_root + '/'.join(base_components)) or '.'
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), shown))
        return self._new_like('', self._components[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a new
        path (an absolute argument replaces what comes before it)."""
        root, components = _parse_args((self,) + args)
        return self._new_like(root, components)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """True if the path is absolute (has a root)."""
        return bool(self._root)

    def is_reserved(self):
        """Whether the path is reserved (never, on POSIX)."""
        return False

    def match(self, path_pattern):
        """Return True if this path matches the given pattern, matched from
        the right (from the left too for an absolute pattern)."""
        root, pattern_components = _split_text(path_pattern)
        if not pattern_components and not root:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        components = self._key()
        pattern = ([root] if root else []) + pattern_components
        if root:
            if len(pattern) != len(components):
                return False
            pattern = pattern[1:]
        elif len(pattern) > len(components):
            return False
        for component, part_pattern in zip(reversed(components), reversed(pattern)):
            if not fnmatch.fnmatchcase(component, part_pattern):
                return False
        return True


def _same_flavour(a, b):
    return isinstance(a, PurePosixPath) == isinstance(b, PurePosixPath)


# Characters a file URI keeps as they are (besides letters and digits).
_URI_SAFE = frozenset(b'_.-~/')


def _quote_uri_path(data):
    out = []
    for byte in data:
        if (48 <= byte <= 57 or 65 <= byte <= 90 or 97 <= byte <= 122 or byte in _URI_SAFE):
            out.append(chr(byte))
        else:
            out.append('%%%02X' % byte)
    return ''.join(out)


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    __slots__ = ()


# ---- concrete paths

def _ignore_error(error):
    """Errors that make a path's kind answer False rather than raise."""
    import errno
    return (getattr(error, 'errno', None) in (errno.ENOENT, errno.ENOTDIR, errno.EBADF,
                                               errno.ELOOP))


class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. On this system,
    instantiating a Path returns a PosixPath.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def _child(self, name):
        return self._new_like(self._root, self._components + [name])

    # ---- where paths start

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory (as
        returned by os.path.expanduser('~'))."""
        return cls("~").expanduser()

    def absolute(self):
        """Return an absolute version of this path by prepending the
        current working directory. No normalization or symlink resolution
        is performed."""
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way and
        also normalizing it."""
        try:
            text = os.path.realpath(self, strict=strict)
        except OSError as error:
            _raise_if_loop(error)
            raise
        path = self._from_args((text,))
        if not strict:
            # realpath() stops quietly at a loop of links: stat() tells.
            try:
                path.stat()
            except OSError as error:
                _raise_if_loop(error)
        return path

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs (as
        returned by os.path.expanduser)."""
        if self._root or not self._components or not self._components[0].startswith('~'):
            return self
        home = os.path.expanduser(self._components[0])
        if home[:1] == "~":
            raise RuntimeError("Could not determine home directory.")
        return self._from_args((home,) + tuple(self._components[1:]))

    # ---- questions

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path, like os.stat() does."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), except if the path points to a symlink, the
        symlink's status information is returned, rather than its target's."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """Return the login name of the file owner."""
        return _name_from_id('/etc/passwd', self.stat().st_uid, 'uid')

    def group(self):
        """Return the group name of the file gid."""
        return _name_from_id('/etc/group', self.stat().st_gid, 'gid')

    def _mode_is(self, test, follow_symlinks=True):
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError as error:
            if not _ignore_error(error):
                raise
            return False
        except ValueError:
            return False

    def exists(self):
        """Whether this path exists."""
        return self._mode_is(lambda mode: True)

    def is_dir(self):
        """Whether this path is a directory."""
        return self._mode_is(S_ISDIR)

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks
        pointing to regular files)."""
        return self._mode_is(S_ISREG)

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return self._mode_is(S_ISLNK, follow_symlinks=False)

    def is_block_device(self):
        """Whether this path is a block device."""
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        """Whether this path is a character device."""
        return self._mode_is(S_ISCHR)

    def is_fifo(self):
        """Whether this path is a FIFO."""
        return self._mode_is(S_ISFIFO)

    def is_socket(self):
        """Whether this path is a socket."""
        return self._mode_is(S_ISSOCK)

    def is_mount(self):
        """Check if this path is a mount point."""
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile())."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return os.path.samestat(st, other_st)

    # ---- directories

    def iterdir(self):
        """Iterate over the files in this directory. Does not yield any
        result for the special paths '.' and '..'."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        components = _pattern_components(pattern)
        if not components:
            # CPython 3.11 fails so for a pattern of dots ('.', './.').
            raise IndexError("tuple index out of range")
        yield from self._glob(components)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in this subtree."""
        yield from self._glob(['**'] + _pattern_components(pattern))

    def _glob(self, components):
        seen = set()
        for path in _select(self, components):
            if path not in seen:
                seen.add(path)
                yield path

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        """Remove this directory. The directory must be empty."""
        os.rmdir(self)

    # ---- files

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed by this path and return a file object, as
        the built-in open() function does."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Like chmod(), except if the path points to a symlink, the
        symlink's permissions are changed, rather than its target's."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link. If the path is a directory, use rmdir() instead."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Rename this path to the target path, and return a new Path
        instance pointing to it (relative targets are relative to the
        current directory, not to this path's)."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path
        exists. Returns the new Path instance pointing to the target path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as target."""
        os.link(target, self)

    def link_to(self, target):
        """Make the target path a hard link pointing to this path
        (deprecated: use hardlink_to, whose direction is symlink_to's)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal "
                      "in Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(self, target)

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return self._from_args((os.readlink(self),))

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()


def _raise_if_loop(error):
    import errno
    if error.errno == errno.ELOOP:
        raise RuntimeError("Symlink loop from %r" % error.filename)


def _name_from_id(table, number, kind):
    """The name of a user (/etc/passwd) or group (/etc/group) by number;
    KeyError as the pwd and grp modules raise it."""
    try:
        with open(table, encoding='utf-8', errors='surrogateescape') as lines:
            for line in lines:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 3 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    if kind == 'uid':
        raise KeyError('getpwuid(): uid not found: %d' % number)
    raise KeyError('getgrgid(): gid not found: %d' % number)


# ---- glob

def _pattern_components(pattern):
    """The components of a relative glob pattern; a trailing slash adds an
    empty one, which selects directories only."""
    root, components = _split_text(pattern)
    if root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    for component in components:
        if component != '**' and '**' in component:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if pattern.endswith('/'):
        components.append('')
    return components


def _has_wildcard(component):
    return '*' in component or '?' in component or '[' in component


def _select(path, components):
    """The paths under `path` that match the pattern components."""
    if not components or not components[0]:
        yield path
        return
    component, rest = components[0], components[1:]
    dirs_only = bool(rest)
    if component == '**':
        for directory in _directories_below(path):
            yield from _select(directory, rest)
    elif _has_wildcard(component):
        match = re.compile(fnmatch.translate(component)).fullmatch
        try:
            with os.scandir(path) as scanner:
                entries = list(scanner)
        except PermissionError:
            return
        except OSError as error:
            if _ignore_error(error):
                return
            raise
        for entry in entries:
            if dirs_only:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as error:
                    if not _ignore_error(error):
                        raise
                    continue
            if match(entry.name):
                yield from _select(path._child(entry.name), rest)
    else:
        child = path._child(component)
        if child.is_dir() if dirs_only else child.exists():
            yield from _select(child, rest)


def _directories_below(path):
    """path itself, then every directory under it (not entering links)."""
    yield path
    try:
        with os.scandir(path) as scanner:
            entries = list(scanner)
    except PermissionError:
        return
    except OSError as error:
        if _ignore_error(error):
            return
        raise
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError as error:
            if not _ignore_error(error):
                raise
            is_dir = False
        if is_dir and not entry.is_symlink():
            yield from _directories_below(path._child(entry.name))
