# glob: glob and iglob over a scratch tree — wildcards, hidden files,
# recursive '**', root_dir, trailing slashes, bytes, escape, has_magic.
import glob
import os

base = '/tmp/pyvm_glob_basic_%d' % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
for d in ['src', 'src/pkg', 'src/pkg/sub', 'docs', '.git', 'src/.cache', '[x]']:
    os.mkdir(d)
for f in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'src/m.py', 'src/pkg/n.py', 'src/pkg/sub/o.py',
          'src/.cache/p.py', 'docs/readme.md', '.git/config', '[x]/y', 'q?.txt']:
    open(f, 'w').close()
os.symlink('src', 'srclink')


def show(pattern, **kwargs):
    try:
        result = sorted(glob.glob(pattern, **kwargs))
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    print(repr(pattern), kwargs or '', result)


for p in ['*.py', '*', '.*', '*/', '*/*.py', 's*/*', '?.py', '[ab].py', '[!a].py', 'src/*',
          'src/*/', 'src/pkg/*.py', '*/pkg', 'missing/*', 'a.py', 'missing.py', 'src/', 'src',
          'a.py/', '', '**', '**/*.py', 'src/**', '[[]x]/*', 'q?.txt', 'q[?].txt', '*/*/*/*',
          '.git/*', '.g*/*', '*.txt']:
    show(p)
print('-- recursive')
for p in ['**', '**/', '**/*.py', 'src/**', 'src/**/', 'src/**/*.py', '**/sub', '**/.cache',
          '.*/**', 'src/**/**/o.py', 'a**.py']:
    show(p, recursive=True)
print('-- include_hidden')
for p in ['*', '**/*.py', 'src/*']:
    show(p, recursive=True, include_hidden=True)
print('-- root_dir')
show('*.py', root_dir='src/pkg')
show('**/*.py', root_dir='src', recursive=True)
print(sorted(glob.glob('*', root_dir=os.path.join(base, 'docs'))))
show('sub', root_dir='src/pkg')
show('missing/*', root_dir='src')
print('-- bytes')
show(b'*.py')
show(b'src/**/*.py', recursive=True)
print('-- absolute')
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, 'src', '*.py'))))
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(glob.escape(base), '*', '*.py'))))
it = glob.iglob('*.py')
print(type(it).__name__ != 'list', sorted(it))
print(glob.escape('a*b?c[d]e'), glob.escape(b'x[y]'), glob.escape('/tmp/**'), glob.escape('plain'))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'), glob.has_magic('?'))
show(glob.escape('[x]') + '/*')
show(3)

for root, dirs, files in os.walk('.', topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        path = os.path.join(root, d)
        os.remove(path) if os.path.islink(path) else os.rmdir(path)
os.chdir(start)
os.rmdir(base)
print(os.path.exists(base))
