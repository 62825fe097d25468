# conversion constructors and helpers: int/float/str/bool/list/tuple/dict/set/frozenset, chr/ord, hex/oct/bin, repr/ascii/format, str() of containers
print(int('42'), int(4.9), int(-4.9), int(True), float('1.5'), float(2), str(42), str(4.0), str(None), str([1, '2']), bool(''), bool('x'))
print(list('ab'), tuple([1]), dict(a=1), set('aa'), frozenset('ab') == frozenset('ba'), list({1: 2}), tuple(range(2)), dict([(1, 2)]))
print(str(), int(), float(), bool(), list(), tuple(), dict(), set(), frozenset(), repr(str()))
print(chr(65), chr(0x263A), ord('Z'), ord('\n'), hex(3054), oct(64), bin(10), hex(-1), oct(-1), bin(-1), bin(2 ** 10))
print(repr(1), repr(1.0), repr('1'), repr([1, '1']), repr((1,)), repr({1: '1'}), repr({1}), repr(None), repr(True), repr(range(1, 3)))
print(str(1.0), str('1'), str([1.0, 'x']), str((None,)), str({'k': 'v'}), ascii('ñ'), ascii(['é']), format(3.5), format('x', '>3'))
print(str(b'bytes') if False else 'skip', str(123456789012345678901234567890), str(-0.0), str(1e-7), str(float('inf')))
print(int(' 12 '), int('-0'), float(' -1.5e3 '), float('1_0.5'), int(12.999999999999999), int(1e20), int(-1e-20))
print(hex(255).upper(), '0x' + format(255, '04x'), int(hex(999), 16), int(oct(999), 8), int(bin(999), 2), int(bin(-999), 0))
for f in [lambda: hex(1.5), lambda: oct('8'), lambda: bin(None), lambda: chr(1.5), lambda: list(5), lambda: tuple(None), lambda: dict('ab'),
          lambda: set(1), lambda: frozenset([[]]), lambda: int([]), lambda: float(()), lambda: str(1, 2, 3, 4)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(bool(0.0), bool(0j) if False else False, bool(' '), bool([0]), bool((None,)), bool(range(0)), bool(frozenset()))
print(list(map(int, '1 2 3'.split())), list(map(float, ['1', '2.5'])), [str(x) for x in (1, 2.0, None)], list(map(bool, [0, 1, ''])))
print(int(float('1e3')), float(int('7' * 20)), str(int('0' * 5)), int(str(2 ** 100)) == 2 ** 100, float(str(0.1)) == 0.1)
print(type(int('5')).__name__, type(float(5)).__name__, type(str(5)).__name__, type(list((1,))).__name__, type(dict()).__name__)
