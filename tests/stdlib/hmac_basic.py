# hmac: RFC 2202 and RFC 4231 test vectors, the HMAC object, digest(),
# compare_digest() and the errors.
import hashlib
import hmac

# RFC 2202 (MD5 and SHA-1).
cases = [
    (b'\x0b' * 16, b'Hi There', 'md5'),
    (b'Jefe', b'what do ya want for nothing?', 'md5'),
    (b'\xaa' * 16, b'\xdd' * 50, 'md5'),
    (b'\xaa' * 80, b'Test Using Larger Than Block-Size Key - Hash Key First', 'md5'),
    (b'\x0b' * 20, b'Hi There', 'sha1'),
    (b'Jefe', b'what do ya want for nothing?', 'sha1'),
    (b'\xaa' * 80, b'Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data', 'sha1'),
]
# RFC 4231 (SHA-2).
for name in ['sha224', 'sha256', 'sha384', 'sha512']:
    cases += [
        (b'\x0b' * 20, b'Hi There', name),
        (b'Jefe', b'what do ya want for nothing?', name),
        (b'\xaa' * 20, b'\xdd' * 50, name),
        (bytes(range(1, 26)), b'\xcd' * 50, name),
        (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', name),
        (b'\xaa' * 131, b'This is a test using a larger than block-size key and a larger than '
                        b'block-size data. The key needs to be hashed before being used by the '
                        b'HMAC algorithm.', name),
    ]
for key, message, name in cases:
    mac = hmac.new(key, message, name)
    print(name, mac.hexdigest(), hmac.digest(key, message, name) == mac.digest())

# digestmod forms.
key, message = b'key', b'The quick brown fox jumps over the lazy dog'
print(hmac.new(key, message, 'md5').hexdigest())
print(hmac.new(key, message, hashlib.sha1).hexdigest())
print(hmac.new(key, message, digestmod='sha256').hexdigest())
print(hmac.digest(key, message, hashlib.sha512).hex())


import types
module_like = types.SimpleNamespace(new=hashlib.sha256)
print(hmac.new(key, message, module_like).hexdigest())

# The object.
mac = hmac.new(b'secret', digestmod='sha256')
print(type(mac).__name__, mac.name, mac.digest_size, mac.block_size)
mac.update(b'part one, ')
copy = mac.copy()
mac.update(b'part two')
print(mac.hexdigest() == hmac.new(b'secret', b'part one, part two', 'sha256').hexdigest())
print(copy.hexdigest() == hmac.new(b'secret', b'part one, ', 'sha256').hexdigest())
print(mac.digest() == mac.digest(), mac.hexdigest() == mac.digest().hex())
mac = hmac.HMAC(bytearray(b'k'), memoryview(b'msg'), 'sha384')
print(mac.name, mac.digest_size, mac.block_size, len(mac.digest()))
print(hmac.new(b'', b'', 'md5').hexdigest())
print(hmac.digest_size, len(hmac.trans_5C), hmac.trans_5C[:4], hmac.trans_36[:4])


def show(label, function, *args, **kwargs):
    try:
        print(label, '->', repr(function(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


show('no digestmod', hmac.new, b'k')
show('none digestmod', hmac.new, b'k', None, None)
show('str key', hmac.new, 'k', digestmod='md5')
show('int key', hmac.new, 5, digestmod='md5')
show('str msg', hmac.new, b'k', 'msg', 'md5')
show('unknown hash', hmac.new, b'k', b'msg', 'nope')
show('update str', hmac.new(b'k', digestmod='md5').update, 'x')
show('update int', hmac.new(b'k', digestmod='md5').update, 5)
show('digest unknown', hmac.digest, b'k', b'm', 'x')

# compare_digest.
show('equal bytes', hmac.compare_digest, b'abc', b'abc')
show('different bytes', hmac.compare_digest, b'abc', b'abd')
show('different lengths', hmac.compare_digest, b'abc', b'ab')
show('empty', hmac.compare_digest, b'', b'')
show('bytearray', hmac.compare_digest, bytearray(b'ab'), b'ab')
show('memoryview', hmac.compare_digest, b'ab', memoryview(b'ab'))
show('str', hmac.compare_digest, 'abc', 'abc')
show('str different', hmac.compare_digest, 'abc', 'abd')
show('str and bytes', hmac.compare_digest, 'a', b'a')
show('bytes and str', hmac.compare_digest, b'a', 'a')
show('non-ascii', hmac.compare_digest, '\xe9', '\xe9')
show('ints', hmac.compare_digest, 1, 1)
