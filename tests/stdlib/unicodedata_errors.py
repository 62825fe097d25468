# Every way a unicodedata call can fail, with CPython's exception types and
# messages, plus the defaults that replace the ValueErrors.
import unicodedata


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


class Text(str):
    pass


one_argument = ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition']
with_default = ['name', 'decimal', 'digit', 'numeric']
for name in one_argument + with_default:
    f = getattr(unicodedata, name)
    attempt(name, f, 'ab')
    attempt(name, f, '')
    attempt(name, f, 5)
    attempt(name, f, None)
    attempt(name, f, b'a')
    attempt(name, f)
    attempt(name, f, 'a', 'b', 'c')
    attempt(name, f, chr=' ')
    attempt(name, f, Text('\u00bd'))
for name in one_argument:
    attempt(name, getattr(unicodedata, name), 'a', 'b')

for ch in ['a', '\x00', '\u0378', '\ud800', '\U0010ffff', '5', '\u00bd', '\u2155', '\u00b2', '\u2460', '\u0665',
           '\u4e07', '\u3405', '\U0001f10b', '\u2189', '\u0f33']:
    attempt('name', unicodedata.name, ch)
    attempt('name', unicodedata.name, ch, 'default')
    attempt('decimal', unicodedata.decimal, ch)
    attempt('decimal', unicodedata.decimal, ch, None)
    attempt('digit', unicodedata.digit, ch)
    attempt('digit', unicodedata.digit, ch, -1)
    attempt('numeric', unicodedata.numeric, ch)
    attempt('numeric', unicodedata.numeric, ch, [])

attempt('lookup', unicodedata.lookup)
attempt('lookup', unicodedata.lookup, 'a', 'b')
attempt('lookup', unicodedata.lookup, name='SPACE')
attempt('lookup', unicodedata.lookup, 5)
attempt('lookup', unicodedata.lookup, None)
attempt('lookup', unicodedata.lookup, bytearray(b'SPACE'))
attempt('lookup', unicodedata.lookup, memoryview(b'SPACE'))
attempt('lookup', unicodedata.lookup, 'SPACE\ud800')
attempt('lookup', unicodedata.lookup, Text('SPACE'))
attempt('lookup', unicodedata.lookup, 'no such name')
attempt('lookup', unicodedata.lookup, 'x' * 1000)
try:
    unicodedata.lookup('nope')
except LookupError as e:
    print('KeyError is a LookupError:', type(e).__name__, e.args)

for f in (unicodedata.normalize, unicodedata.is_normalized):
    name = f.__name__
    attempt(name, f, 'NFX', 'a')
    attempt(name, f, 'nfc', 'a')
    attempt(name, f, 'NFC', 5)
    attempt(name, f, 5, 'a')
    attempt(name, f, 5, 6)
    attempt(name, f, 'NFX', 5)
    attempt(name, f, 'NFC')
    attempt(name, f)
    attempt(name, f, 'NFC', 'a', 'b')
    attempt(name, f, form='NFC', unistr='a')
    attempt(name, f, Text('NFKD'), '\u00bd')
    attempt(name, f, 'NFC', None)

print(sorted(n for n in dir(unicodedata) if not n.startswith('_') and n not in ('UCD', 'ucd_3_2_0')))
print(unicodedata.unidata_version, type(unicodedata.unidata_version).__name__)
