# hashlib's BLAKE2b and BLAKE2s (RFC 7693): block boundaries, keys, salts,
# personalization, tree parameters, the objects and the parameter errors.
import hashlib
import re

for name in ['blake2b', 'blake2s']:
    constructor = getattr(hashlib, name)
    print(name, constructor.SALT_SIZE, constructor.PERSON_SIZE, constructor.MAX_KEY_SIZE, constructor.MAX_DIGEST_SIZE)
    for data in [b'', b'abc', bytes(range(256)) * 3]:
        print('  ', constructor(data).hexdigest())
    for size in [0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 1000]:
        print('  ', size, constructor(b'q' * size).hexdigest())
    for size in [1, 20, 32]:
        h = constructor(b'abc', digest_size=size)
        print('   digest_size', size, h.digest_size, h.hexdigest())
    for key in [b'k', b'k' * 32, bytes(range(constructor.MAX_KEY_SIZE))]:
        print('   key', len(key), constructor(b'message', key=key).hexdigest())
        print('   key empty data', constructor(key=key).hexdigest())
    print('   salt/person', constructor(b'x', salt=b'salty', person=b'me').hexdigest())
    print('   tree', constructor(b'x', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
                                  inner_size=16, last_node=True).hexdigest())
    h = constructor(key=b'secret', digest_size=16)
    for start in range(0, 700, 33):
        h.update(bytes(range(256))[start % 256:] * 2)
    c = h.copy()
    c.update(b'more')
    print('   pieces', h.hexdigest(), c.hexdigest() != h.hexdigest(), h.digest() == h.digest())
    print('  ', h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__, type(h).__mro__[-1])
    print('  ', re.sub('0x[0-9a-f]+', 'ADDR', repr(h)))
    print('   new', hashlib.new(name, b'abc', digest_size=8).hexdigest(), hashlib.new(name).hexdigest() == constructor().hexdigest())


def show(label, function, *args, **kwargs):
    try:
        print(label, '->', repr(function(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


for constructor in [hashlib.blake2b, hashlib.blake2s]:
    show('digest_size 0', constructor, digest_size=0)
    show('digest_size big', constructor, digest_size=65)
    show('key long', constructor, key=b'k' * 65)
    show('salt long', constructor, salt=b's' * 17)
    show('person long', constructor, person=b'p' * 17)
    show('fanout', constructor, fanout=256)
    show('depth', constructor, depth=0)
    show('leaf_size', constructor, leaf_size=-1)
    show('leaf_size big', constructor, leaf_size=2**32)
    show('node_offset', constructor, node_offset=-1)
    show('node_depth', constructor, node_depth=256)
    show('inner_size', constructor, inner_size=65)
    show('two positional', constructor, b'a', b'b')
    show('str data', constructor, 'x')
    show('str key', constructor, key='x')
    show('data keyword', constructor, data=b'abc')
show('blake2s node_offset', hashlib.blake2s, node_offset=2**48)
show('blake2s salt', hashlib.blake2s, salt=b's' * 9)


try:
    class Mine(hashlib.blake2b):
        pass
except TypeError as e:
    print('TypeError: not subclassable')
print(sorted(hashlib.algorithms_guaranteed))
