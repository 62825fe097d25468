# str.split / rsplit with and without sep and maxsplit, splitlines with keepends and all line boundaries, join edge cases
tests = ['a,b,,c,', ',a,', '', ',', 'abc', '  lead and  trail  ', 'one\ttwo\nthree  four', '\x0bx\x0cy\x1cz']
for t in tests:
    print(repr(t), t.split(), t.split(','), t.split(',', 1), t.rsplit(',', 1), t.split(maxsplit=1), t.rsplit(None, 1))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'aaa'.split('a'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
print('1 2 3 4'.split(' ', 0), '1 2 3 4'.split(' ', -1), '1 2 3 4'.rsplit(' ', 2), '1  2'.split(' '))
print('  x  y  '.split(None, 1), '  x  y  '.rsplit(None, 1), '  x  y  '.split(None, 0), '  x  y  '.rsplit(None, 0))
for bad in ['', None]:
    try:
        print('abc'.split(bad))
    except ValueError as e:
        print('ValueError:', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError:', e)
lines = 'first\nsecond\r\nthird\rfourth\x0bfifth\x0csixth\x1cseventh\x85eighth\u2028ninth\n\nlast'
print(lines.splitlines())
print(lines.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'x\n'.splitlines(), 'x\r\n'.splitlines(keepends=True))
print('a\nb'.split('\n'), 'a\nb\n'.split('\n'), 'a\r\nb'.split())
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ' '.join(('one',)), '<>'.join(['', '', '']))
print(', '.join(str(i) for i in range(5)), '\n'.join(['l1', 'l2']).count('\n'), 'ab'.join('12345'))
print('.'.join({'k1': 1, 'k2': 2}), '/'.join(map(str, [1.5, True, None])))
for bad in [[1, 2], ['a', 2], [None], 'abc' and ['x', b'y']]:
    try:
        print('-'.join(bad))
    except TypeError as e:
        print('TypeError:', e)
try:
    ','.join(5)
except TypeError as e:
    print('TypeError:', e)
csv = 'name,age\nann,31\nbob,27\n'
rows = [line.split(',') for line in csv.splitlines()]
print(rows)
print('|'.join(f'{n:>5}' for n, a in rows[1:]))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), ' '.join(reversed(words)), ' '.join(w[::-1] for w in words), ' '.join(sorted(words)))
