# \N{name} in string literals uses the same names as unicodedata.lookup
# (aliases and computed names included, named sequences not), and
# non-ASCII identifiers are NFKC-normalized as a whole.
import unicodedata

print(ascii("\N{BULLET}\N{bullet}\N{Latin Small Letter Sharp S}\N{EM DASH}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2A6DF}\N{HANGUL SYLLABLE GAG}"))
print(ascii("\N{NULL}\N{BOM}\N{LINE FEED}\N{ZWJ}\N{VS256}\N{TANGUT COMPONENT-768}"))
print(ascii("\N{nushu character-1b170}\N{CJK COMPATIBILITY IDEOGRAPH-2FA1D}\N{SNOWMAN}\N{PILE OF POO}"))
print(ascii(f"<\N{EN DASH}{1 + 1}\N{RIGHTWARDS ARROW}>"), ascii(rf"\N{{BULLET}}"))
print(b"\N{BULLET}", r"\N{BULLET}", len("\N{SPACE}" * 3))

sources = [
    r'"\N{NO SUCH CHARACTER}"',
    r'"ab\N{BULLETT}"',
    r'"\N{cjk unified ideograph-4e00}"',
    r'"\N{HANGUL SYLLABLE GAX}"',
    r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
    r'"\N{}"',
    r'"\N"',
    r'"\N{BULLET"',
    r'"x\NBULLET"',
    r'"\N{ BULLET}"',
    r'f"\N{NOPE}"',
    r'u"\N{DAGGER}"',
    r'b"\N{DAGGER}"',
    '"\\N{LATIN SMALL LETTER \u00c0}"',
]
for source in sources:
    try:
        namespace = {}
        exec('x = ' + source, namespace)
        print(ascii(namespace['x']))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)

# Identifiers: NFKC of the whole name, so a letter and a combining mark
# spell the same name as the precomposed letter.
namespace = {}
exec('caf\u0065\u0301 = 1\n\uff41\uff42 = 2\n\u2168 = 3\n\ufb01x = 4', namespace)
print(sorted(ascii(k) for k in namespace if k != '__builtins__'))
print(namespace['caf\u00e9'], namespace['ab'], namespace['IX'], namespace['fix'])
