# unicodedata.normalize and is_normalized: canonical ordering, composition
# (with its exclusions and blocking rules), Hangul syllables, compatibility
# mappings, and a seeded sweep of random combining sequences.
import unicodedata

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def show(text):
    results = [ascii(unicodedata.normalize(form, text)) for form in FORMS]
    flags = ''.join('1' if unicodedata.is_normalized(form, text) else '0' for form in FORMS)
    print(ascii(text), ' '.join(results), flags)


cases = [
    '', 'plain ascii', 'e\u0301', '\u00e9', 'E\u0301\u0327', 'E\u0327\u0301', '\u1e9b\u0323',
    'a\u0328\u0301\u0323', 'a\u0323\u0328\u0301', 'a\u0301\u0301', 'a\u0301\u0300',
    'a\u05b0\u0301\u0323', 'q\u0307\u0323', '\u1e0b\u0323', '\u212b', '\u2126', 'A\u030a',
    '\u0344', '\u0958', '\u0915\u093c', '\u0f73', '\u0f75', '\u0f71\u0f72', '\u0f40\u0fb5',
    '\u2adc', '\u2add\u0338', '\u1d15e', '\u1d157\u1d165', '\u1d160', '\ufb2c', '\ufb1d',
    '\u0b47\u0b3e', '\u0b47\u0b57', '\u0b47\u0300\u0b3e', '\u0b4b', '\u304b\u3099', '\u304c',
    '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8', '\uac01', '\uac01\u11a8', '\ud7a3',
    '\u1100\u1100\u1161\u1161', '\u1100\u0301\u1161', '\u11a8\uac00', '\u1112\u1175\u11c2',
    '\ufb01', '\u2460', '\u00bd', '\u33a1', '\u3300', '\ufdfa', '\u2163', '\uff21\uff41', '\u1e9b',
    '\u00c5\u0301', 'A\u0301\u030a', '\u01d5', 'U\u0308\u0304', 'U\u0304\u0308', '\u1ec7',
    'e\u0323\u0302', 'e\u0302\u0323', '\u0041\u0300\u0301', '\u0300a', '\u0300\u0301',
    '\u0301\u0300', '\u0301' * 3 + 'x', '\u03d3', '\u03d2\u0301', '\u1fee', '\u0385', '\u1fc1',
    '\u0387', '\u00b7', '\u0340', '\u0341', '\u0343', '\u0374', '\u037e', '\u2000', '\u2001',
    '\u110ba\u11099', '\u1109a', '\u11347\u1133e', '\u1134b', '\u0cc6\u0cc2\u0cd5', '\u0cca',
    'x\ud800\u0301', '\ud800', '\U0002f800', '\U0002fa1d', '\U0001f600\u0301',
    '\u0f72\u0f71\u0f74', '\u05d0\u05b7\u05bc', '\u0e33', '\u0eb3', '\u3131', '\u3164',
    '\u2474', '\u24b6', '\u1f1d', '\u0391\u0314\u0300', '\u1f00\u0345', '\u1f80', '\u1fb3',
]
for text in cases:
    show(text)

# Seeded random sequences of letters, marks, jamo and composites.
pool = ([chr(c) for c in range(0x41, 0x5b, 3)] + [chr(c) for c in range(0xc0, 0x180, 5)] +
        [chr(c) for c in range(0x300, 0x370, 2)] +
        [chr(c) for c in (0x1100, 0x1101, 0x1161, 0x1175, 0x11a8, 0x11c2, 0xac00, 0xac01, 0xd7a3,
                          0x0f71, 0x0f72, 0x0f73, 0x0f81, 0x0344, 0x0958, 0x2126, 0x212b, 0x1e9b,
                          0x05b0, 0x0591, 0x0b47, 0x0b3e, 0x0b57, 0x3099, 0x304b, 0x309a, 0x1d15e,
                          0x1d165, 0xfdfa, 0x3300, 0x2f800, 0x110ba, 0x11099, 0x1133e, 0x11347)])
seed = 2024
mismatch = 0
for i in range(1500):
    text = ''
    for j in range(1 + i % 5):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        text += pool[seed % len(pool)]
    nfd = unicodedata.normalize('NFD', text)
    nfc = unicodedata.normalize('NFC', text)
    # The normal forms are stable and related as the standard says.
    assert unicodedata.normalize('NFC', nfd) == nfc
    assert unicodedata.normalize('NFD', nfc) == nfd
    assert unicodedata.normalize('NFKC', text) == unicodedata.normalize('NFC', unicodedata.normalize('NFKD', text))
    if i % 10 == 0:
        show(text)

long_text = ('e\u0301' * 1000) + ('\uac00\u11a8' * 500)
print(len(unicodedata.normalize('NFC', long_text)), len(unicodedata.normalize('NFD', long_text)))

# An unchanged result is the same object when the text is already normal.
s = 'caf\u00e9'
print(unicodedata.normalize('NFC', s) is s, unicodedata.normalize('NFC', 'abc') == 'abc')


class Text(str):
    pass


r = unicodedata.normalize('NFD', Text('caf\u00e9'))
print(type(r).__name__, ascii(r))
r = unicodedata.normalize('NFD', Text('abc'))
print(type(r).__name__, ascii(r))

# A text the quick check cannot vouch for is normalized into a new str even
# when nothing changes ('x' takes no acute: the U+0301 is only "maybe").
s = 'x\u0301y'
print(unicodedata.normalize('NFC', s) == s, unicodedata.normalize('NFC', s) is s,
      unicodedata.normalize('NFD', s) is s)
print(type(unicodedata.normalize('NFC', Text('x\u0301y'))).__name__,
      type(unicodedata.normalize('NFD', Text('x\u0301y'))).__name__,
      type(unicodedata.normalize('NFC', Text(''))).__name__)
s = 'a\u0323\u0301b'
print([unicodedata.normalize(f, s) is s for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
s = 'b\u0301\u0323'
print([unicodedata.normalize(f, s) is s for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
