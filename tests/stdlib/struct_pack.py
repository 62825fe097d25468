# struct.pack/unpack for every format character, byte order and size.
import struct


def show(function, *args):
    shown = tuple(type(a).__name__ if type(a).__module__ == '__main__' else a for a in args)
    try:
        print(function.__name__, shown, '->', function(*args))
    except Exception as e:
        print(function.__name__, shown, '->', type(e).__name__, e)


# Every integer code in every byte order, at and beyond its limits.
for order in '@=<>!':
    for code, low, high in [('b', -128, 127), ('B', 0, 255), ('h', -2**15, 2**15 - 1),
                            ('H', 0, 2**16 - 1), ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1),
                            ('l', -2**31, 2**31 - 1), ('L', 0, 2**32 - 1),
                            ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]:
        fmt = order + code
        for value in (low, high, 0, 1, low - 1, high + 1, -2**64, 2**64, 2**70, -2**70):
            try:
                packed = struct.pack(fmt, value)
                print(fmt, value, packed, struct.unpack(fmt, packed))
            except struct.error as e:
                print(fmt, value, 'error:', e)

# Native-only codes.
for code in 'nNP':
    for value in (0, 1, -1, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -2**63, -2**63 - 1):
        try:
            packed = struct.pack(code, value)
            print(code, value, packed, struct.unpack(code, packed))
        except struct.error as e:
            print(code, value, 'error:', e)
    show(struct.pack, '<' + code, 1)
    show(struct.calcsize, '=' + code)
    show(struct.calcsize, code)

# Sizes.
for fmt in ['x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f',
            'd', 's', 'p', 'P', '<l', '>L', '=q', '!e', '@ci', '<ci', 'ic', '@cq', '@ce', '@cd',
            '@cP', '@c?', '@c3sh', '@c0i', '@c0l', '@0i', '3x', '10s', '10p', '0s', 'hhl', 'llh',
            '@bi', '@bq', '@hi', '@ih', '@iq', '@xi', '@5xq', '@qb', '', '<', ' i ', '2h3i']:
    print(repr(fmt), struct.calcsize(fmt))

# Booleans, chars, strings.
show(struct.pack, '?', 5)
show(struct.pack, '?', [])
show(struct.pack, '?', 'x')
show(struct.pack, '3?', 0, 1, None)
show(struct.unpack, '?', b'\x05')
show(struct.unpack, '3?', b'\x00\x01\xff')
show(struct.pack, 'c', b'a')
show(struct.pack, 'c', bytearray(b'a'))
show(struct.pack, 'c', 'a')
show(struct.pack, 'c', b'ab')
show(struct.pack, 'c', 97)
show(struct.pack, '3c', b'a', b'b', b'c')
show(struct.unpack, '2c', b'ab')
show(struct.pack, '5s', b'ab')
show(struct.pack, '2s', b'abcdef')
show(struct.pack, '0s', b'abc')
show(struct.pack, 's', b'')
show(struct.pack, '3s', bytearray(b'xyz'))
show(struct.pack, 's', 'a')
show(struct.pack, 's', 1)
show(struct.unpack, '3s', b'abc')
show(struct.unpack, '0s', b'')
show(struct.pack, '5p', b'ab')
show(struct.pack, '2p', b'abc')
show(struct.pack, '1p', b'abc')
show(struct.pack, '0p', b'abc')
show(struct.pack, 'p', 'x')
print(struct.pack('300p', b'a' * 300)[:3], len(struct.pack('300p', b'a' * 300)))
show(struct.unpack, '5p', b'\x09abcd')
show(struct.unpack, '5p', b'\x02abcd')
show(struct.pack, '3x')
show(struct.unpack, '3xb', b'\x00\x00\x00\x07')
show(struct.pack, 'bxh', 1, 2)

# Floats.
for fmt in ['<d', '>d', '<f', '>f', '<e', '>e', 'd', 'f', 'e']:
    for value in (0.0, -0.0, 1.0, -2.5, 0.1, 1e-300, 1e300, float('inf'), float('-inf'),
                  65504.0, 65519.99, 65520.0, 6.1e-5, 5.96e-8, 2.9e-8, 1e-8, 3.4028234e38, 3.5e38):
        try:
            packed = struct.pack(fmt, value)
            print(fmt, value, packed, struct.unpack(fmt, packed))
        except (struct.error, OverflowError) as e:
            print(fmt, value, type(e).__name__, e)
for fmt in ['<e', '<f', '<d']:
    nan = struct.unpack(fmt, struct.pack(fmt, float('nan')))[0]
    # (the low bits of a double NaN are not specified: pyvm numbers its NaNs)
    print(fmt, 'nan', nan != nan, struct.pack(fmt, float('nan'))[-2:])
# Half floats round to nearest even.
for bits in range(0, 16):
    value = 1.0 + bits / 2048.0
    print('e', value, struct.pack('<e', value), struct.unpack('<e', struct.pack('<e', value)))
for raw in [b'\x00\x00', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\xff\x7b', b'\x00\x7c', b'\x00\xfc',
            b'\x00\x3c', b'\x00\xc0', b'\x55\x35']:
    print(raw, struct.unpack('<e', raw))
show(struct.pack, 'd', 1)
show(struct.pack, 'd', True)
show(struct.pack, 'd', '1')
show(struct.pack, 'f', None)
show(struct.pack, 'f', 2**2000)


class Floaty:
    def __float__(self):
        return 2.5


class Indexy:
    def __index__(self):
        return 7


show(struct.pack, 'd', Floaty())
show(struct.pack, 'i', Indexy())
show(struct.pack, 'Q', Indexy())
show(struct.pack, 'P', Indexy())
show(struct.pack, 'b', 1.0)
show(struct.pack, 'i', '1')
show(struct.pack, 'i', None)
show(struct.pack, 'q', Floaty())
show(struct.pack, '<iii', 1, 2, 3.0)
show(struct.pack, '?', Indexy())
show(struct.pack, 'i', True)

# Mixed formats round-trip.
for fmt, values in [('<hHiIqQ', (-1, 2, -3, 4, -5, 6)), ('>bB?cs', (-7, 200, True, b'z', b'q')),
                    ('@bhiqd', (1, 2, 3, 4, 5.5)), ('!3s2xIf', (b'abc', 9, 0.5)),
                    ('=2e2d', (0.5, -0.25, 1e10, -1e-10))]:
    packed = struct.pack(fmt, *values)
    print(fmt, packed, struct.unpack(fmt, packed))
