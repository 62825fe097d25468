# pathlib: concrete paths in a scratch directory — reading and writing,
# mkdir, touch, iterdir, glob, rglob, stat, rename, replace, symlinks,
# resolve, absolute, cwd, home, expanduser and the errors.
import os
import stat
from pathlib import Path, PosixPath, PurePath


def show(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


base = Path('/tmp') / ('pyvm_pathlib_path_%d' % os.getpid())
base.mkdir()
start = Path.cwd()
os.chdir(base)
print(Path.cwd() == base.resolve(), type(Path.cwd()).__name__, Path.cwd().is_absolute())

# files
f = Path('data.txt')
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir())
print(f.write_bytes(b'\x00\x01'), f.read_bytes(), f.write_bytes(bytearray(b'abc')), f.read_text())
print(Path('u.txt').write_text('\u00e9t\u00e9', encoding='latin-1'), Path('u.txt').read_bytes(),
      Path('u.txt').read_text(encoding='latin-1'))
print(Path('nl.txt').write_text('a\nb\n', newline='\r\n'), Path('nl.txt').read_bytes())
show('write_text bytes', f.write_text, b'x')
show('write_bytes str', f.write_bytes, 'x')
show('read missing', Path('missing.txt').read_text)
show('read dir', Path('.').read_bytes)
with f.open('w') as handle:
    handle.write('via open')
with f.open() as handle:
    print(handle.read(), handle.mode)
with f.open('rb') as handle:
    print(handle.read(3))
st = f.stat()
print(st.st_size, stat.S_ISREG(st.st_mode), f.lstat().st_size, type(st).__name__)
show('stat missing', Path('missing').stat)

# touch, mkdir
Path('t1').touch()
print(Path('t1').exists(), Path('t1').stat().st_size)
os.utime('t1', (1, 1))
Path('t1').touch()
print(Path('t1').stat().st_mtime > 1)
show('touch exists', Path('t1').touch, exist_ok=False)
Path('t2').touch(mode=0o600, exist_ok=False)
print(oct(stat.S_IMODE(Path('t2').stat().st_mode)))
Path('d1').mkdir()
show('mkdir exists', Path('d1').mkdir)
Path('d1').mkdir(exist_ok=True)
show('mkdir missing parent', Path('x/y/z').mkdir)
Path('x/y/z').mkdir(parents=True)
Path('x/y').mkdir(parents=True, exist_ok=True)
show('mkdir parents exists', Path('x/y').mkdir, parents=True)
show('mkdir over file', Path('t1').mkdir, exist_ok=True)
print(Path('x/y/z').is_dir(), Path('x').is_dir())

# iterdir, glob, rglob
for name in ['x/a.py', 'x/y/b.py', 'x/y/z/c.py', 'x/.h.py', 'x/y/readme.md']:
    Path(name).touch()
(Path('x') / 'link').symlink_to('y')
print(sorted(Path('x').iterdir()))
print(sorted(p.name for p in Path('.').iterdir()))
show('iterdir missing', lambda: list(Path('missing').iterdir()))
show('iterdir file', lambda: list(Path('t1').iterdir()))


def globbed(path, pattern, recursive=False):
    try:
        found = path.rglob(pattern) if recursive else path.glob(pattern)
        return sorted(str(p) for p in found)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for pattern in ['*', '*.py', '.*', '*/*.py', '**', '**/*.py', '**/', 'y/**', '*/', 'y/*/c.py',
                '[ab].py', 'missing/*', 'y', 'y/../a.py', '**/z', 'link/*', '?.py', '**/**/*.py']:
    print(repr(pattern), globbed(Path('x'), pattern))
for pattern in ['*.py', '*.md', 'z', '*']:
    print('rglob', repr(pattern), globbed(Path('x'), pattern, True))
print(globbed(Path('.'), 'x/*.py'), globbed(Path(base), 'x/y/*.py') == sorted(str(base / 'x/y/b.py').split()))
for pattern in ['', '/x', 'a**', '**a']:
    print(repr(pattern), globbed(Path('x'), pattern))
print(type(Path('x').glob('*')).__name__, type(Path('x').glob('')).__name__,
      type(Path('x').rglob('/x')).__name__)
print(globbed(Path('x'), '.'), globbed(Path('x'), ''), globbed(Path('x'), '', True),
      globbed(Path('x'), './', True), globbed(Path('x'), 'y/', True))

# symlinks, resolve, readlink
print(Path('x/link').is_symlink(), Path('x/link').is_dir(), Path('x/y').is_symlink(),
      Path('x/link').readlink(), type(Path('x/link').readlink()).__name__)
print(Path('x/link/b.py').resolve() == base.resolve() / 'x/y/b.py', Path('x/link').resolve().name)
print(Path('x/../x/./y').resolve().relative_to(base.resolve()), Path('missing/q').resolve().relative_to(base.resolve()))
show('resolve strict', lambda: Path('missing').resolve(strict=True).name)
Path('loop1').symlink_to('loop2')
Path('loop2').symlink_to('loop1')
try:
    Path('loop1').resolve()
except RuntimeError as e:
    print('RuntimeError', str(e).replace(str(base.resolve()), 'BASE'))
print(Path('loop1').is_symlink(), Path('loop1').exists(), Path('loop1').is_file())
Path('hard').hardlink_to('t1')
print(Path('hard').samefile('t1'), Path('t1').samefile(Path('hard')), Path('t1').samefile('t2'))
show('readlink file', Path('t1').readlink)

# rename, replace, unlink, rmdir
r = Path('t2').rename('t3')
print(repr(r), Path('t2').exists(), Path('t3').exists())
r = Path('t3').replace('t1')
print(repr(r), Path('t1').stat().st_size)
show('rename missing', Path('nope').rename, 'other')
Path('hard').unlink()
show('unlink missing', Path('hard').unlink)
Path('hard').unlink(missing_ok=True)
show('rmdir not empty', Path('x').rmdir)
show('unlink dir', Path('d1').unlink)
Path('d1').rmdir()
print(Path('d1').exists())

# chmod, absolute, home, expanduser, misc
Path('t1').chmod(0o604)
print(oct(stat.S_IMODE(Path('t1').stat().st_mode)))
print(Path('a/b').absolute() == base.resolve() / 'a/b' or Path('a/b').absolute() == Path(os.getcwd()) / 'a/b',
      Path('/q').absolute(), Path('a/../b').absolute().name)
home = os.environ.get('HOME')
os.environ['HOME'] = '/home/pyvm'
print(Path.home(), Path('~').expanduser(), Path('~/x/y').expanduser(), Path('x/~').expanduser(),
      Path('/~').expanduser())
show('expanduser unknown', Path('~no_such_user_pyvm/x').expanduser)
if home is None:
    del os.environ['HOME']
else:
    os.environ['HOME'] = home
print(Path('/').is_mount(), Path('x').is_mount(), Path('x').is_fifo(), Path('x').is_socket(),
      Path('x').is_block_device(), Path('/dev/null').is_char_device(), Path('missing').is_dir())
print(isinstance(Path('t1').owner(), str), isinstance(Path('t1').group(), str))
print(Path('t1').exists(), Path('a\0b').exists(), Path('t1/x').exists())

# clean up
os.chdir(start)
for root, dirs, files in os.walk(base, topdown=False):
    for name in files + dirs:
        p = Path(root) / name
        p.unlink() if p.is_symlink() or not p.is_dir() else p.rmdir()
base.rmdir()
print(base.exists())
