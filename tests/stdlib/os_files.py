# os: files and directories in a scratch directory (stat, listdir, mkdir,
# makedirs, rename, replace, remove, symlink, chmod, utime, access) and
# the errors CPython raises for each.
import os
import stat

base = '/tmp/pyvm_os_files_%d' % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.samefile(os.getcwd(), base))


def show(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        if isinstance(e, OSError):
            print('   ', e.errno, e.strerror, e.filename, e.filename2)
    else:
        print(label, '->', result)


with open('a.txt', 'w') as f:
    f.write('hello\n')
with open('b.bin', 'wb') as f:
    f.write(bytes(range(100)))

# stat
st = os.stat('a.txt')
print(type(st).__name__, type(st).__module__, len(st))
print(st.st_size, st[stat.ST_SIZE], st.st_nlink, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(stat.filemode(st.st_mode)[0], stat.S_IMODE(os.stat('.').st_mode) != 0)
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 1_000_000_000 == st[stat.ST_MTIME] == int(st.st_mtime))
print(st == os.stat('a.txt'), isinstance(st, tuple))
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, nlink, ino == st.st_ino, dev == st.st_dev)
print(os.lstat('a.txt').st_size, os.path.getsize('b.bin'))
fd = os.open('b.bin', os.O_RDONLY)
print(os.fstat(fd).st_size, os.stat(fd).st_size)
os.close(fd)
show('stat missing', os.stat, 'missing.txt')
show('stat bad type', os.stat, 3.5)
show('stat none', os.stat, None)
show('stat null', os.stat, 'a\0b')
show('lstat missing', os.lstat, b'missing')
show('fstat bad fd', os.fstat, 999)
try:
    st.st_size = 3
except AttributeError as e:
    print('AttributeError', e)

r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(r.st_atime, r.st_mtime_ns, r[7])
r = os.stat_result(tuple(range(10, 23)))
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r[7])
show('stat_result short', os.stat_result, (1, 2))

# directories
os.mkdir('sub')
show('mkdir exists', os.mkdir, 'sub')
show('mkdir missing parent', os.mkdir, 'nope/sub')
os.makedirs('deep/er/est')
show('makedirs exists', os.makedirs, 'deep/er')
os.makedirs('deep/er', exist_ok=True)
show('makedirs over file', os.makedirs, 'a.txt', exist_ok=True)
os.makedirs(b'bytes/dir')
print(sorted(os.listdir()), sorted(os.listdir('.')) == sorted(os.listdir(None)))
print(sorted(os.listdir(b'.')))
print(os.listdir('deep'), os.listdir(b'bytes'))
show('listdir missing', os.listdir, 'missing')
show('listdir file', os.listdir, 'a.txt')
show('rmdir not empty', os.rmdir, 'deep')
show('rmdir missing', os.rmdir, 'missing')
os.removedirs('deep/er/est')
os.removedirs(b'bytes/dir')
print(sorted(os.listdir()))

# scandir
os.mkdir('tree')
open('tree/f1', 'w').close()
open('tree/.hidden', 'w').close()
os.mkdir('tree/d1')
os.symlink('f1', 'tree/link')
os.symlink('missing', 'tree/broken')
os.symlink('d1', 'tree/dirlink')
with os.scandir('tree') as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(repr(entry), entry.name, entry.path, entry.is_file(), entry.is_dir(),
              entry.is_symlink(), entry.is_file(follow_symlinks=False),
              entry.is_dir(follow_symlinks=False), os.fspath(entry))
entries = list(os.scandir(b'tree'))
print(sorted(e.name for e in entries), type(entries[0].path).__name__)
entry = [e for e in os.scandir('tree') if e.name == 'f1'][0]
print(entry.stat().st_size, entry.inode() == os.stat('tree/f1').st_ino)
print(isinstance(entry, os.DirEntry), isinstance(entry, os.PathLike))
show('scandir missing', os.scandir, 'missing')
try:
    os.DirEntry()
except TypeError as e:
    print('TypeError', e)
print(os.readlink('tree/link'), os.readlink(b'tree/broken'))
show('readlink file', os.readlink, 'a.txt')
show('symlink exists', os.symlink, 'x', 'tree/link')
print(os.path.islink('tree/link'), os.path.exists('tree/broken'), os.path.lexists('tree/broken'))

