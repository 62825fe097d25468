# binascii and base64 on generated data (seeded): encoders' output and
# decoders' results or errors, byte for byte as CPython's.
import base64
import binascii
import random

rng = random.Random(7)
alphabets = [bytes(range(256)), b'ab =\t\r\n._', b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n ',
             b'0123456789abcdefABCDEFxyz', b' !"#$%&\'()*+,-./0123456789:;<=>?@`\n\r']


def sample():
    alphabet = rng.choice(alphabets)
    return bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 90)))


def attempt(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except (binascii.Error, ValueError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)


for case in range(250):
    data = sample()
    print(case, data)
    print('  qp', binascii.b2a_qp(data), binascii.b2a_qp(data, True, False, True))
    print('  a2b_qp', binascii.a2b_qp(data), binascii.a2b_qp(data, header=True))
    print('  b64', binascii.b2a_base64(data), attempt(binascii.a2b_base64, data),
          attempt(binascii.a2b_base64, data, strict_mode=True))
    print('  uu', attempt(binascii.b2a_uu, data[:45]), attempt(binascii.a2b_uu, data))
    print('  hex', binascii.hexlify(data, '.', rng.choice([1, 2, -3])), attempt(binascii.unhexlify, data))
    print('  crc', binascii.crc32(data), binascii.crc_hqx(data, case))
    print('  b32', base64.b32encode(data), attempt(base64.b32decode, data), attempt(base64.b32decode, data, True, b'L'))
    print('  b85', base64.b85encode(data), attempt(base64.b85decode, data))
    print('  a85', base64.a85encode(data, foldspaces=True, wrapcol=20), attempt(base64.a85decode, data))
    print('  b16', attempt(base64.b16decode, data, True), attempt(base64.b64decode, data, b'-_', True))
