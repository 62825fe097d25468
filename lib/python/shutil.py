# SPDX-License-Identifier: GPL-3.0-or-later
"""Utility functions for copying and archiving files and directory trees."""

# pyvm's shutil: copying files (contents, mode, times), copying, moving
# and removing trees, which(), disk_usage() and get_terminal_size(), with
# CPython 3.11's results and errors. rmtree works by path (pyvm's os has
# no dir_fd), so rmtree.avoids_symlink_attacks is False; chown reads user
# and group names from /etc/passwd and /etc/group (there is no pwd or grp
# module); archives (make_archive, unpack_archive) are not provided.

import collections
import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "disk_usage", "get_terminal_size", "which",
           "ignore_patterns", "chown", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _same_file(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(path):
    return path.stat() if isinstance(path, os.DirEntry) else os.stat(path)


def _is_symlink(path):
    return path.is_symlink() if isinstance(path, os.DirEntry) else os.path.islink(path)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible.

    If follow_symlinks is not set and src is a symbolic link, a new
    symlink will be created instead of copying the file it points to.
    """
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        try:
            st = _stat(name)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            name = name.path if isinstance(name, os.DirEntry) else name
            raise SpecialFileError("`%s` is a named pipe" % name)
    if not follow_symlinks and _is_symlink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as source:
        try:
            with open(dst, 'wb') as target:
                copyfileobj(source, target)
        except IsADirectoryError as error:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from error
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst."""
    if not follow_symlinks and _is_symlink(src) and os.path.islink(dst):
        return  # Linux cannot change a symbolic link's mode
    st = os.stat(src, follow_symlinks=follow_symlinks) if not isinstance(src, os.DirEntry) \
        else src.stat(follow_symlinks=follow_symlinks)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy file metadata: the permission bits, last access time and last
    modification time from src to dst."""
    follow = follow_symlinks or not (_is_symlink(src) and os.path.islink(dst))
    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = os.stat(src, follow_symlinks=follow)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    if follow:
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata. Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """Function that can be used as copytree() ignore parameter.

    Patterns is a sequence of glob-style patterns
    that are used to exclude files"""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory.

    Errors are collected and raised together as shutil.Error, whose
    argument is the list of (srcname, dstname, message) triples.
    """
    with os.scandir(src) as scanner:
        entries = list(scanner)
    return _copy_tree(entries, src, dst, symlinks, ignore, copy_function,
                      ignore_dangling_symlinks, dirs_exist_ok)


def _copy_tree(entries, src, dst, symlinks, ignore, copy_function, ignore_dangling_symlinks,
               dirs_exist_ok):
    ignored = ignore(os.fspath(src), [entry.name for entry in entries]) if ignore else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                link_to = os.readlink(source)
                if symlinks:
                    os.symlink(link_to, target)
                    copystat(entry, target, follow_symlinks=not symlinks)
                    continue
                # (As CPython, the target is looked up from the current
                # directory, not from the link's.)
                if not os.path.exists(link_to) and ignore_dangling_symlinks:
                    continue
                if entry.is_dir():
                    copytree(source, target, symlinks, ignore, copy_function,
                             ignore_dangling_symlinks, dirs_exist_ok)
                else:
                    copy_function(source, target)
            elif entry.is_dir():
                copytree(source, target, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(source, target)
        except Error as error:
            errors.extend(error.args[0])
        except OSError as error:
            errors.append((source, target, str(error)))
    try:
        copystat(src, dst)
    except OSError as error:
        errors.append((src, dst, str(error)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree.

    If ignore_errors is set, errors are ignored; otherwise, if onerror is
    set, it is called to handle the error with arguments (func, path,
    exc_info) where func is the os function that failed, path is the
    argument that caused it to fail, and exc_info is a tuple returned by
    sys.exc_info(). If both are unset, the error is raised.
    """
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    _remove_tree(path, onerror)


def _remove_tree(path, onerror):
    try:
        with os.scandir(path) as scanner:
            entries = list(scanner)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        full_name = entry.path
        try:
            is_directory = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_directory = False
        if is_directory:
            _remove_tree(full_name, onerror)
            continue
        try:
            os.unlink(full_name)
        except OSError:
            onerror(os.unlink, full_name, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


# pyvm removes trees by path names, not through directory descriptors.
rmtree.avoids_symlink_attacks = False


def _basename(path):
    return os.path.basename(path.rstrip(os.path.sep))


def _destination_in_source(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location (as the
    Unix "mv" command) and return the destination.

    Inside one file system this is os.rename(); otherwise src is copied
    (copytree for a directory, with symbolic links kept) and removed.
    """
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(os.fspath(src)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            link_to = os.readlink(src)
            os.symlink(link_to, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destination_in_source(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """Return disk usage statistics about the given path.

    Returned value is a named tuple with attributes 'total', 'used' and
    'free', which are the amount of total, used and free space, in bytes.
    """
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


def chown(path, user=None, group=None):
    """Change owner user and group of the given path (names or ids)."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = user if isinstance(user, int) else _id_of('/etc/passwd', user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is not None:
        gid = group if isinstance(group, int) else _id_of('/etc/group', group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


def _id_of(table, name):
    """The number of a user (/etc/passwd) or group (/etc/group) by name, or None."""
    try:
        with open(table, encoding='utf-8', errors='surrogateescape') as lines:
            for line in lines:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 3 and fields[0] == name and fields[2].isdigit():
                    return int(fields[2])
    except OSError:
        pass
    return None


def get_terminal_size(fallback=(80, 24)):
    """Get the size of the terminal window: the COLUMNS and LINES
    environment variables, then the terminal of sys.__stdout__, then
    `fallback`."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _access_check(name, mode):
    return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Given a command, mode, and a PATH string, return the path which
    conforms to the given mode on the PATH, or None if there is no such
    file.
    """
    if os.path.dirname(cmd):
        return cmd if _access_check(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        directories = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        directories = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for directory in directories:
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if _access_check(name, mode):
            return name
    return None
