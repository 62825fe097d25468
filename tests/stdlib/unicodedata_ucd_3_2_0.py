# unicodedata.ucd_3_2_0: the Unicode 3.2.0 view (what IDNA's stringprep
# uses). Characters assigned since read as unassigned, some properties and
# numeric values are as they were, a few decompositions were corrected
# since; digit() and the computed CJK/Hangul names ignore the version.
import unicodedata

old = unicodedata.ucd_3_2_0
print(type(old).__name__, type(old).__module__, repr(type(old)), old.unidata_version)
print(isinstance(old, unicodedata.UCD), sorted(n for n in dir(old) if not n.startswith('_')))


def attempt(label, f, *args, **kwargs):
    try:
        print(label, ascii(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


def describe(db, c):
    ch = chr(c)
    return '%r %r %d %s %d %r %r %r %r %r' % (
        db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch),
        db.mirrored(ch), db.decomposition(ch), db.decimal(ch, None), db.digit(ch, None),
        db.numeric(ch, None), db.name(ch, None))


# Where the two views differ, over a sample of the code space.
differences = 0
for c in list(range(0, 0x3000, 3)) + list(range(0x3000, 0x110000, 101)):
    then, now = describe(old, c), describe(unicodedata, c)
    if then != now:
        differences += 1
        if differences % 7 == 0:
            print('%04X' % c, then, '|', now)
print(differences, 'differences')

for c in [0x2B, 0xA7, 0xAD, 0xB2, 0xB9, 0x221, 0x294, 0x374, 0x5BE, 0x6DD, 0x9FA5, 0x9FA6, 0xAC00,
          0xF951, 0x1B06, 0x20000, 0x2A6D6, 0x2A6D7, 0x2F868, 0x2F874, 0x1F600, 0xE0001, 0xE0020]:
    print('%04X' % c, describe(old, c))

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'CJK UNIFIED IDEOGRAPH-4E00',
             'CJK UNIFIED IDEOGRAPH-9FA6', 'HANGUL SYLLABLE GA', 'NULL', 'BYTE ORDER MARK',
             'LATIN CAPITAL LETTER A WITH STROKE', 'CJK COMPATIBILITY IDEOGRAPH-FA70',
             'CJK COMPATIBILITY IDEOGRAPH-F900', 'GRINNING FACE', 'KEYCAP NUMBER SIGN', 'A' * 300]:
    attempt('lookup %r' % name[:40], old.lookup, name)

texts = ['\u00c5', 'A\u030a', '\uf951', '\U0002f868', '\U0002f874', '\u1b05\u1b35', '\u1b06',
         '\u00bd\u2460', '\uac00\u11a8', '\u1100\u1161', 'e\u0323\u0302', '\u0958', '\u2126',
         '\u9fa6\u0301', '', 'abc']
for text in texts:
    print(ascii(text), [ascii(old.normalize(f, text)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [old.is_normalized(f, text) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])


class Text(str):
    pass


# The old view never trusts the quick check: a new str unless empty.
s = 'plain ascii'
print(old.normalize('NFC', s) is s, unicodedata.normalize('NFC', s) is s)
print(type(old.normalize('NFC', Text('abc'))).__name__, type(old.normalize('NFC', Text(''))).__name__)

attempt('UCD()', unicodedata.UCD)
attempt('type(old)()', type(old))
attempt('category()', old.category)
attempt('category(ab)', old.category, 'ab')
attempt('category(c=a)', old.category, c='a')
attempt('name()', old.name)
attempt('name(a, b, c)', old.name, 'a', 'b', 'c')
attempt('name(x=1)', old.name, 'a', x=1)
attempt('lookup()', old.lookup)
attempt('normalize(NFC)', old.normalize, 'NFC')
attempt('normalize(NFX, a)', old.normalize, 'NFX', 'a')
attempt('is_normalized(NFX, a)', old.is_normalized, 'NFX', 'a')
attempt('decimal(\\xb2)', old.decimal, '\xb2')
attempt('numeric(\\u1b50)', old.numeric, '\u1b50')
attempt('digit(\\u1b50)', old.digit, '\u1b50')
attempt('unbound', unicodedata.UCD.category, old, 'a')
attempt('unbound on str', unicodedata.UCD.category, 'a', 'a')
try:
    old.unidata_version = '1'
except AttributeError as e:
    print('AttributeError', e)
try:
    old.x = 1
except AttributeError as e:
    print('AttributeError', e)
