# Arrays as binary data: bytes(), struct, hashlib and binascii read an
# array's machine bytes as CPython's buffer protocol gives them.
import array
import binascii
import hashlib
import struct

a = array.array('i', [1, 2, 3])
print(bytes(a), a.tobytes() == bytes(a))
print(struct.unpack('<3i', a), struct.unpack_from('<i', a, 4), list(struct.iter_unpack('<i', a)))
print(struct.Struct('<hh').unpack(array.array('h', [7, -7])))
print(hashlib.md5(a).hexdigest(), hashlib.sha256(array.array('u', 'hi')).hexdigest())
h = hashlib.sha1()
h.update(a)
h.update(array.array('d', [1.5]))
print(h.hexdigest())
print(binascii.hexlify(a), binascii.crc32(a), binascii.b2a_base64(a))
print(binascii.a2b_base64(array.array('B', b'YWJj')), binascii.unhexlify(array.array('b', b'4142')))
print(hashlib.pbkdf2_hmac('sha1', a, a, 2).hex())
for code in 'bBhHiIlLqQfd':
    values = array.array(code, range(1, 5))
    print(code, bytes(values).hex(), struct.unpack('=4' + code, values))
try:
    struct.unpack('<i', array.array('b', [1]))
except struct.error as e:
    print('struct.error', e)
