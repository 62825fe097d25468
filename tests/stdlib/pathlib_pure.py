# pathlib: pure paths — parsing, components, joining, the with_* methods,
# relative_to, match, parents, comparisons, reprs and the errors.
import os
import pathlib
from pathlib import PurePath, PurePosixPath, Path, PosixPath


def show(label, function, *args):
    try:
        result = function(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


texts = ['', '.', '..', 'a', 'a/b', '/a/b', '//a/b', '///a/b', 'a//b/./c/..', 'a/', '/',
         '//', './a', 'a/./b/.', '../x', '/a/b/c.tar.gz', '.bashrc', 'a.', 'a..b', 'x/.y.z',
         'dir/file.txt', '~/x']
for text in texts:
    p = PurePath(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent),
          p.is_absolute(), p.is_reserved(), p.as_posix())

print(PurePath('a', 'b', 'c'), PurePath('a', '/b', 'c'), PurePath(PurePath('x'), 'y'),
      PurePath(), PurePath('a', ''), PurePosixPath('a', PurePosixPath('/b')))
print(type(PurePath('a')).__name__, type(Path('a')).__name__, type(PurePosixPath()).__name__)


class P:
    def __fspath__(self):
        return 'from/fspath'


print(PurePath(P()), PurePath('a') / P(), P() / PurePath('z'))
show('int', PurePath, 1)
show('bytes', PurePath, b'a')
show('None', PurePath, None)
show('fspath bytes', PurePath, pathlib.PurePath(os.fsdecode(b'ok')).__class__)

p = PurePath('/usr/lib/python3.11/os.py')
print(p / 'x', p.parent / 'x', 'root' / PurePath('rel'), '/abs' / PurePath('rel'),
      PurePath('a') / '/b', p.joinpath('a', 'b'), p.joinpath(), PurePath('a').joinpath(PurePath('b'), 'c'))
show('div int', lambda: PurePath('a') / 1)
show('rdiv int', lambda: 1 / PurePath('a'))
show('joinpath None', PurePath('a').joinpath, None)

print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::-1])
print(list(PurePath('a/b').parents), list(PurePath('/').parents), list(PurePath().parents),
      repr(PurePath('a/b').parents))
show('parents[9]', lambda: p.parents[9])
show('parents[-9]', lambda: p.parents[-9])
show('parents str', lambda: p.parents['x'])
print(p.parents.index(PurePath('/usr')), PurePath('/usr') in p.parents, p.parents.count(PurePath('/')))

for name in ['b.txt', 'c', '..', '.hidden']:
    print(PurePath('/a/b.py').with_name(name), PurePath('x.tar.gz').with_stem(name.strip('.') or 'q'))
for bad in ['', '/', 'a/b', '.', 'x/']:
    show('with_name %r' % bad, PurePath('a/b').with_name, bad)
show('with_name empty', PurePath('/').with_name, 'x')
show('with_name empty2', PurePath().with_name, 'x')
for suffix in ['.txt', '', '.tar.gz', '.a']:
    print(PurePath('dir/f.py').with_suffix(suffix), PurePath('dir/f').with_suffix(suffix),
          PurePath('f.tar.gz').with_suffix(suffix))
for bad in ['txt', '.', './b', '/']:
    show('with_suffix %r' % bad, PurePath('a.b').with_suffix, bad)
show('with_suffix empty', PurePath('/').with_suffix, '.x')
show('with_stem empty', PurePath('a.txt').with_stem, '')

print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b/c').relative_to('/a/b/c'),
      PurePath('a/b').relative_to('a'), PurePath('/a/b').relative_to('/', 'a'),
      PurePath('/a/b').relative_to(PurePath('/')))
show('relative_to other', PurePath('a').relative_to, 'b')
show('relative_to abs', PurePath('/a').relative_to, 'a')
show('relative_to rel', PurePath('a').relative_to, '/a')
show('relative_to none', PurePath('a').relative_to)
show('relative_to partial', PurePath('/ab').relative_to, '/a')
print(PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('/b'),
      PurePath('a').is_relative_to('a'), PurePath('a').is_relative_to(''))

for path, pattern in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                      ('/a/b.py', '/*.py'), ('/a/b.py', '/a/*.py'), ('b.py', '/b.py'),
                      ('a/b.py', 'a/b/c.py'), ('A.PY', '*.py'), ('a/b', '*'), ('a/b', '*/*/*'),
                      ('a', '**'), ('x/y/z', 'y/*'), ('.hidden', '*'), ('a/b.py', '[ab]/?.py')]:
    print(path, pattern, PurePath(path).match(pattern))
show('match empty', PurePath('a').match, '')

a, b, c = PurePath('a'), PurePath('b'), PurePath('a/b')
print(a == PurePath('a'), a == PurePosixPath('a'), a == Path('a'), a == 'a', a != b,
      PurePath('a/') == PurePath('a'), PurePath('//a') == PurePath('/a'), PurePath('a/./b') == c)
print(a < b, c > a, a <= a, b >= c, sorted([b, c, a, PurePath('/z'), PurePath('')]))
show('lt str', lambda: a < 'b')
show('gt int', lambda: a > 1)
print(hash(a) == hash(PurePath('a')), hash(c) == hash(PurePath('a//b')), len({a, PurePath('a'), Path('a'), b}))
print(str(PurePath('x/y')), os.fspath(PurePath('x/y')), bytes(PurePath('x/\u00e9')),
      PurePath('/a b/%/\u00e9').as_uri(), PurePath('/').as_uri(), PurePath('//h/x').as_uri())
show('as_uri relative', PurePath('a').as_uri)
print(PurePath('a/b').__reduce__(), PurePath('/a').__reduce__())
print(isinstance(PurePath('a'), os.PathLike), issubclass(PosixPath, PurePosixPath),
      issubclass(PosixPath, Path), [k.__name__ for k in PosixPath.__mro__])
show('attribute', setattr, PurePath('a'), 'x', 1)
