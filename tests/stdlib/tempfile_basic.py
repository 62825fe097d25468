# tempfile: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# SpooledTemporaryFile and TemporaryDirectory; names are checked for their
# shape, never printed.
import os
import re
import stat
import tempfile

shape = re.compile(r'[a-z0-9_]{8}')
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
default = tempfile.gettempdir()
print(os.path.isabs(default), os.path.isdir(default), tempfile.gettempdirb() == os.fsencode(default))

with tempfile.TemporaryDirectory(prefix='pyvm_', suffix='_t') as top:
    name = os.path.basename(top)
    print(os.path.isdir(top), name.startswith('pyvm_'), name.endswith('_t'),
          bool(shape.fullmatch(name[5:-2])), oct(stat.S_IMODE(os.stat(top).st_mode)))
    print(os.path.dirname(top) == default)

    # mkstemp
    fd, path = tempfile.mkstemp(dir=top)
    print(type(fd).__name__, os.path.dirname(path) == top, bool(shape.fullmatch(os.path.basename(path)[3:])),
          os.path.basename(path)[:3], oct(stat.S_IMODE(os.stat(path).st_mode)))
    print(os.write(fd, b'data'), os.path.getsize(path))
    os.close(fd)
    fd, path2 = tempfile.mkstemp('.txt', 'p-', top, text=True)
    os.close(fd)
    print(path2.endswith('.txt'), os.path.basename(path2).startswith('p-'), path != path2)
    fd, bpath = tempfile.mkstemp(dir=os.fsencode(top))
    os.close(fd)
    print(type(bpath).__name__, os.path.dirname(bpath) == os.fsencode(top))
    fd, bpath2 = tempfile.mkstemp(prefix=b'b')
    os.close(fd)
    os.remove(bpath2)
    print(type(bpath2).__name__, os.path.basename(bpath2)[:1])
    for args in [dict(dir=os.fsencode(top), suffix='x'), dict(prefix='a', suffix=b'b')]:
        try:
            tempfile.mkstemp(**args)
        except TypeError as e:
            print('TypeError', e)
    try:
        tempfile.mkstemp(dir=os.path.join(top, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    rel = os.path.relpath(top)
    fd, relpath = tempfile.mkstemp(dir=rel)
    os.close(fd)
    print(os.path.isabs(relpath))

    # mkdtemp
    d = tempfile.mkdtemp(dir=top)
    print(os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)), os.path.basename(d)[:3])
    d2 = tempfile.mkdtemp('s', 'p', top)
    print(os.path.basename(d2)[0], d2[-1], os.path.isabs(tempfile.mkdtemp(dir=rel)))
    print(type(tempfile.mkdtemp(dir=os.fsencode(top))).__name__)
    try:
        tempfile.mkdtemp(dir=os.path.join(top, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    m = tempfile.mktemp(dir=top)
    print(os.path.exists(m), os.path.dirname(m) == top)

    # NamedTemporaryFile
    with tempfile.NamedTemporaryFile(dir=top, suffix='.bin') as f:
        print(os.path.exists(f.name), f.name.endswith('.bin'), f.delete, f.mode, f.closed)
        print(f.write(b'hello\nworld\n'), f.tell(), f.seek(0), f.read(5), f.file.name == f.name)
        f.seek(0)
        print(list(f), f.fileno() >= 0)
        kept = f.name
    print(os.path.exists(kept), f.closed)
    f = tempfile.NamedTemporaryFile('w+', dir=top, delete=False, encoding='utf-8')
    f.write('text \u00e9')
    f.close()
    f.close()
    with open(f.name, encoding='utf-8') as g:
        print(g.read(), os.path.exists(f.name))
    f = tempfile.NamedTemporaryFile(dir=top)
    name = f.name
    f.close()
    print(os.path.exists(name))
    with tempfile.NamedTemporaryFile(mode='w', dir=top, newline='\r\n') as f:
        f.write('a\nb\n')
        f.flush()
        with open(f.name, 'rb') as g:
            print(g.read())
    try:
        tempfile.NamedTemporaryFile(dir=os.path.join(top, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    before = sorted(os.listdir(top))

    # TemporaryFile
    with tempfile.TemporaryFile(dir=top) as f:
        print(type(f.name).__name__, sorted(os.listdir(top)) == before, f.write(b'xyz'))
        f.seek(0)
        print(f.read(), f.mode)
    with tempfile.TemporaryFile('w+t', dir=top) as f:
        f.write('line\n')
        f.seek(0)
        print(repr(f.read()), f.mode)

    # SpooledTemporaryFile
    with tempfile.SpooledTemporaryFile(max_size=8, dir=top) as s:
        print(s.write(b'1234'), s._rolled, s.tell())
        s.write(b'56789')
        print(s._rolled, s.tell())
        s.seek(0)
        print(s.read(), sorted(os.listdir(top)) == before)
    s = tempfile.SpooledTemporaryFile(mode='w+')
    s.write('abc')
    s.seek(0)
    print(s.read(), s._rolled, s.closed)
    s.rollover()
    print(s._rolled)
    s.seek(0)
    print(s.read())
    s.close()
    print(s.closed)

    # TemporaryDirectory
    t = tempfile.TemporaryDirectory(dir=top)
    print(repr(t) == '<TemporaryDirectory %r>' % t.name, os.path.isdir(t.name))
    os.makedirs(os.path.join(t.name, 'a', 'b'))
    open(os.path.join(t.name, 'a', 'b', 'f'), 'w').close()
    os.chmod(os.path.join(t.name, 'a', 'b'), 0o500)
    t.cleanup()
    print(os.path.exists(t.name))
    t.cleanup()
    with tempfile.TemporaryDirectory(dir=top, ignore_cleanup_errors=True) as n:
        os.rmdir(n)
    print(type(tempfile.TemporaryDirectory(dir=os.fsencode(top)).name).__name__)

    # tempdir overrides the default directory
    saved = tempfile.tempdir
    tempfile.tempdir = top
    fd, path = tempfile.mkstemp()
    os.close(fd)
    print(os.path.dirname(path) == top, tempfile.gettempdir() == top)
    tempfile.tempdir = saved
print(os.path.exists(top))
