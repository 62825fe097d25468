# shutil: copying files and trees, moving, removing, which, disk_usage,
# get_terminal_size and the errors, in a scratch directory.
import os
import shutil
import stat
import io


def show(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


def tree(top):
    result = []
    for root, dirs, files in os.walk(top):
        for name in sorted(dirs + files):
            path = os.path.join(root, name)
            kind = 'L' if os.path.islink(path) else 'D' if os.path.isdir(path) else 'F'
            result.append('%s:%s' % (kind, os.path.relpath(path, top)))
    return sorted(result)


base = '/tmp/pyvm_shutil_basic_%d' % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)

with open('a.txt', 'w') as f:
    f.write('alpha\n' * 1000)
os.chmod('a.txt', 0o640)
os.utime('a.txt', (1000000, 2000000))

# copyfileobj
src = io.BytesIO(b'x' * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()))
src = io.StringIO('text')
dst = io.StringIO()
shutil.copyfileobj(src, dst, 2)
print(dst.getvalue())

# copyfile, copy, copy2
print(shutil.copyfile('a.txt', 'b.txt'), os.path.getsize('b.txt'))
print(oct(stat.S_IMODE(os.stat('b.txt').st_mode)) != '0o640' or True)
show('copyfile same', shutil.copyfile, 'a.txt', 'a.txt')
show('copyfile missing', shutil.copyfile, 'missing', 'x')
os.mkdir('dir')
show('copyfile to dir', shutil.copyfile, 'a.txt', 'dir')
show('copyfile into missing dir', shutil.copyfile, 'a.txt', 'nodir/x')
show('copyfile from dir', shutil.copyfile, 'dir', 'x')
print(shutil.copy('a.txt', 'c.txt'), oct(stat.S_IMODE(os.stat('c.txt').st_mode)),
      os.stat('c.txt').st_mtime == 2000000)
print(shutil.copy('a.txt', 'dir'), os.listdir('dir'))
print(shutil.copy2('a.txt', 'd.txt'), oct(stat.S_IMODE(os.stat('d.txt').st_mode)),
      os.stat('d.txt').st_mtime)
print(shutil.copy2('a.txt', 'dir/'), sorted(os.listdir('dir')))
os.symlink('a.txt', 'link')
print(shutil.copyfile('link', 'e.txt'), os.path.islink('e.txt'))
print(shutil.copyfile('link', 'link2', follow_symlinks=False), os.path.islink('link2'), os.readlink('link2'))
print(shutil.copy('link', 'link3', follow_symlinks=False), os.path.islink('link3'))
shutil.copymode('a.txt', 'e.txt')
print(oct(stat.S_IMODE(os.stat('e.txt').st_mode)))
shutil.copystat('a.txt', 'e.txt')
print(os.stat('e.txt').st_mtime)
show('copymode missing', shutil.copymode, 'missing', 'e.txt')
show('copy same', shutil.copy, 'a.txt', 'a.txt')
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError))

# copytree
os.makedirs('t/sub/deeper')
for name in ['t/x.py', 't/y.txt', 't/sub/z.py', 't/sub/deeper/w.pyc', 't/.hidden']:
    with open(name, 'w') as f:
        f.write(name)
os.symlink('x.py', 't/xlink')
os.symlink('sub', 't/sublink')
print(shutil.copytree('t', 'u'))
print(tree('u'))
print(shutil.copytree('t', 'v', symlinks=True) == 'v', tree('v'))
print(shutil.copytree('t', 'w', ignore=shutil.ignore_patterns('*.pyc', '.*', 'sub*')), tree('w'))
show('copytree exists', shutil.copytree, 't', 'u')
print(shutil.copytree('t', 'u', dirs_exist_ok=True), tree('u') == tree('t') or tree('u'))
calls = []


def ignore(path, names):
    calls.append((path, sorted(names)))
    return ['y.txt']


shutil.copytree('t', 'ig', ignore=ignore)
print(calls[0], len(calls), tree('ig'))
copied = []
shutil.copytree('t', 'cf', copy_function=lambda s, d: copied.append(s) or shutil.copyfile(s, d))
print(sorted(copied))
show('copytree missing', shutil.copytree, 'missing', 'nothing')
os.symlink('nowhere', 't/dangling')
try:
    shutil.copytree('t', 'dangling_copy')
except shutil.Error as e:
    print('Error', [(os.path.basename(s), os.path.basename(d), m) for s, d, m in e.args[0]])
print(tree(shutil.copytree('t', 'dangling_ok', ignore_dangling_symlinks=True)))
os.remove('t/dangling')

# rmtree
shutil.rmtree('w')
print(os.path.exists('w'))
show('rmtree missing', shutil.rmtree, 'missing')
show('rmtree file', shutil.rmtree, 'a.txt')
show('rmtree symlink', shutil.rmtree, 't/sublink')
shutil.rmtree('missing', ignore_errors=True)
errors = []
shutil.rmtree('missing', onerror=lambda f, p, e: errors.append((f.__name__, p, e[0].__name__)))
shutil.rmtree('t/sublink', onerror=lambda f, p, e: errors.append((f.__name__, p, e[0].__name__, str(e[1]))))
print(errors)
print(shutil.rmtree.avoids_symlink_attacks in (True, False))
shutil.rmtree('v')
print(os.path.exists('v'), os.path.exists('t/sub'))

# move
print(shutil.move('b.txt', 'moved.txt'), os.path.exists('b.txt'), os.path.exists('moved.txt'))
print(shutil.move('moved.txt', 'dir'), sorted(os.listdir('dir')))
print(shutil.move('u', 'dir'), tree('dir'))
print(shutil.move('dir/u', 'u2'), os.path.isdir('u2'))
show('move exists', shutil.move, 'c.txt', 'dir')
with open('dir/c.txt', 'w'):
    pass
show('move exists', shutil.move, 'c.txt', 'dir')
show('move into itself', shutil.move, 'u2', 'u2/sub')
show('move missing', shutil.move, 'missing', 'elsewhere')
print(shutil.move('link', 'link_moved'), os.readlink('link_moved'))

# which
os.mkdir('bin')
with open('bin/tool', 'w') as f:
    f.write('#!/bin/sh\n')
os.chmod('bin/tool', 0o755)
with open('bin/data', 'w'):
    pass
os.chmod('bin/data', 0o644)
binpath = os.path.join(base, 'bin')
print(os.path.relpath(shutil.which('tool', path=binpath), base))
print(shutil.which('data', path=binpath) is None or os.getuid() == 0, shutil.which('missing', path=binpath))
print(os.path.relpath(shutil.which('data', mode=os.F_OK, path=binpath), base))
print(shutil.which('bin/tool'), shutil.which('bin'), shutil.which('tool', path=''))
print(shutil.which(b'tool', path=binpath.encode()) == os.path.join(binpath, 'tool').encode())
print(shutil.which('sh') is not None, shutil.which('no_such_command_pyvm'))
saved = os.environ.get('PATH')
os.environ['PATH'] = binpath + os.pathsep + binpath
print(os.path.relpath(shutil.which('tool'), base))
os.environ['PATH'] = saved

# disk_usage, get_terminal_size
usage = shutil.disk_usage('.')
print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0, usage.free > 0)
show('disk_usage missing', shutil.disk_usage, 'missing')
os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'x'
del os.environ['LINES']
print(shutil.get_terminal_size((10, 20)))
del os.environ['COLUMNS']
print(shutil.get_terminal_size((33, 44)))
print(os.statvfs('.').f_bsize > 0, type(os.statvfs('.')).__name__)

os.chdir(start)
shutil.rmtree(base)
print(os.path.exists(base))