# rename, replace, remove
os.rename('a.txt', 'c.txt')
print(os.path.exists('a.txt'), os.path.exists('c.txt'))
show('rename missing', os.rename, 'a.txt', 'd.txt')
open('e.txt', 'w').close()
os.replace('c.txt', 'e.txt')
with open('e.txt') as f:
    print(repr(f.read()))
show('replace onto dir', os.replace, 'e.txt', 'sub')
show('remove missing', os.remove, 'missing')
show('unlink dir', os.unlink, 'sub')
os.link('e.txt', 'hard.txt')
print(os.stat('e.txt').st_nlink, os.path.samefile('e.txt', 'hard.txt'))
os.unlink('hard.txt')
os.renames('e.txt', 'new/dirs/e.txt')
print(sorted(os.listdir()), os.listdir('new/dirs'))
os.renames('new/dirs/e.txt', 'e.txt')
print('new' in os.listdir())

# chmod, access, utime, truncate
os.chmod('e.txt', 0o640)
print(oct(stat.S_IMODE(os.stat('e.txt').st_mode)), stat.filemode(os.stat('e.txt').st_mode))
print(os.access('e.txt', os.F_OK), os.access('e.txt', os.R_OK), os.access('missing', os.F_OK))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
show('chmod missing', os.chmod, 'missing', 0o600)
os.utime('e.txt', (1000000000, 1500000000))
st = os.stat('e.txt')
print(st.st_atime, st.st_mtime, st[stat.ST_MTIME], st.st_mtime_ns)
os.utime('e.txt', ns=(5_000_000_123, 7_000_000_456))
st = os.stat('e.txt')
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
os.utime('e.txt', (1.5, 2.25))
print(os.stat('e.txt').st_mtime, os.path.getmtime('e.txt'))
os.utime('e.txt')
print(os.stat('e.txt').st_mtime > 1e9)
show('utime both', os.utime, 'e.txt', (1, 2), ns=(1, 2))
show('utime bad times', os.utime, 'e.txt', 5)
show('utime missing', os.utime, 'missing', (1, 2))
os.truncate('b.bin', 10)
print(os.path.getsize('b.bin'))

# clean up
for name in os.listdir('tree'):
    path = os.path.join('tree', name)
    if os.path.isdir(path) and not os.path.islink(path):
        os.rmdir(path)
    else:
        os.remove(path)
for name in ('tree', 'sub'):
    os.rmdir(name)
for name in ('b.bin', 'e.txt'):
    os.remove(name)
print(os.listdir())
os.chdir(start)
os.rmdir(base)
print(os.path.exists(base))

# argument types, as each function names its parameter
for label, call in [('rename src', lambda: os.rename(1, 'a')), ('rename dst', lambda: os.rename('a', 1)),
                    ('symlink src', lambda: os.symlink(1, 'a')), ('link dst', lambda: os.link('a', 1)),
                    ('replace src', lambda: os.replace(1, 'a')), ('mkdir', lambda: os.mkdir(1)),
                    ('chmod', lambda: os.chmod(1.5, 1)), ('utime', lambda: os.utime(1.5)),
                    ('access', lambda: os.access(1, 0)), ('truncate', lambda: os.truncate(1.5, 0)),
                    ('scandir', lambda: os.scandir(1.5)), ('statvfs', lambda: os.statvfs(1.5)),
                    ('chown', lambda: os.chown(1.5, 1, 1)), ('mkfifo', lambda: os.mkfifo(1)),
                    ('listdir', lambda: os.listdir(1.5)), ('remove', lambda: os.remove([])),
                    ('readlink', lambda: os.readlink(None))]:
    show(label, call)

# listdir of a directory's descriptor
base = '/tmp/pyvm_os_files_fd_%d' % os.getpid()
os.mkdir(base)
open(os.path.join(base, 'one'), 'w').close()
fd = os.open(base, os.O_RDONLY)
print(os.listdir(fd), os.listdir(fd))
os.close(fd)
show('listdir closed fd', os.listdir, fd)
fd = os.open(os.path.join(base, 'one'), os.O_RDONLY)
try:
    os.listdir(fd)
except NotADirectoryError as e:
    print('NotADirectoryError', e.errno, e.filename == fd)
os.close(fd)
os.remove(os.path.join(base, 'one'))
os.rmdir(base)
