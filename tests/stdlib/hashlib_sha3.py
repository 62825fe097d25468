# hashlib's SHA-3 and SHAKE (FIPS 202) around the sponge's block sizes,
# HASHXOF objects, and HMAC/PBKDF2 over SHA-3.
import hashlib
for n in ['sha3_224','sha3_256','sha3_384','sha3_512']:
    for d in [b'', b'abc', b'a' * 200, bytes(range(256)) * 3]:
        print(n, hashlib.new(n, d).hexdigest())
    for size in [0, 1, 71, 72, 73, 103, 104, 105, 135, 136, 137, 143, 144, 145, 167, 168, 169, 300]:
        h = hashlib.new(n)
        h.update(b'q' * size)
        print(size, h.hexdigest())
for n in ['shake_128', 'shake_256']:
    h = hashlib.new(n, b'abc')
    print(n, repr(h)[:28], type(h).__name__, h.digest_size, h.block_size, h.hexdigest(0), h.hexdigest(10), h.digest(length=200).hex(), h.copy().hexdigest(400)[-20:])
    for size in [0, 135, 136, 137, 167, 168, 169]:
        print(size, hashlib.new(n, b'z' * size).hexdigest(50))
import hmac
print(hmac.new(b'key', b'msg', 'sha3_256').hexdigest(), hmac.new(b'k' * 200, b'msg', hashlib.sha3_512).hexdigest())
print(hashlib.pbkdf2_hmac('sha3_256', b'p', b's', 2).hex())
print(type(hashlib.shake_128()).__mro__)
for f in [lambda: hashlib.shake_128().digest(), lambda: hashlib.pbkdf2_hmac('shake_128', b'p', b's', 1), lambda: hmac.new(b'k', b'm', 'shake_128'), lambda: hashlib.shake_128().hexdigest('x')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(sorted(n for n in hashlib.algorithms_guaranteed if not n.startswith('blake2')))
