# SPDX-License-Identifier: GPL-3.0-or-later
"""Temporary files.

This module provides generic, low- and high-level interfaces for creating
temporary files and directories. All of the interfaces provided by this
module can be used without fear of race conditions except for 'mktemp'.
"""

# pyvm's tempfile: mkstemp and mkdtemp make a new name from eight random
# characters until the system call that creates it (O_EXCL, mkdir)
# succeeds; NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile and
# TemporaryDirectory build on them. gettempdir() looks where CPython
# looks (TMPDIR, TEMP, TMP, then /tmp, /var/tmp, /usr/tmp, the current
# directory) and keeps the first directory it can write a file into.

import errno as _errno
import functools as _functools
import io as _io
import os as _os
import shutil as _shutil
import sys as _sys
import types as _types
from random import Random as _Random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "template",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = "tmp"
tempdir = None

_bin_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
_text_openflags = _bin_openflags


class _RandomNameSequence:
    """An endless iterator of eight-character names from [a-z0-9_]. A new
    generator is seeded after a fork, so that parent and child differ."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = None
        self._rng_pid = None

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != self._rng_pid:
            self._rng = _Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    """The module's one _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    """The directories gettempdir() tries, in order."""
    directories = []
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(name)
        if value:
            directories.append(value)
    directories.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        directories.append(_os.getcwd())
    except (AttributeError, OSError):
        directories.append(_os.curdir)
    return directories


def _get_default_tempdir():
    """The first candidate directory a file can be written into, as an
    absolute path; FileNotFoundError when there is none."""
    names = _get_candidate_names()
    directories = _candidate_tempdir_list()
    for directory in directories:
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(100):
            filename = _os.path.join(directory, next(names))
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                    _os.unlink(filename)
                return directory
            except FileExistsError:
                pass
            except PermissionError:
                if _os.path.isdir(directory):
                    continue  # a name that is a directory on some systems
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % directories)


def gettempprefix():
    """The default prefix for temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix for temporary names, as bytes."""
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def _infer_return_type(*args):
    """str or bytes, from the arguments that are given; TypeError when
    they mix the two."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    return str if return_type is None else return_type


def _sanitize_params(prefix, suffix, dir):
    """The defaults for the parameters left None, in the kind of the others."""
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _new_names(dir, prefix, suffix, output_type):
    """TMP_MAX candidate paths in dir."""
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + next(names) + suffix)


def _mkstemp_inner(dir, prefix, suffix, flags, output_type):
    """(fd, absolute path) of a new file, made with O_EXCL."""
    dir = _os.path.abspath(dir)
    for file in _new_names(dir, prefix, suffix, output_type):
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            # A name that exists as a directory reads as EACCES on Windows.
            if _os.name == 'nt' and _os.path.isdir(dir):
                continue
            raise
        return fd, file
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """User-callable function to create and return a unique temporary
    file. The return value is a pair (fd, name) where fd is the file
    descriptor returned by os.open, and name is the filename.

    The file is readable and writable only by the creating user, and
    the caller is responsible for deleting it when done with it.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """User-callable function to create and return a unique temporary
    directory. The return value is the pathname of the directory.

    The directory is readable, writable, and searchable only by the
    creating user, and the caller is responsible for deleting it.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for file in _new_names(dir, prefix, suffix, output_type):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file  # (relative for a relative dir, as in 3.11)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when it was chosen (unsafe: another
    process may take it before the caller does; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for file in _new_names(dir, prefix, suffix, str):
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes the file and, with delete, removes it, once."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def close(self, unlink=_os.unlink):
        if self.close_called:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """The file NamedTemporaryFile returns: the open file's methods and
    attributes, a name, and removal of the file when it is closed."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        file = self.__dict__['file']
        attribute = getattr(file, name)
        if hasattr(attribute, '__call__'):
            method = attribute

            @_functools.wraps(method)
            def call_on_file(*args, **kwargs):
                return method(*args, **kwargs)

            call_on_file._closer = self._closer
            attribute = call_on_file
        if not isinstance(attribute, int):
            setattr(self, name, attribute)
        return attribute

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the temporary file, possibly deleting it."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """Create and return a temporary file with a name in the file system
    (its .name), removed when it is closed if delete is true. The other
    arguments are open()'s and mkstemp()'s."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    name = None

    def opener(*args):
        nonlocal name
        fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
        return fd

    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors, opener=opener)
        try:
            raw = getattr(file, 'buffer', file)
            raw = getattr(raw, 'raw', raw)
            raw.name = name
            return _TemporaryFileWrapper(file, name, delete)
        except BaseException:
            file.close()
            raise
    except BaseException:
        if name is not None:
            _os.unlink(name)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """Create and return a temporary file without a name in the file
    system: it is removed as soon as it is made, and its .name is the
    descriptor."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd = None

    def opener(*args):
        nonlocal fd
        fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
        try:
            _os.unlink(name)
        except BaseException:
            _os.close(fd)
            raise
        return fd

    file = _io.open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors, opener=opener)
    raw = getattr(file, 'buffer', file)
    raw = getattr(raw, 'raw', raw)
    raw.name = fd
    return file


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file that stays in memory (BytesIO or StringIO) until
    it grows past max_size or fileno() is asked for, then moves to a
    TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {
            'mode': mode, 'buffering': buffering, 'suffix': suffix, 'prefix': prefix,
            'encoding': encoding, 'newline': newline, 'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file."""
        if self._rolled:
            return
        file = self._file
        new_file = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        position = file.tell()
        if hasattr(new_file, 'buffer'):
            new_file.buffer.write(file.detach().getvalue())
        else:
            new_file.write(file.getvalue())
        new_file.seek(position, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        pass

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        result = file.write(s)
        self._check(file)
        return result

    def writelines(self, iterable):
        file = self._file
        result = file.writelines(iterable)
        self._check(file)
        return result

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """Create and return a temporary directory (its .name); the context
    manager gives the name and removes the directory and everything in it
    at the end, as cleanup() does.

    With ignore_cleanup_errors, errors while removing it are ignored.
    """

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def onerror(function, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                # A directory made read-only inside: make it writable and retry.
                try:
                    if path != name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    try:
                        _os.unlink(path)
                    except IsADirectoryError:
                        cls._rmtree(path, ignore_errors=ignore_errors)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            elif not ignore_errors:
                raise

        _shutil.rmtree(name, onerror=onerror)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and _os.path.exists(self.name):
            self._removed = True
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        # A directory that was never cleaned up goes when the object does.
        if getattr(self, '_removed', True) is False and _os is not None:
            try:
                self.cleanup()
            except Exception:
                pass

    __class_getitem__ = classmethod(_types.GenericAlias)
