# fnmatch: translate() gives CPython's regular expressions; fnmatch,
# fnmatchcase and filter over str and bytes names.
import fnmatch

patterns = ['*.py', 'a*b*c', '*', '**', '?x', '[abc]', '[!abc]', '[]]', '[!]]', '[a-z]',
            '[z-a]', '[a-c-e]', '[', '[!', 'a[b', '[a&&b]', '[\\]', 'x*y*', '*a*', '[^a]',
            '[[]', 'a-b', '[!]', '[]', '[a-]', '[-a]', '[!-]', '[a--c]', '[!a-c-]',
            'a**b?*c[0-9]', 'a.b', '(x)', '$^+{}', '[a-c-e-g]', '[c-a-e]', '[a|b]', '[~]']
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'b.PY', '.hidden', 'x/y.py', 'abc', 'a\nb', '[x]', 'a-b', '', 'A.py']
for p in ['*.py', '*', '?', 'a*', '[ab]*', '[!a]*', '\\*', '[[]x]', 'a?b', '*/*', '.*',
          '[a-c]*', '*[!y]', '', 'a\nb']:
    print(repr(p), fnmatch.filter(names, p), [fnmatch.fnmatch(n, p) for n in names[:4]],
          fnmatch.fnmatchcase('B.PY', p.upper()))
print(fnmatch.fnmatch(b'a.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'),
      fnmatch.fnmatchcase(b'\xff', b'?'), fnmatch.filter((n for n in ['q', 'r']), 'q'))
print(fnmatch.fnmatchcase('abc', 'ABC'), fnmatch.fnmatch('abc', 'ABC'))
print(fnmatch.fnmatch('aXbXc' * 20, '*a*b*c*d'), fnmatch.fnmatch('aaa' * 30 + 'b', 'a*a*a*a*a*b'))
for bad in [(1, '*'), ('a', 1), ('a', b'a'), (b'a', 'a')]:
    try:
        print(fnmatch.fnmatch(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    fnmatch.filter(['a'], 3)
except Exception as e:
    print(type(e).__name__, e)
