# SPDX-License-Identifier: GPL-3.0-or-later
"""This module tries to retrieve as much platform-identifying data as
possible. It makes this information available via function APIs.
"""

# pyvm's platform, for POSIX systems: what os.uname() says (system, node,
# release, version, machine), the C library's version (confstr), the
# executable's format (its ELF header), and the Python version from
# sys.version_info. python_implementation() names sys.implementation as
# CPython spells the known ones ('CPython', 'PyPy', ...), so under pyvm
# it is 'pyvm'. Nothing here runs a subprocess, so processor() is ''
# (what CPython reports where `uname -p` says "unknown").

import collections
import functools
import itertools
import os
import sys

__copyright__ = ""
__version__ = '1.0.8'

_IMPLEMENTATION_NAMES = {
    'cpython': 'CPython',
    'pypy': 'PyPy',
    'ironpython': 'IronPython',
    'jython': 'Jython',
}


# ---- the running Python

def python_implementation():
    """Returns a string identifying the Python implementation:
    'CPython', 'PyPy', ... (sys.implementation.name otherwise)."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name)


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(str(part) for part in sys.version_info[:3])


def _version_details():
    """(build, compiler) from sys.version's parentheses and brackets, as
    CPython writes them: '3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]'."""
    text = sys.version
    build = compiler = ''
    open_paren = text.find('(')
    close_paren = text.find(')', open_paren + 1)
    if open_paren >= 0 and close_paren >= 0:
        build = text[open_paren + 1:close_paren]
    open_bracket = text.find('[')
    close_bracket = text.find(']', open_bracket + 1)
    if open_bracket >= 0 and close_bracket >= 0:
        compiler = text[open_bracket + 1:close_bracket]
    return build, compiler


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python build
    number and date as strings."""
    build, _ = _version_details()
    number, _, date = build.partition(',')
    return number.strip(), date.strip().replace(', ', ' ')


def python_compiler():
    """Returns a string identifying the compiler used for compiling Python."""
    return _version_details()[1]


def python_branch():
    """Returns a string identifying the Python implementation branch."""
    return ''


def python_revision():
    """Returns a string identifying the Python implementation revision."""
    return ''


# ---- the system

class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """A uname_result that's largely compatible with a simple namedtuple
    except that 'processor' is resolved late and cached to avoid calling
    "uname -p" unless it is needed."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        return _processor()

    def __iter__(self):
        return itertools.chain(super().__iter__(), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        count = len(cls.__bases__[0]._fields)
        return cls.__new__(cls, *iterable[:count])

    def __len__(self):
        return len(tuple(iter(self)))

    def __getitem__(self, key):
        return tuple(self)[key]

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def _processor():
    return ''


_uname_cache = None


def uname():
    """Fairly portable uname interface. Returns a tuple of strings
    (system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        names = os.uname()
        _uname_cache = uname_result(names.sysname, names.nodename, names.release,
                                    names.version, names.machine)
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows', or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (which may not be fully qualified)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6' ('' when it cannot
    be determined)."""
    return uname().processor


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common marketing
    names used for some systems (none for the POSIX systems)."""
    if system == 'SunOS' and release >= '5':
        major, _, rest = release.partition('.')
        release = '%d.%s' % (int(major) - 3, rest) if rest else str(int(major) - 3)
        return 'Solaris', release, version
    return system, release, version


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable (which
    defaults to the Python interpreter) is linked against."""
    if executable is None:
        try:
            found = os.confstr('CS_GNU_LIBC_VERSION')
        except (AttributeError, ValueError, OSError):
            found = None
        if found:
            parts = found.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
    return lib, version


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable (defaults to the Python interpreter
    binary) for various architecture information: (bits, linkage)."""
    if not bits:
        bits = '%dbit' % (8 * _pointer_size())
    try:
        with open(executable, 'rb') as binary:
            header = binary.read(5)
    except (OSError, TypeError, ValueError):
        return bits, linkage
    if header[:4] == b'\x7fELF':
        linkage = 'ELF'
        if header[4:5] == b'\x01':
            bits = '32bit'
        elif header[4:5] == b'\x02':
            bits = '64bit'
    return bits, linkage


def _pointer_size():
    return 8 if sys.maxsize > 2 ** 32 else 4


def _platform(*args):
    """A platform string made of the non-empty arguments, with the
    characters that are awkward in file names replaced."""
    text = '-'.join(arg.strip() for arg in args if arg)
    text = text.replace(' ', '_')
    for character in '/\\:;"()':
        text = text.replace(character, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform with as
    much useful information as possible (but no more :)."""
    key = (bool(aliased), bool(terse))
    if key in _platform_cache:
        return _platform_cache[key]
    system_name, _, release_name, version_name, machine_name, processor_name = uname()
    if machine_name == processor_name:
        processor_name = ''
    if aliased:
        system_name, release_name, version_name = system_alias(system_name, release_name,
                                                               version_name)
    if system_name == 'Linux':
        libc_name, libc_version = libc_ver()
        result = _platform(system_name, release_name, machine_name, processor_name, 'with',
                           libc_name + libc_version)
    elif terse:
        result = _platform(system_name, release_name)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(system_name, release_name, machine_name, processor_name, bits,
                           linkage)
    _platform_cache[key] = result
    return result


# ---- other systems' questions, answered for this one

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


_os_release_cache = None


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ("/etc/os-release", "/usr/lib/os-release"):
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, "Unable to read files /etc/os-release, /usr/lib/os-release")
    return _os_release_cache.copy()


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if not (key.replace('_', 'A').isalnum() and key.isascii()):
            continue
        info[key] = _unquote_shell_value(value)
    return info


def _unquote_shell_value(value):
    """The value of an os-release assignment: quotes removed, and the
    backslash escapes of $, ", \\ and ` inside them undone."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
    out = []
    i = 0
    while i < len(value):
        if value[i] == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
            out.append(value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return ''.join(out)
