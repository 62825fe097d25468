# SPDX-License-Identifier: GPL-3.0-or-later
"""Filename globbing utility."""

# pyvm's glob, with CPython 3.11's rules: names starting with '.' match
# only a pattern that starts with '.' (unless include_hidden), '**'
# matches any number of directories when recursive is true, a pattern
# ending in '/' matches directories only, and the results come in the
# order the directories list their entries. root_dir makes the pattern
# (and the results) relative to another directory.

import fnmatch
import itertools
import os
import re

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported on pyvm")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    matches = _glob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # The empty match '**' makes of the directory itself is not a result.
        try:
            first = next(matches)
        except StopIteration:
            return iter(())
        if first:
            matches = itertools.chain((first,), matches)
    return matches


def _glob(pathname, root_dir, recursive, dirs_only, include_hidden):
    directory, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, directory)):
            yield pathname  # a pattern ending with '/' matches directories only
        return
    if not directory:
        yield from _matcher(basename, recursive)(root_dir, basename, dirs_only, include_hidden)
        return
    if directory != pathname and has_magic(directory):
        directories = _glob(directory, root_dir, recursive, True, include_hidden)
    else:
        directories = [directory]
    if has_magic(basename):
        match_in = _matcher(basename, recursive)
    else:
        match_in = _literal_in
    for directory in directories:
        for name in match_in(_join(root_dir, directory), basename, dirs_only, include_hidden):
            yield os.path.join(directory, name)


def _matcher(basename, recursive):
    return _recursive_in if recursive and _is_recursive(basename) else _pattern_in


def _pattern_in(directory, pattern, dirs_only, include_hidden):
    """The names in `directory` that match a pattern of one component."""
    names = _list_directory(directory, dirs_only)
    if not include_hidden and not _is_hidden(pattern):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _literal_in(directory, basename, dirs_only, include_hidden):
    """[basename] if it is in `directory` (the directory itself for '')."""
    if basename:
        if os.path.lexists(_join(directory, basename)):
            return [basename]
    elif os.path.isdir(directory):
        return [basename]
    return []


def _recursive_in(directory, pattern, dirs_only, include_hidden):
    """'**': the directory itself (''), then everything below it."""
    yield pattern[:0]
    yield from _walk_names(directory, dirs_only, include_hidden)


def _walk_names(directory, dirs_only, include_hidden):
    for name in _list_directory(directory, dirs_only):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(directory, name) if directory else name
            for below in _walk_names(path, dirs_only, include_hidden):
                yield _join(name, below)


def _list_directory(directory, dirs_only):
    """The names in a directory (its subdirectories only with dirs_only);
    [] for a directory that cannot be read."""
    if not directory:
        directory = b'.' if isinstance(directory, bytes) else '.'
    names = []
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                try:
                    if not dirs_only or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _join(directory, basename):
    if not directory or not basename:
        return directory or basename
    return os.path.join(directory, basename)


_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """Whether the pattern has any of the special characters * ? [."""
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def _is_hidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escape all special characters."""
    if isinstance(pathname, bytes):
        return _magic_bytes.sub(br'[\1]', pathname)
    return _magic.sub(r'[\1]', pathname)


magic_check = _magic
magic_check_bytes = _magic_bytes
