# os.path (posixpath): the string operations, for str, bytes and
# os.PathLike, with CPython's errors for wrong types and mixed kinds.
import os
import os.path as op
import posixpath


class P:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


def show(label, function, *args):
    try:
        result = function(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


print(op is posixpath, op.sep, op.curdir, op.pardir, op.extsep, op.pathsep, op.altsep, op.devnull)

for args in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'b'), ('a', ''), ('/', 'a', 'b/', 'c'),
             ('a',), ('a//', 'b'), (b'a', b'b'), (P('x'), 'y'), ('x', P('y')), ('a', '/b', 'c')]:
    show('join%r' % ([a if not isinstance(a, P) else 'P' for a in args],), op.join, *args)
show('join mixed', op.join, 'a', b'b')
show('join mixed2', op.join, b'a', 'b')
show('join int', op.join, 1)
show('join int2', op.join, 'a', 1)
show('join none', op.join, None, 'a')
show('join none2', op.join, 'a', None)
show('join nothing', op.join)

for p in ['', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b', '/a/b/', 'a//b', '//a', '///a//b//',
          b'/x/y', b'x', P('a/b')]:
    print(repr(p) if not isinstance(p, P) else 'P', op.split(p), op.basename(p), op.dirname(p),
          op.splitext(p), op.isabs(p), op.splitdrive(p))

for p in ['a.txt', 'a.tar.gz', '.bashrc', '..', '...', 'a/.b', 'a.b/c', 'a.', '.a.b', '..a',
          'a/..b.c', b'x.y', b'.z', '/', '']:
    print(repr(p), op.splitext(p))

for p in ['', '.', '..', '/', '//', '///', '/..', '/../a', 'a/..', 'a/../..', '../a/./b/',
          'a//b///c', '/a/./b/../../c', '//a/b', '///a', 'a/b/c/../../../..', './a', 'a/.',
          b'/a/../b', b'', b'//', '../../x/..']:
    print(repr(p), repr(op.normpath(p)))

print(op.commonprefix([]), op.commonprefix(['abc', 'abd', 'ab']), op.commonprefix(['/usr/lib', '/usr/local']),
      op.commonprefix([b'ab', b'ac']), op.commonprefix([['a', 'b'], ['a', 'c']]), op.commonprefix(['x']))
for paths in [['/a/b/c', '/a/b/d'], ['/a/b', '/a/bc'], ['a/b', 'a/b/c'], ['/a'], ['a/./b', 'a/b/'],
              [b'/x/y', b'/x/z'], ['/', '/a'], ['a', 'b'], ('x/y', 'x/z')]:
    show('commonpath %r' % (paths,), op.commonpath, paths)
show('commonpath empty', op.commonpath, [])
show('commonpath mixed', op.commonpath, ['/a', 'b'])
show('commonpath kinds', op.commonpath, ['/a', b'/b'])

print(op.relpath('/a/b/c', '/a'), op.relpath('/a', '/a/b/c'), op.relpath('/a/b', '/a/b'),
      op.relpath('/x/y', '/a/b'), op.relpath(b'/a/b', b'/a'), op.relpath('/a/b', P('/a')))
print(op.relpath('x/y', 'x'), op.relpath('x', 'x/y/z'))
show('relpath empty', op.relpath, '')
show('relpath mixed', op.relpath, '/a', b'/b')
show('relpath int', op.relpath, 1)

cwd = os.getcwd()
print(op.abspath('x') == op.join(cwd, 'x'), op.abspath('/a/../b'), op.abspath(b'/a/./b'),
      op.abspath('.') == cwd, op.isabs(op.abspath('y')))

os.environ['PYVM_V'] = 'vee'
os.environ.pop('PYVM_NONE', None)
for p in ['$PYVM_V', '${PYVM_V}', 'a$PYVM_V/b', '$PYVM_V.txt', '$PYVM_NONE', '${PYVM_NONE}x',
          '$', '${', '${PYVM_V', 'a$$b', '$1', '${PYVM_V}$PYVM_V', 'no vars', '$PYVM_V_x',
          b'$PYVM_V/x', b'${PYVM_NONE}', '${}', '${a b}']:
    print(repr(p), repr(op.expandvars(p)))
del os.environ['PYVM_V']

home = os.environ.get('HOME')
os.environ['HOME'] = '/home/tester/'
print(op.expanduser('~'), op.expanduser('~/x'), op.expanduser('x~'), op.expanduser(b'~/b'),
      op.expanduser('~root/z') in ('/root/z', '~root/z'), op.expanduser('~no_such_user_pyvm/x'))
os.environ['HOME'] = '/'
print(op.expanduser('~'), op.expanduser('~/a'))
if home is None:
    del os.environ['HOME']
else:
    os.environ['HOME'] = home

show('basename int', op.basename, 1)
show('dirname None', op.dirname, None)
show('split list', op.split, [])
show('splitext int', op.splitext, 3)
show('normpath int', op.normpath, 3)
show('isabs int', op.isabs, 3)
show('normcase', op.normcase, 'AbC')
