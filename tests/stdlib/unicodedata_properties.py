# unicodedata's per-character properties over a sample of the code space:
# every block's start, a stride through the whole range, and the characters
# with unusual values (fractions, mirrored brackets, combining marks).
import unicodedata


def describe(c):
    ch = chr(c)
    return '%04X %s %r %d %s %d %r %r %r %r' % (
        c, unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.combining(ch),
        unicodedata.east_asian_width(ch), unicodedata.mirrored(ch), unicodedata.decomposition(ch),
        unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))


print(unicodedata.unidata_version)
samples = set(range(0, 0x250, 3))
samples.update(range(0x250, 0x110000, 997))
samples.update([0x300, 0x301, 0x316, 0x345, 0x5b0, 0x94d, 0x3099, 0x1d165, 0x1d16e,
                0x28, 0x29, 0x5b, 0x7b, 0x2208, 0x226e, 0xab, 0xbb, 0x2039,
                0xbc, 0xbd, 0xbe, 0x2153, 0x215f, 0x2189, 0x2181, 0x2182, 0x2188, 0x5341, 0x4e07, 0x5146,
                0xf96b, 0x1372, 0x2460, 0x2473, 0x24ea, 0xb2, 0x2070, 0x1f10b, 0x10e60, 0x12432,
                0x660, 0x6f9, 0x96f, 0xff10, 0x1d7ce, 0x1fbf9, 0x11066,
                0xac00, 0xac01, 0xd7a3, 0xd7a4, 0x1100, 0x1161, 0x11a8, 0x3131,
                0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xf8ff, 0xf0000, 0x10fffd, 0x10fffe, 0x10ffff,
                0xfeff, 0x200b, 0x200d, 0x202e, 0x2066, 0x61c, 0x3000, 0xff21, 0xff61, 0x20a9, 0x1f600,
                0xfdfa, 0xfb01, 0x1e9b, 0x2126, 0x212b, 0x0958, 0x0344, 0x3300, 0x32ff, 0x1d15e])
for c in sorted(samples):
    print(describe(c))

# Counts over whole planes: every code point must agree, not just the samples.
for first, last in [(0, 0xFFFF), (0x10000, 0x1FFFF), (0x20000, 0x10FFFF)]:
    categories = {}
    widths = {}
    combining = mirrored = decomposed = numeric = 0
    for c in range(first, last + 1, 1 if last < 0x20000 else 7):
        ch = chr(c)
        k = unicodedata.category(ch)
        categories[k] = categories.get(k, 0) + 1
        w = unicodedata.east_asian_width(ch)
        widths[w] = widths.get(w, 0) + 1
        combining += unicodedata.combining(ch)
        mirrored += unicodedata.mirrored(ch)
        decomposed += len(unicodedata.decomposition(ch))
        numeric += unicodedata.numeric(ch, 0) != 0
    print(hex(first), sorted(categories.items()))
    print(hex(first), sorted(widths.items()), combining, mirrored, decomposed, numeric)
