# struct on generated formats and data (seeded, so CPython and pyvm see the
# same cases): parsing, alignment, packing and unpacking must agree.
import random
import struct

rng = random.Random(2024)
codes = 'xcbB?hHiIlLqQnNefdspP'
standard_codes = 'xcbB?hHiIlLqQefdsp'


def random_format():
    order = rng.choice(['', '@', '=', '<', '>', '!'])
    allowed = codes if order in ('', '@') else standard_codes
    parts = []
    for _ in range(rng.randrange(1, 6)):
        count = rng.choice(['', '', '0', '1', '2', '3', '7'])
        code = rng.choice(allowed)
        if code == 'p' and count == '0':
            count = '1'  # CPython 3.11 fails to unpack '0p' (SystemError)
        parts.append(count + code)
    return order + ''.join(parts)


def value_for(code, order):
    if code == 'c':
        return bytes([rng.randrange(256)])
    if code in 'sp':
        return bytes(rng.randrange(256) for _ in range(rng.randrange(6)))
    if code == '?':
        return rng.choice([True, False, 0, 3, '', 'x'])
    if code in 'efd':
        return rng.choice([0.0, -1.5, 3.25, 1e-3, 123.0, -0.0])
    size = struct.calcsize(('@' if order in ('', '@') else order) + code)
    if code in 'BHILQNP':
        return rng.randrange(2 ** (8 * size))
    return rng.randrange(-2 ** (8 * size - 1), 2 ** (8 * size - 1))


def items(fmt):
    order = fmt[0] if fmt[0] in '@=<>!' else ''
    body = fmt[len(order):]
    result = []
    i = 0
    while i < len(body):
        count = ''
        while body[i].isdigit():
            count += body[i]
            i += 1
        code = body[i]
        i += 1
        n = int(count) if count else 1
        if code in 'sp':
            result.append(value_for(code, order))
        elif code != 'x':
            result.extend(value_for(code, order) for _ in range(n))
    return result


for case in range(400):
    fmt = random_format()
    values = items(fmt)
    try:
        packed = struct.pack(fmt, *values)
        unpacked = struct.unpack(fmt, packed)
        print(case, fmt, struct.calcsize(fmt), packed.hex(), unpacked)
    except (struct.error, OverflowError) as e:
        print(case, fmt, type(e).__name__, e)

# Unpacking arbitrary bytes.
for case in range(300):
    fmt = random_format()
    size = struct.calcsize(fmt)
    data = bytes(rng.randrange(256) for _ in range(size))
    # NaNs print alike whatever their payload.
    print(case, fmt, [repr(v) for v in struct.unpack(fmt, data)])

# Integers around every power of two, through every integer code.
for code in 'bBhHiIlLqQ':
    for order in '<>':
        for bits in range(0, 66, 7):
            for value in (2 ** bits - 1, -2 ** bits):
                try:
                    print(order + code, value, struct.pack(order + code, value).hex())
                except struct.error as e:
                    print(order + code, value, e)
