# center/ljust/rjust/zfill with odd padding and fill chars, partition/rpartition, str multiplication, comparison, ord/chr
for w in range(0, 9):
    print(repr('abc'.center(w)), repr('abc'.center(w, '*')), repr('ab'.center(w, '-')), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w, '.')))
print(repr(''.center(3)), repr('x'.center(2)), repr('x'.center(4)), repr('xy'.center(3)), repr('xy'.center(5, '#')))
for s in ['42', '-42', '+42', '', '-', 'abc', '3.14', '-0.5', '00']:
    print(repr(s), s.zfill(5), s.zfill(1), s.zfill(0))
for bad in [lambda: 'x'.center(5, 'ab'), lambda: 'x'.ljust(5, ''), lambda: 'x'.rjust('5'), lambda: 'x'.center()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
for s in ['key=value', 'key=value=more', 'novalue', '=start', 'end=', '']:
    print(s.partition('='), s.rpartition('='))
print('a--b--c'.partition('--'), 'a--b--c'.rpartition('--'), 'aaa'.partition('aa'), 'aaa'.rpartition('aa'))
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 100, 'x' * True, '-' * 20)
try:
    'ab' * 2.0
except TypeError as e:
    print('TypeError:', e)
try:
    'ab' * 'c'
except TypeError as e:
    print('TypeError:', e)
words = ['banana', 'Apple', 'apple', 'cherry', 'Banana', '', 'a', 'ab', 'B', 'é', 'z', '10', '9', '_']
print(sorted(words))
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'abc' < 'ab', '' < 'a', 'Z' < 'a', 'é' > 'z', '10' < '9', 'a' == 'a', 'a' != 'A')
print(max('hello'), min('hello'), max(['ab', 'b', 'abc']), 'abc' <= 'abc', 'abc' >= 'abd')
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('é'), ord('€'), ord('😀'), chr(97), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(127)))
for bad in [lambda: ord('ab'), lambda: ord(''), lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) - ord('a') for c in 'python'])
s = 'abc'
s += 'def'
s *= 2
print(s, len(s), s.upper() + s[::-1])
print('Ünïcödé €uro 日本 😀', len('😀'), len('日本'), '日本'.encode('utf-8') if False else 'skip')
