"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 encodings.

Written for pyvm over its native binascii module.
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

# encode() and encodebytes() write lines of 76 characters: 57 bytes each.
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _as_bytes(data):
    """What a decoder accepts: bytes-like objects and ASCII-only str."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, bytes_types):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % type(data).__name__) from None


def _binary(data):
    """What an encoder accepts: bytes-like objects only."""
    if isinstance(data, bytes_types):
        return data
    return memoryview(data).tobytes()


# ---- Base64

def b64encode(s, altchars=None):
    """Encode bytes-like s with Base64; altchars (2 bytes) replace '+/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        encoded = encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data; with validate, any non-alphabet byte is an error."""
    data = _as_bytes(s)
    if altchars is not None:
        altchars = _as_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        data = data.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode data in the standard Base64 alphabet."""
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode with the URL- and filesystem-safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decode data in the URL-safe alphabet ('+' and '/' are accepted too)."""
    return b64decode(_as_bytes(s).translate(_from_urlsafe))


# ---- Base32

_b32_standard = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32_extended_hex = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32_decoding_tables = {}

# How many '=' end a final group of 1, 2, 3 or 4 bytes.
_b32_padding_for_remainder = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# And how many bytes a final group with that many '=' holds.
_b32_bytes_for_padding = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    data = _binary(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        value = int.from_bytes(group + bytes(5 - len(group)), 'big')
        digits = bytes(alphabet[(value >> shift) & 31] for shift in range(35, -1, -5))
        padding = _b32_padding_for_remainder[len(group) % 5]
        if padding:
            digits = digits[:8 - padding] + b'=' * padding
        out += digits
    return bytes(out)


def _b32decode(alphabet, s, casefold, map01):
    table = _b32_decoding_tables.get(alphabet)
    if table is None:
        table = _b32_decoding_tables[alphabet] = {c: i for i, c in enumerate(alphabet)}
    data = _as_bytes(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _as_bytes(map01)
        assert len(map01) == 1, repr(map01)
        data = data.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        data = data.upper()
    digits = data.rstrip(b'=')
    padding = len(data) - len(digits)
    out = bytearray()
    value = 0
    for start in range(0, len(digits), 8):
        value = 0
        for c in digits[start:start + 8]:
            if c not in table:
                raise binascii.Error('Non-base32 digit found')
            value = (value << 5) | table[c]
        out += value.to_bytes(5, 'big')
    if padding not in _b32_bytes_for_padding:
        raise binascii.Error('Incorrect padding')
    if padding and out:
        # The last group was read short: shift its digits into place and
        # keep only the bytes they carry.
        last = (value << (5 * padding)).to_bytes(5, 'big')
        out[-5:] = last[:_b32_bytes_for_padding[padding]]
    return bytes(out)


def b32encode(s):
    """Encode bytes-like s with Base32."""
    return _b32encode(_b32_standard, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 data; casefold accepts lowercase, map01 maps '0' to 'O'
    and '1' to the given letter (b'I' or b'L')."""
    return _b32decode(_b32_standard, s, casefold, map01)


def b32hexencode(s):
    """Encode bytes-like s with Base32 in the Extended Hex alphabet."""
    return _b32encode(_b32_extended_hex, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 data in the Extended Hex alphabet."""
    return _b32decode(_b32_extended_hex, s, casefold, None)


# ---- Base16

def b16encode(s):
    """Encode bytes-like s with Base16 (uppercase hexadecimal)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data; casefold accepts lowercase digits."""
    data = _as_bytes(s)
    if casefold:
        data = data.upper()
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ---- Base85 and Ascii85

_b85_alphabet = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_b85_decoding_table = None
_A85START = b'<~'
_A85END = b'~>'


def _encode85(data, alphabet, pad, fold_nuls=False, fold_spaces=False):
    """Each 4 bytes (the last zero-padded) as 5 digits of base 85, most
    significant first; unless pad, the digits the padding added are cut."""
    data = _binary(data)
    padding = -len(data) % 4
    data = data + bytes(padding)
    out = bytearray()
    last_folded = False
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        last_folded = (fold_nuls and word == 0) or (fold_spaces and word == 0x20202020)
        if fold_nuls and word == 0:
            out += b'z'
        elif fold_spaces and word == 0x20202020:
            out += b'y'
        else:
            digits = bytearray(5)
            for i in range(4, -1, -1):
                word, digits[i] = divmod(word, 85)
            out += bytes(alphabet[d] for d in digits)
    if padding and not pad:
        # A padded last group is never folded: it is written out in full
        # before the digits the padding added are cut.
        if last_folded:
            out[-1:] = bytes((alphabet[0],)) * 5
        del out[-padding:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like b with Ascii85 ('z' for zero words; foldspaces: 'y'
    for four spaces; wrapcol: lines of at most that many characters; adobe:
    framed in <~ ~>)."""
    encoded = _encode85(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        encoded = _A85START + encoded
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [encoded[i:i + width] for i in range(0, len(encoded), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        encoded = b'\n'.join(lines)
    if adobe:
        encoded += _A85END
    return encoded


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data (see a85encode); bytes in ignorechars are skipped."""
    data = _as_bytes(b)
    if adobe:
        if not data.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        data = data[2:-2] if data.startswith(_A85START) else data[:-2]
    out = bytearray()
    group = []
    # Four 'u' (the largest digit) complete a final short group.
    for c in data + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                value = 0
                for digit in group:
                    value = value * 85 + digit
                if value > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += value.to_bytes(4, 'big')
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    unused = 4 - len(group)
    if unused:
        del out[-unused:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like b with Base85 (as git and Mercurial use it)."""
    return _encode85(b, _b85_alphabet, pad)


def b85decode(b):
    """Decode Base85 data."""
    global _b85_decoding_table
    if _b85_decoding_table is None:
        _b85_decoding_table = {c: i for i, c in enumerate(_b85_alphabet)}
    data = _as_bytes(b)
    padding = -len(data) % 5
    data = data + b'~' * padding
    out = bytearray()
    for start in range(0, len(data), 5):
        value = 0
        for offset, c in enumerate(data[start:start + 5]):
            digit = _b85_decoding_table.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            value = value * 85 + digit
        if value > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += value.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


# ---- MIME-style Base64 in lines, and files

def _check_byte_buffer(s):
    if isinstance(s, bytes_types):
        return
    try:
        view = memoryview(s)
    except TypeError as error:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from error
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s" % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (view.ndim, type(s).__name__))


def encodebytes(s):
    """Base64 in lines of 76 characters, each ending with a newline."""
    _check_byte_buffer(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode lines of Base64 (the output of encodebytes)."""
    _check_byte_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode the binary file input into lines of Base64 written to output."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        # A short read in the middle of a file must not end a line early.
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode the lines of Base64 in the binary file input into output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))

