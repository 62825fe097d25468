# unicodedata.name and lookup: stored names, the computed ones (CJK
# ideographs, Hangul syllables, Nushu, Tangut components, ...), aliases,
# named sequences, and lookup's case rules.
import unicodedata


def show_lookup(name):
    try:
        print(repr(name), ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(repr(name), type(e).__name__, e)


# Names round-trip through lookup, in upper and lower case.
count = 0
for c in list(range(0, 0x3000, 5)) + list(range(0x3000, 0x110000, 211)):
    name = unicodedata.name(chr(c), None)
    if name is None:
        continue
    count += 1
    assert unicodedata.lookup(name) == chr(c), name
    if c % 3 == 0:
        print('%04X %s' % (c, name))
print(count, 'named samples')

for c in [0x3400, 0x4DBF, 0x4DC0, 0x4E00, 0x9FFF, 0xA000, 0x20000, 0x2A6DF, 0x2A6E0, 0x2A700,
          0x2B738, 0x2B739, 0x2EBE0, 0x30000, 0x3134A, 0x3134B,
          0xAC00, 0xAC01, 0xAC1B, 0xAC1C, 0xB098, 0xC544, 0xD7A3, 0xD7A4,
          0xF900, 0xFA6D, 0xFA6E, 0xFA70, 0xFAD9, 0x2F800, 0x2FA1D, 0x2FA1E,
          0x17000, 0x187F7, 0x18800, 0x18AFF, 0x18B00, 0x18CD5, 0x18CD6, 0x18D00,
          0x1B170, 0x1B2FB, 0x1B2FC, 0xE0100, 0xE0153, 0xE01EF, 0xE01F0,
          0x0, 0x1F, 0x7F, 0x9F, 0xD800, 0xE000, 0xF0000, 0x10FFFF, 0x1F600, 0x1F9FF, 0xFFFD]:
    print('%04X' % c, unicodedata.name(chr(c), '<none>'))

names = ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter Sharp S', 'SNOWMAN',
         'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00',
         'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-004E00', 'CJK UNIFIED IDEOGRAPH-4E0',
         'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-0041',
         'CJK UNIFIED IDEOGRAPH-F900', 'CJK UNIFIED IDEOGRAPH-3134A',
         'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-fa70',
         'CJK COMPATIBILITY IDEOGRAPH-0F900', 'CJK COMPATIBILITY IDEOGRAPH-FA6E',
         'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE GGA',
         'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE SSYAELB', 'HANGUL SYLLABLE X', 'HANGUL SYLLABLE GAX',
         'HANGUL SYLLABLE', 'HANGUL SYLLABLE ', 'hangul syllable ga', 'HANGUL SYLLABLE WAELH',
         'TANGUT COMPONENT-001', 'tangut component-768', 'TANGUT COMPONENT-769', 'TANGUT COMPONENT-1',
         'TANGUT COMPONENT-000', 'TANGUT IDEOGRAPH-17000', 'NUSHU CHARACTER-1B170',
         'nushu character-1b2fb', 'NUSHU CHARACTER-1B2FC', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
         'VARIATION SELECTOR-1', 'VARIATION SELECTOR-17', 'variation selector-256',
         'VARIATION SELECTOR-257', 'VARIATION SELECTOR-0100',
         # aliases (controls, corrections, abbreviations)
         'NULL', 'NUL', 'LINE FEED', 'LF', 'BYTE ORDER MARK', 'BOM', 'ZWJ', 'NBSP',
         'LATIN CAPITAL LETTER GHA', 'HANGUL JONGSEONG YESIEUNG-KIYEOK', 'VS1', 'VS256',
         'END OF LINE', 'PARTIAL LINE FORWARD', 'SINGLE GRAPHIC CHARACTER INTRODUCER',
         'BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS',
         # named sequences
         'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN',
         'latin small letter i with macron and grave', 'TAMIL SYLLABLE KSSAU',
         'GEORGIAN LETTER U-BRJGU', 'BENGALI LETTER KHINYA',
         # near misses
         '', ' ', 'LATIN SMALL LETTER', 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A',
         'LATIN SMALL LETTER  A', 'LATIN SMALL LETTER A\x00', 'LATIN SMALL LETTER \xc0',
         'LATIN_SMALL_LETTER_A', 'ZZZZ', 'A' * 256, 'A' * 257, 'LATIN SMALL LETTER Ａ']
for name in names:
    show_lookup(name)
show_lookup(b'LATIN SMALL LETTER B')
show_lookup(b'latin small letter b')
show_lookup(b'NO SUCH \xff NAME')
