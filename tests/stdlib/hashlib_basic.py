# hashlib: MD5, SHA-1 and SHA-2 on the RFC / FIPS test vectors, hash
# objects' API, new(), pbkdf2_hmac and the errors.
import hashlib
import io
import re

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
vectors = [b'', b'a', b'abc', b'message digest', b'abcdefghijklmnopqrstuvwxyz',
           b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
           b'1234567890' * 8,
           b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
           b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
           bytes(range(256))]

for name in names:
    constructor = getattr(hashlib, name)
    print(name)
    for data in vectors:
        print('  ', constructor(data).hexdigest())
    # Lengths around the block boundaries exercise the padding.
    for size in [55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000]:
        print('  ', size, constructor(b'q' * size).hexdigest())
    h = constructor()
    for _ in range(1000):
        h.update(b'a' * 1000)
    print('   million a', h.hexdigest())

# Feeding in pieces gives the digest of the whole.
whole = bytes(range(256)) * 5
for name in names:
    h = hashlib.new(name)
    for start in range(0, len(whole), 37):
        h.update(whole[start:start + 37])
    print(name, h.hexdigest() == hashlib.new(name, whole).hexdigest())

# Hash objects.
h = hashlib.sha256(b'abc')
print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
print(h.digest())
c = h.copy()
c.update(b'def')
print(h.hexdigest(), c.hexdigest() == hashlib.sha256(b'abcdef').hexdigest())
print(h.digest() == h.digest(), h.hexdigest() == h.digest().hex())
print(re.sub('0x[0-9a-f]+', 'ADDR', repr(hashlib.md5())))
for name in names:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, len(h.digest()))
h = hashlib.md5(bytearray(b'abc'))
h.update(memoryview(b'xabcx')[1:4])
print(h.hexdigest())
print(hashlib.sha1(string=b'abc').hexdigest(), hashlib.md5(b'a', usedforsecurity=False).hexdigest())

# new() by name.
for name in ['SHA256', 'sha-256', 'SHA-512', 'MD5', 'Sha1', 'sha384']:
    print(name, hashlib.new(name, b'x').name)
print(hashlib.new(name='md5', data=b'a').hexdigest())


def show(label, function, *args, **kwargs):
    try:
        print(label, '->', repr(function(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


show('new unknown', hashlib.new, 'x')
show('new int', hashlib.new, 5)
show('new string kw', hashlib.new, 'md5', string=b'a')
show('md5 str', hashlib.md5, 'x')
show('md5 int', hashlib.md5, 5)
show('new str data', hashlib.new, 'sha1', 'abc')
show('update str', hashlib.sha1().update, 'x')
show('update int', hashlib.sha1().update, 5)
show('update none', hashlib.sha1().update)
show('digest arg', hashlib.sha1().digest, 1)

print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}))
print(type(hashlib.algorithms_guaranteed).__name__ in ('set', 'frozenset'))
print(set(names) <= hashlib.algorithms_available)
print(all(hashlib.new(n).name == n for n in sorted(hashlib.algorithms_guaranteed) if n in names))

# PBKDF2 (RFC 6070's vectors for SHA-1; SHA-2 as python3 computes them).
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pass\0word', b'sa\0lt', 4096, 16).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2, 64).hex())
print(hashlib.pbkdf2_hmac('sha512', b'k' * 200, b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b'salt'), 10, None).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha384', password=b'p', salt=b's', iterations=1, dklen=3))
show('pbkdf2 zero iterations', hashlib.pbkdf2_hmac, 'sha1', b'p', b's', 0)
show('pbkdf2 zero length', hashlib.pbkdf2_hmac, 'sha1', b'p', b's', 1, 0)
show('pbkdf2 str password', hashlib.pbkdf2_hmac, 'sha1', 'p', b's', 1)
show('pbkdf2 huge iterations', hashlib.pbkdf2_hmac, 'sha1', b'p', b's', 2**40)
show('pbkdf2 float iterations', hashlib.pbkdf2_hmac, 'sha1', b'p', b's', 1.0)
try:
    hashlib.pbkdf2_hmac('nope', b'p', b's', 1)
except ValueError:
    print('pbkdf2 unknown hash: ValueError')

# file_digest.
print(hashlib.file_digest(io.BytesIO(b'abc' * 100000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
