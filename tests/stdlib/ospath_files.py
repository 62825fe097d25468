# os.path (posixpath): the questions about files — exists, lexists,
# isfile, isdir, islink, ismount, getsize, getmtime, samefile, realpath —
# in a scratch directory, with str, bytes and PathLike paths.
import os
import os.path as op


class P:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


def show(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


base = op.realpath('/tmp/pyvm_ospath_files_%d' % os.getpid())
os.mkdir(base)
start = os.getcwd()
os.chdir(base)

with open('file.txt', 'w') as f:
    f.write('12345')
os.mkdir('dir')
os.symlink('file.txt', 'link')
os.symlink('dir', 'dirlink')
os.symlink('nowhere', 'broken')
os.symlink('loop1', 'loop2')
os.symlink('loop2', 'loop1')

names = ['file.txt', 'dir', 'link', 'dirlink', 'broken', 'loop1', 'missing', '', '.',
         b'file.txt', b'dir', P('link'), 'file.txt/x', 'a\0b']
for name in names:
    label = 'P' if isinstance(name, P) else repr(name)
    print(label, op.exists(name), op.lexists(name), op.isfile(name), op.isdir(name),
          op.islink(name), op.ismount(name))
print(op.exists(1234), op.isdir(1234), op.ismount('/'), op.ismount(b'/'))
fd = os.open('file.txt', os.O_RDONLY)
print(op.exists(fd), op.isfile(fd))
os.close(fd)

print(op.getsize('file.txt'), op.getsize(b'link'), op.getsize(P('file.txt')))
show('getsize missing', op.getsize, 'missing')
show('getsize broken', op.getsize, 'broken')
os.utime('file.txt', (100, 200))
print(op.getmtime('file.txt'), op.getatime('file.txt'), type(op.getctime('file.txt')).__name__)
show('getmtime missing', op.getmtime, 'missing')
print(op.samefile('file.txt', 'link'), op.samefile('dir', 'dirlink'), op.samefile('file.txt', 'dir'))
show('samefile missing', op.samefile, 'file.txt', 'missing')
print(op.samestat(os.stat('file.txt'), os.stat('link')))
with open('file.txt') as a, open('link') as b:
    print(op.sameopenfile(a.fileno(), b.fileno()))

# realpath: results relative to the scratch directory
def rel(path):
    if isinstance(path, bytes):
        return op.relpath(path, os.fsencode(base))
    return op.relpath(path, base)


for name in ['file.txt', 'link', 'dirlink', 'dirlink/../file.txt', 'broken', 'missing/x',
             'dir/../link', '.', b'link', P('dirlink'), 'loop1', 'loop1/x', 'link/..', '']:
    label = 'P' if isinstance(name, P) else repr(name)
    print(label, rel(op.realpath(name)))
show('realpath strict missing', lambda: rel(op.realpath('missing', strict=True)))
show('realpath strict loop', lambda: rel(op.realpath('loop1', strict=True)))
print(rel(op.realpath('link', strict=True)))
print(op.realpath('/') , op.realpath('//'), op.realpath(b'/..'))
os.symlink(op.join(base, 'dir'), 'abslink')
print(rel(op.realpath('abslink/..')), rel(op.realpath('abslink')))

for name in ['file.txt', 'link', 'dirlink', 'broken', 'loop1', 'loop2', 'abslink']:
    os.remove(name)
os.rmdir('dir')
os.chdir(start)
os.rmdir(base)
print(op.exists(base))
