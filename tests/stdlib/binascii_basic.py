# binascii: hex, base64, uuencode, quoted-printable, CRCs and their errors.
import binascii


def show(label, function, *args, **kwargs):
    try:
        print(label, '->', repr(function(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)
print(issubclass(binascii.Error, ValueError))

# Hexadecimal.
show('hexlify', binascii.hexlify, b'\x01\xab\xff')
show('hexlify empty', binascii.hexlify, b'')
show('hexlify sep', binascii.hexlify, b'abcdef', '-')
show('hexlify sep bytes', binascii.hexlify, b'abcdef', b':', 2)
show('hexlify sep neg', binascii.hexlify, b'abcdef', ':', -2)
show('hexlify sep 3', binascii.hexlify, b'abcdefg', b'-', 3)
show('hexlify sep -3', binascii.hexlify, b'abcdefg', b'-', -3)
show('hexlify sep empty data', binascii.hexlify, b'', '-')
show('hexlify sep long', binascii.hexlify, b'ab', 'xx')
show('hexlify sep int', binascii.hexlify, b'ab', 5)
show('b2a_hex kw', binascii.b2a_hex, b'abc', sep='|', bytes_per_sep=1)
show('hexlify str', binascii.hexlify, 'ab')
show('hexlify bytearray', binascii.hexlify, bytearray(b'\x00\x10'))
show('hexlify memoryview', binascii.hexlify, memoryview(b'xyz')[1:])
show('hexlify none', binascii.hexlify)
show('unhexlify', binascii.unhexlify, b'abcd')
show('unhexlify str', binascii.unhexlify, 'ABcd09')
show('unhexlify empty', binascii.unhexlify, '')
show('unhexlify odd', binascii.unhexlify, 'abc')
show('unhexlify bad', binascii.unhexlify, 'zz')
show('unhexlify bad2', binascii.unhexlify, b'0g')
show('unhexlify space', binascii.unhexlify, b'00 ')
show('a2b_hex non-ascii', binascii.a2b_hex, '\xe90')
show('unhexlify int', binascii.unhexlify, 5)
show('unhexlify bytearray', binascii.unhexlify, bytearray(b'00ff'))
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)

# Base64.
for sample in [b'', b'a', b'ab', b'abc', b'abcd', b'hello', bytes(range(0, 256, 7))]:
    encoded = binascii.b2a_base64(sample)
    print(sample, encoded, binascii.b2a_base64(sample, newline=False), binascii.a2b_base64(encoded) == sample)
show('b2a_base64 str', binascii.b2a_base64, 'x')
show('b2a_base64 positional newline', binascii.b2a_base64, b'ab', False)
show('b2a_base64 newline=0', binascii.b2a_base64, b'x', newline=0)
for text in ['aGVsbG8=\n', 'aGVsbG8', 'aGVsb', 'a', 'aGVsbA==x', 'a=b=c=d=', 'ab==', 'abc=', 'ab=',
             '!!!!', '', 'abcde', 'abcdef', 'ab=c', 'ab==cd', 'YQ', 'Y Q = =', '====', 'a===',
             'YWJj\nZGVm\n', '*Y*W*J*j*', 'YW=Jj']:
    show('a2b_base64 %r' % text, binascii.a2b_base64, text)
    show('  strict', binascii.a2b_base64, text, strict_mode=True)
show('a2b_base64 non-ascii', binascii.a2b_base64, '\xe9')
show('a2b_base64 int', binascii.a2b_base64, 5)
show('a2b_base64 bytes', binascii.a2b_base64, b'YWJj')
show('a2b_base64 bad kw', binascii.a2b_base64, b'x', strict=True)
show('a2b_base64 leading pad', binascii.a2b_base64, '=YWJj', strict_mode=True)

# Checksums.
for sample in [b'', b'a', b'hello', b'The quick brown fox jumps over the lazy dog', data]:
    print(sample[:10], binascii.crc32(sample), binascii.crc_hqx(sample, 0), binascii.crc_hqx(sample, 0xffff))
show('crc32 start', binascii.crc32, b'hello', 12345)
show('crc32 chained', binascii.crc32, b' world', binascii.crc32(b'hello'))
print(binascii.crc32(b'hello world'))
show('crc32 -1', binascii.crc32, b'x', -1)
show('crc32 big', binascii.crc32, b'x', 2**40)
show('crc32 str', binascii.crc32, 'x')
show('crc32 float', binascii.crc32, b'x', 1.5)
show('crc_hqx -1', binascii.crc_hqx, b'hello', -1)
show('crc_hqx big', binascii.crc_hqx, b'hello', 0x12345)
show('crc_hqx one arg', binascii.crc_hqx, b'hello')

# uuencode.
for sample in [b'', b'a', b'hello', b'hello world', b'x' * 45, bytes(range(45))]:
    line = binascii.b2a_uu(sample)
    print(sample[:12], line, binascii.b2a_uu(sample, backtick=True), binascii.a2b_uu(line) == sample)
show('b2a_uu too long', binascii.b2a_uu, b'x' * 46)
show('b2a_uu str', binascii.b2a_uu, 'x')
for line in [b'%:&5L;&\\\n', b'', b' ', b'`', b'!', b'%:&5L', b'%:&5L;&\\ \x00  ', b'%:&5L;&\\xx\n',
             b'\x7f', b'#86)C', b'#86)C   ``\r\n', '#86)C', b'#8\x016)C']:
    show('a2b_uu %r' % line, binascii.a2b_uu, line)

# Quoted-printable.
for sample in [b'hello = world\t\n', b'a' * 100, b'a' * 75 + b'\n' + b'b' * 80, b'\xff\x00abc',
               b'a b\n', b'a_b c', b'line \nnext\t', b'.\n', b'.', b'x\n.\n', b'From x', b'a\r\nb',
               b'a\rb', b'tab\t\r\nend ', b'=' * 30, b'a' * 74 + b'==', b'', b' ', b'\t',
               b'a\r\nb \r\nc', b'\x00.']:
    encoded = binascii.b2a_qp(sample)
    print(sample[:20], encoded)
    print('  ', binascii.b2a_qp(sample, quotetabs=True), binascii.b2a_qp(sample, istext=False),
          binascii.b2a_qp(sample, header=True))
    print('  ', binascii.a2b_qp(encoded) == sample)
show('b2a_qp kw', binascii.b2a_qp, data=b'a b', header=True)
show('b2a_qp str', binascii.b2a_qp, 'x')
for text in [b'hello=20world=\nfoo', b'a_b', b'=4', b'=zz', b'=\r\nx', b'=4a=4A', 'abc=3D', b'==41',
             b'a=', b'=\n', b'soft=  \nbreak', b'=\rz\nq']:
    show('a2b_qp %r' % text, binascii.a2b_qp, text)
show('a2b_qp header', binascii.a2b_qp, b'a_b=5F', header=True)
show('a2b_qp non-ascii', binascii.a2b_qp, '\xe9')
