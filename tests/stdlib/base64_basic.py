# base64: every encoding of RFC 4648 plus Base85 and Ascii85, the file
# functions, and the errors.
import base64
import binascii
import io


def show(label, function, *args, **kwargs):
    try:
        print(label, '->', repr(function(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)),
           b'\xfb\xff\xfe', b'    ', b'\x00\x00\x00\x00\x00']

# RFC 4648's test vectors and round trips.
for sample in samples:
    print(sample[:8], len(sample))
    for name in ['b64', 'standard_b64', 'urlsafe_b64', 'b32', 'b32hex', 'b16', 'b85', 'a85']:
        encode = getattr(base64, name + 'encode')
        decode = getattr(base64, name + 'decode')
        encoded = encode(sample)
        print('  ', name, encoded[:60], decode(encoded) == sample)
    print('   encodebytes', base64.encodebytes(sample)[:80], base64.decodebytes(base64.encodebytes(sample)) == sample)

# Base64 options.
show('altchars', base64.b64encode, b'\xfb\xff\xfe', b'-_')
show('altchars decode', base64.b64decode, b'-_-_', b'-_')
show('altchars str', base64.b64decode, '-_-_', '-_')
show('altchars bad', base64.b64encode, b'x', b'-')
show('urlsafe', base64.urlsafe_b64encode, b'\xfb\xff\xfe')
show('urlsafe decode', base64.urlsafe_b64decode, '-__-')
show('urlsafe decode std chars', base64.urlsafe_b64decode, '+//+')
show('str input', base64.b64decode, 'Zm9v')
show('non-ascii str', base64.b64decode, 'Zm9v\xe9')
show('int input', base64.b64decode, 5)
show('encode str', base64.b64encode, 'foo')
show('bytearray', base64.b64encode, bytearray(b'foo'))
show('memoryview', base64.b64decode, memoryview(b'Zm9v'))
show('junk ignored', base64.b64decode, b'Zm9v!!\n')
show('validate junk', base64.b64decode, b'Zm9v!!', validate=True)
show('validate ok', base64.b64decode, b'Zm9vYg==', validate=True)
show('validate newline', base64.b64decode, b'Zm9v\n', validate=True)
show('bad padding', base64.b64decode, b'Zm9vYg')
show('one extra char', base64.b64decode, b'Zm9vY')
show('standard decode', base64.standard_b64decode, 'Zm9vYmFy')

# Base32.
show('b32decode lower', base64.b32decode, b'mzxw6===')
show('b32decode casefold', base64.b32decode, b'mzxw6===', casefold=True)
show('b32decode map01 L', base64.b32decode, b'MZXW6YQ=', map01=b'L')
show('b32decode map01 I', base64.b32decode, 'M1XW6Y0=', map01='I')
show('b32decode 0 without map', base64.b32decode, b'M0XW6YQ=')
show('b32decode bad length', base64.b32decode, b'MZXW6')
show('b32decode bad padding', base64.b32decode, b'MZXW6YQ==')
show('b32decode bad padding 2', base64.b32decode, b'MZ======')
show('b32decode bad padding 5', base64.b32decode, b'MZX=====')
show('b32decode padding only', base64.b32decode, b'========')
show('b32decode bad digit', base64.b32decode, b'MZXW6Y!=')
show('b32decode inner pad', base64.b32decode, b'MZ=W6YQ=')
show('b32hexdecode', base64.b32hexdecode, b'CPNMU===')
show('b32hexdecode lower', base64.b32hexdecode, b'cpnmu===', casefold=True)
show('b32hexdecode bad', base64.b32hexdecode, b'WPNMU===')
show('b32encode str', base64.b32encode, 'x')

# Base16.
show('b16decode', base64.b16decode, b'666F6F')
show('b16decode lower', base64.b16decode, b'666f6f')
show('b16decode casefold', base64.b16decode, b'666f6f', True)
show('b16decode odd', base64.b16decode, b'666')
show('b16decode bad', base64.b16decode, b'66 6F')
show('b16encode', base64.b16encode, b'\xab\xcd')

# Base85 and Ascii85.
show('b85encode pad', base64.b85encode, b'abc', pad=True)
show('b85decode bad char', base64.b85decode, b'ab"cd')
show('b85decode overflow', base64.b85decode, b'~~~~~')
show('b85decode str', base64.b85decode, 'VPa!s')
show('a85encode z', base64.a85encode, b'\0\0\0\0abcd\0\0\0\0')
show('a85encode short zero', base64.a85encode, b'\0\0')
show('a85encode pad', base64.a85encode, b'ab', pad=True)
show('a85encode foldspaces', base64.a85encode, b'    abcd', foldspaces=True)
show('a85encode adobe', base64.a85encode, b'hello world', adobe=True)
show('a85encode wrapcol', base64.a85encode, b'hello world, this is long', wrapcol=10)
show('a85encode wrapcol adobe', base64.a85encode, b'hello world', wrapcol=5, adobe=True)
show('a85encode wrapcol 1 adobe', base64.a85encode, b'hi', wrapcol=1, adobe=True)
show('a85decode adobe', base64.a85decode, b'<~BOu!rD]j7BEbo80~>', adobe=True)
show('a85decode adobe no start', base64.a85decode, b'BOu!rD]j7BEbo80~>', adobe=True)
show('a85decode adobe no end', base64.a85decode, b'<~BOu!r', adobe=True)
show('a85decode z', base64.a85decode, b'zz')
show('a85decode z inside', base64.a85decode, b'abzcd')
show('a85decode y', base64.a85decode, b'y', foldspaces=True)
show('a85decode y inside', base64.a85decode, b'aby', foldspaces=True)
show('a85decode y unfolded', base64.a85decode, b'y')
show('a85decode spaces', base64.a85decode, b'@:E\n_W  Ga')
show('a85decode ignorechars', base64.a85decode, b'@:E_W\tGa', ignorechars=b'')
show('a85decode overflow', base64.a85decode, b'uuuuu')
show('a85decode bad', base64.a85decode, b'abc{')

# Lines of Base64, and files.
long_data = bytes(range(200))
encoded = base64.encodebytes(long_data)
print(encoded.count(b'\n'), [len(line) for line in encoded.split(b'\n')])
show('encodebytes str', base64.encodebytes, 'abc')
show('decodebytes str', base64.decodebytes, 'abc')
show('decodebytes bytearray', base64.decodebytes, bytearray(b'Zm9v\n'))
source = io.BytesIO(long_data)
target = io.BytesIO()
base64.encode(source, target)
print(target.getvalue() == encoded)
back = io.BytesIO()
base64.decode(io.BytesIO(target.getvalue()), back)
print(back.getvalue() == long_data)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, sorted(base64.__all__))
try:
    base64.b64decode('abc')
except binascii.Error as e:
    print('binascii.Error', e)
