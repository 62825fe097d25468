"""Keyed-hashing for message authentication (HMAC, RFC 2104).

Written for pyvm over its native hashlib.
"""

import hashlib as _hashlib

__all__ = ['new', 'digest', 'compare_digest', 'HMAC']

# The key is XORed with these bytes for the outer and inner hashes.
trans_5C = bytes(x ^ 0x5C for x in range(256))
trans_36 = bytes(x ^ 0x36 for x in range(256))

# The size of an HMAC's digest depends on its hash: there is no fixed one.
digest_size = None


def compare_digest(a, b):
    """a == b, taking a time that depends on their lengths only (not on
    where they differ). Both must be bytes-like, or both ASCII str."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        left, right = a.encode('ascii'), b.encode('ascii')
    else:
        try:
            left, right = memoryview(a).tobytes(), memoryview(b).tobytes()
        except TypeError:
            if isinstance(a, str) or isinstance(b, str):
                raise TypeError("a bytes-like object is required, not 'str'") from None
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__)) from None
    # Every byte is looked at, whatever the lengths and contents.
    difference = len(left) ^ len(right)
    if len(left) != len(right):
        right = left
    for x, y in zip(left, right):
        difference |= x ^ y
    return difference == 0


def _constructor_for(digestmod):
    """A function making a fresh hash object (called with optional data)."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC computation: update() it with messages, then digest()."""

    blocksize = 64  # the block size of the hashes HMAC was designed for

    __slots__ = ('_digest_cons', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _constructor_for(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        if isinstance(digestmod, str) and self._inner.digest_size == 0:
            # An extendable-output hash (SHAKE) has no fixed digest to key.
            raise ValueError('no reason supplied')
        self.digest_size = self._inner.digest_size
        block_size = getattr(self._inner, 'block_size', self.blocksize)
        if block_size < 16:
            block_size = self.blocksize
        self.block_size = block_size
        if len(key) > block_size:
            key = self._digest_cons(key).digest()
        key = bytes(key).ljust(block_size, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed msg (bytes-like) into the computation."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _final_hash(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the messages so far, as bytes (the state is kept)."""
        return self._final_hash().digest()

    def hexdigest(self):
        """digest() as a string of hexadecimal digits."""
        return self._final_hash().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC with this key (bytes or bytearray), first message and hash
    (a name for hashlib.new, a hash constructor, or a module with new())."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash `digest`, in one call."""
    mac = HMAC(key, msg, digest)
    return mac.digest()
