# struct's functions and Struct objects: argument handling, buffers,
# offsets, iteration and the error messages.
import struct


def show(label, function, *args, **kwargs):
    try:
        print(label, '->', function(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(struct.error.__name__, struct.error.__module__, struct.error.__mro__)
print(sorted(name for name in struct.__all__))

# Format syntax errors.
for fmt in ['z', '3', '<2', 'i 2 i', 'i2 i', '2 i', '99999999999999999999i', 'iz', '\x00', '%',
            '<n', '>N', '=P', '!x', '@@i', 'i<']:
    show(repr(fmt), struct.calcsize, fmt)
show('calcsize bytes', struct.calcsize, b'<i')
show('calcsize int', struct.calcsize, 5)
show('calcsize huge', struct.calcsize, '2000000000q')
show('calcsize max', struct.calcsize, '9223372036854775807x')
show('calcsize overflow', struct.calcsize, '9223372036854775807x1x')
show('calcsize overflow2', struct.calcsize, '4611686018427387904h')
show('whitespace', struct.pack, ' i\t\n h ', 1, 2)

# Argument counts.
show('pack none', struct.pack)
show('pack few', struct.pack, '2i', 1)
show('pack many', struct.pack, 'i', 1, 2)
show('pack zero', struct.pack, 'ii')
show('pack huge', struct.pack, '2147483648i')
show('pack kw', struct.pack, 'i', x=1)
show('pack bad fmt', struct.pack, 5)
show('unpack 1', struct.unpack, 'i')
show('unpack 3', struct.unpack, 'i', b'', b'')

# Buffers.
show('unpack short', struct.unpack, 'i', b'abc')
show('unpack long', struct.unpack, '<hh', b'abcde')
show('unpack str', struct.unpack, 'i', 'abcd')
show('unpack list', struct.unpack, 'i', [1, 2, 3, 4])
show('unpack bytearray', struct.unpack, '<i', bytearray(b'abcd'))
show('unpack memoryview', struct.unpack, '<i', memoryview(b'xabcd')[1:])
show('unpack empty', struct.unpack, '', b'')

data = b'abcdefgh'
for offset in [0, 2, 4, 5, 8, -4, -8, -9, -1]:
    show('unpack_from %d' % offset, struct.unpack_from, '<i', data, offset)
show('unpack_from kw', struct.unpack_from, '<i', data, offset=1)
show('unpack_from buffer kw', struct.unpack_from, '<i', buffer=data)
show('unpack_from no buffer', struct.unpack_from, '<i')
show('unpack_from bad offset', struct.unpack_from, '<i', data, 'x')

buffer = bytearray(8)
for offset in [0, 2, 4, 5, -4, -2, -8, -9]:
    show('pack_into %d' % offset, struct.pack_into, '<i', buffer, offset, 0x01020304)
    print(buffer)
show('pack_into bytes', struct.pack_into, '<i', b'abcdefgh', 0, 5)
show('pack_into str', struct.pack_into, '<i', 'abcdefgh', 0, 5)
show('pack_into no items', struct.pack_into, '<i', buffer, 0)
show('pack_into no offset', struct.pack_into, '<i', buffer)
show('pack_into no buffer', struct.pack_into, '<i')
show('pack_into nothing', struct.pack_into)
show('pack_into bad value', struct.pack_into, '<ii', buffer, 0, 1, 'x')
print(buffer)
view = memoryview(buffer)
show('pack_into memoryview', struct.pack_into, '<h', view, 6, -1)
print(buffer)
show('pack_into readonly view', struct.pack_into, '<h', memoryview(b'abcd'), 0, 1)
view.release()

# iter_unpack.
print(list(struct.iter_unpack('<h', b'123456')))
print(list(struct.iter_unpack('<hb', bytearray(b'abcdef'))))
show('iter_unpack odd', struct.iter_unpack, 'i', b'123')
show('iter_unpack empty struct', struct.iter_unpack, '', b'')
show('iter_unpack str', struct.iter_unpack, 'h', 'ab')
iterator = struct.iter_unpack('<h', b'1234')
print(type(iterator).__name__, iterator.__length_hint__())
print(next(iterator), iterator.__length_hint__())
print(next(iterator), iterator.__length_hint__())
show('exhausted', next, iterator)
print(iterator.__length_hint__(), iter(iterator) is iterator)
print(list(struct.iter_unpack('<i', b'')))

# Struct objects.
s = struct.Struct('<ih')
print(type(s).__name__, type(s).__module__, s.format, s.size)
print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
print(s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2), s.unpack_from(buffer=b'\x01\x00\x00\x00\x02\x00zz'))
print(list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)))
target = bytearray(10)
s.pack_into(target, 2, 3, 4)
print(target)
show('Struct.pack few', s.pack, 1)
show('Struct.unpack short', s.unpack, b'')
show('Struct.pack_into few', s.pack_into, target)
show('Struct.unpack kw', s.unpack, buffer=b'')
print(struct.Struct(b'>q').format, struct.Struct(format='d').size)
show('Struct int', struct.Struct, 5)
show('Struct bad', struct.Struct, 'y')
show('Struct none', struct.Struct)


class MyStruct(struct.Struct):
    def describe(self):
        return 'MyStruct(%r, %d)' % (self.format, self.size)


m = MyStruct('<2h')
print(m.describe(), m.pack(1, 2), isinstance(m, struct.Struct))

# Exceptions are struct.error and can be caught as Exception.
try:
    struct.pack('B', 256)
except Exception as e:
    print(type(e), e.args)


class Record(struct.Struct):
    def __init__(self, count):
        super().__init__('<%dh' % count)
        self.count = count


r = Record(3)
print(r.count, r.size, r.format, r.unpack(r.pack(1, 2, 3)))
struct.Struct.__init__(r, '>i')
print(r.format, r.size, r.pack(7))
show('reinit bad', struct.Struct.__init__, r, 'z')
print(r.format, r.size)
