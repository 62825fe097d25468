# platform: the system's names agree with os.uname(), the Python version
# with sys.version_info, the implementation with sys.implementation.
import os
import platform
import sys

u = os.uname()
print(platform.system() == u.sysname, platform.node() == u.nodename,
      platform.release() == u.release, platform.version() == u.version,
      platform.machine() == u.machine, isinstance(platform.processor(), str))
print(platform.system())
r = platform.uname()
print(type(r).__name__, r._fields, len(r), len(tuple(r)), r[0] == r.system, r[-1] == r.processor,
      r.system == platform.system(), r[:2] == (r.system, r.node))
print(repr(r) == "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)"
      % (r.system, r.node, r.release, r.version, r.machine))
system, node, release, version, machine, processor = r
print(system == u.sysname, platform.uname() is platform.uname())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3],
      platform.python_version_tuple() == tuple(map(str, sys.version_info[:3])),
      type(platform.python_version_tuple()).__name__)
impl = platform.python_implementation()
print(impl.lower() == sys.implementation.name, isinstance(impl, str))
print(type(platform.python_build()).__name__, len(platform.python_build()),
      isinstance(platform.python_compiler(), str), platform.python_branch(), platform.python_revision())
p = platform.platform()
print(p.startswith(u.sysname + '-' + u.release.replace(' ', '_')), u.machine in p, ' ' not in p,
      '--' not in p, p == platform.platform(), isinstance(platform.platform(terse=True), str),
      isinstance(platform.platform(aliased=True), str))
libc = platform.libc_ver()
print(type(libc).__name__, len(libc), libc[0], libc[1].replace('.', '').isdigit())
print(p.endswith('-with-' + libc[0] + libc[1]))
print(platform.architecture(), platform.architecture(bits='8bit'), platform.architecture('/no/such/file'))
print(platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot(), platform.mac_ver(),
      platform.java_ver())
print(platform.system_alias('Linux', '5.0', '#1'))
info = platform.freedesktop_os_release()
print(type(info).__name__, 'NAME' in info, 'ID' in info, info is not platform.freedesktop_os_release())
print(platform._platform('a b', 'c/d', '', 'unknown', 'e(f)'), platform._platform('x', 'y--', 'z-'))
