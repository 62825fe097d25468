# strip family with custom chars, replace with count, find/rfind/index/rindex/count with start/end, startswith/endswith with tuples
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcHIcba'.strip('abc')))
print(repr('xyxHIyx'.lstrip('xy')), repr('xyxHIyx'.rstrip('xy')), repr(''.strip()), repr('aaa'.strip('a')), repr('a b'.strip(' b')))
print(repr('\u3000wide\u3000'.strip()), repr('..x..'.strip('.')), repr('x'.strip('')), repr('  x  '.strip(None)))
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'aaaa'.replace('aa', 'b'), 'abc'.replace('', '-'))
print('abc'.replace('', '-', 2), 'abc'.replace('x', 'y'), 'abcabc'.replace('bc', ''), 'abc'.replace('abc', 'abcabc'))
print('aaa'.replace('a', 'a', 0), 'a.b.c'.replace('.', '', -1), ''.replace('', 'x'), 'ab'.replace('ab', ''))
h = 'hello hello hello'
print(h.find('llo'), h.find('llo', 3), h.find('llo', 3, 8), h.find('llo', 3, 9), h.find('z'), h.find(''), h.find('', 17), h.find('', 18))
print(h.rfind('llo'), h.rfind('llo', 0, 14), h.rfind('h', -5), h.rfind(''), h.rfind('z'), h.find('h', -100, -10))
print(h.index('o'), h.rindex('o'), h.index('o', 5), h.rindex('o', 0, 10), h.count('l'), h.count('ll'), h.count(''), h.count('l', 3, 9))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'), ''.count(''), 'abc'.count('', 1), 'abc'.count('abcd'))
for f in [lambda: h.index('z'), lambda: h.rindex('z'), lambda: h.index('hello', 1, 5), lambda: 'abc'.index('c', 0, 2)]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
print(h.startswith('hell'), h.startswith('ello', 1), h.startswith('ello', 1, 3), h.startswith(('x', 'he')), h.startswith(()))
print(h.endswith('llo'), h.endswith('hello', 0, 5), h.endswith(('a', 'b')), h.endswith(''), h.startswith('', 17), h.startswith('', 18))
print('abc'.startswith('abc', -3), 'abc'.endswith('b', -100, -1), 'abc'.startswith(('',)), ''.startswith(''))
try:
    h.startswith(['h'])
except TypeError as e:
    print('TypeError:', e)
try:
    h.endswith(('h', 1))
except TypeError as e:
    print('TypeError:', e)
print('hello.py'.removesuffix('.py'), 'hello.py'.removesuffix('.txt'), 'prefix_x'.removeprefix('prefix_'), 'x'.removeprefix(''), 'aa'.removeprefix('a'))
print('ab\tc\td'.expandtabs(), 'ab\tc\td'.expandtabs(4), 'a\tb'.expandtabs(0), '\t'.expandtabs(3), 'x\ny\tz'.expandtabs(2), '12345\t|'.expandtabs(5))
path = '/usr/local/bin/python3'
print(path[path.rfind('/') + 1:], path[:path.rfind('/')], path.count('/'), path.find('/', 1), path.split('/')[-2])
