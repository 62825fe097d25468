# os: the environment, descriptors, paths as str/bytes/PathLike, process
# information and the module's constants.
import os
import sys


def show(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull,
      os.curdir, os.pardir, os.defpath)
print(os.error is OSError, os.path is sys.modules['os.path'], os.path.__name__)
import os.path
from os import path as p
print(p is os.path, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)

# environ writes through to the process environment
os.environ['PYVM_TEST_VAR'] = 'value 1'
print(os.environ['PYVM_TEST_VAR'], os.getenv('PYVM_TEST_VAR'), 'PYVM_TEST_VAR' in os.environ)
print(os.environ.get('PYVM_TEST_VAR'), os.environ.get('PYVM_NOT_SET'), os.getenv('PYVM_NOT_SET', 'dflt'))
os.environ.update({'PYVM_A': '1', 'PYVM_B': '2'})
print(sorted(k for k in os.environ if k.startswith('PYVM_')))
print(os.environ.pop('PYVM_A'), os.environ.setdefault('PYVM_B', 'x'), os.environ.setdefault('PYVM_C', 'c'))
del os.environ['PYVM_B']
show('del missing', os.environ.__delitem__, 'PYVM_B')
show('get missing', os.environ.__getitem__, 'PYVM_MISSING')
show('set int', os.environ.__setitem__, 'PYVM_X', 1)
show('set int key', os.environ.__setitem__, 1, 'x')
show('set bad name', os.environ.__setitem__, 'A=B', 'x')
show('set null', os.environ.__setitem__, 'PYVM_N', 'a\0b')
print(sorted(k for k in os.environ if k.startswith('PYVM_')))
copy = os.environ.copy()
print(type(copy).__name__, copy['PYVM_C'], len(copy) == len(os.environ))
print(repr(os.environ).startswith('environ({'), type(os.environ).__name__)
merged = os.environ | {'PYVM_M': 'm'}
print(type(merged).__name__, merged['PYVM_M'], 'PYVM_M' in os.environ)
os.environ.clear() if False else None
os.putenv('PYVM_PUT', 'p')
print('PYVM_PUT' in os.environ)
os.unsetenv('PYVM_PUT')
show('putenv bad', os.putenv, 'A=B', 'c')
show('putenv empty', os.putenv, '', 'c')
show('putenv type', os.putenv, 1, 'c')
show('getenv int', os.getenv, 1)
from collections.abc import MutableMapping, Mapping
print(isinstance(os.environ, MutableMapping), isinstance(os.environ, Mapping))
for key in ('PYVM_TEST_VAR', 'PYVM_C'):
    del os.environ[key]

# paths
class P:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')), os.fspath(P(b'd')))
show('fspath int', os.fspath, 1)
show('fspath bad return', os.fspath, P(3))
print(os.fsencode('abc'), os.fsencode(b'x'), os.fsencode(P('\udcff')), ascii(os.fsdecode(b'\xff')), os.fsdecode('s'))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
print(os.PathLike[str])
show('PathLike()', os.PathLike)

# descriptors
base = '/tmp/pyvm_os_misc_%d' % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
name = 'fd.bin'
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b'hello world'), os.write(fd, bytearray(b'!')))
os.close(fd)
show('close twice', os.close, fd)
fd = os.open(name, os.O_RDWR)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -6, os.SEEK_END), os.read(fd, 3), os.lseek(fd, 0, os.SEEK_SET))
print(os.isatty(fd), os.fstat(fd).st_size)
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size)
with os.fdopen(fd, 'rb') as f:
    print(f.read())
show('open missing', os.open, 'missing', os.O_RDONLY)
show('open exclusive', os.open, name, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
show('read bad fd', os.read, 12345, 1)
show('write bad fd', os.write, 12345, b'x')
show('write str', os.write, 1, 'text')
show('lseek bad fd', os.lseek, 12345, 0, 0)
show('read negative', os.read, 0, -1)
os.remove(name)
os.chdir(start)
os.rmdir(base)

# walk
base = '/tmp/pyvm_os_walk_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'c'))
for f in ('top.txt', 'a/one.txt', 'a/b/two.txt', 'c/three.txt'):
    open(os.path.join(base, f), 'w').close()
os.symlink('a', os.path.join(base, 'link'))


def relative(triples):
    return sorted((os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in triples)


for row in relative(os.walk(base)):
    print(row)
print('-- followlinks')
for row in relative(os.walk(base, followlinks=True)):
    print(row)
print('-- bottom up order')
order = [os.path.relpath(d, base) for d, ds, fs in os.walk(base, topdown=False)]
print(order.index('a/b') < order.index('a'), order[-1])
print('-- pruning')
for d, ds, fs in os.walk(base):
    ds[:] = [x for x in ds if x != 'a']
    print(os.path.relpath(d, base), sorted(ds), sorted(fs))
print('-- bytes')
print(sorted(os.path.relpath(d, os.fsencode(base)) for d, ds, fs in os.walk(os.fsencode(base))))
errors = []
print(list(os.walk(os.path.join(base, 'missing'), onerror=errors.append)))
print([type(e).__name__ for e in errors], errors[0].filename == os.path.join(base, 'missing'))
print(list(os.walk(os.path.join(base, 'missing'))))
for d, ds, fs in os.walk(base, topdown=False):
    for f in fs:
        os.remove(os.path.join(d, f))
    for x in ds:
        path = os.path.join(d, x)
        if os.path.islink(path):
            os.remove(path)
        else:
            os.rmdir(path)
os.rmdir(base)
print(os.path.exists(base))

# process
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
show('urandom negative', os.urandom, -1)
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed == t[4], t[0] == t.user)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, isinstance(u.machine, str))
print(repr(os.times_result((1.0, 2.0, 3.0, 4.0, 5.0))))
print(repr(os.terminal_size((80, 24))), os.terminal_size((80, 24)).columns)
show('get_terminal_size pipe', os.get_terminal_size, 12345)
print(os.strerror(2), os.strerror(13), os.strerror(0))
print(os.getuid() == os.geteuid() or True, type(os.getgid()).__name__)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
show('putenv leading =', os.putenv, '=A', 'c')
show('unsetenv =', os.unsetenv, 'A=B')
show('unsetenv empty', os.unsetenv, '')
show('unsetenv null', os.unsetenv, 'A\0')

# environb: the same environment with bytes
os.environb[b'PYVM_BYTES'] = b'\xff\x01'
print(ascii(os.environ['PYVM_BYTES']), os.getenvb(b'PYVM_BYTES'), os.environb[b'PYVM_BYTES'],
      b'PYVM_BYTES' in os.environb, os.getenvb(b'PYVM_NOT_SET', b'd'))
print(repr(os.environb).startswith('environ({b'), len(os.environb) == len(os.environ))
show('environb str key', os.environb.__getitem__, 'PYVM_BYTES')
show('environb str value', os.environb.__setitem__, b'PYVM_X', 'y')
show('getenvb str', os.getenvb, 'x')
show('environb missing', os.environb.__getitem__, b'PYVM_NOT_SET')
del os.environb[b'PYVM_BYTES']
print('PYVM_BYTES' in os.environ)
show('environb del missing', os.environb.__delitem__, b'PYVM_BYTES')
