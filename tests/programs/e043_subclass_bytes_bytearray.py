# Subclasses of bytes and bytearray: construction paths (bytes, int, iterable,
# str with encoding, __bytes__), bytes.__new__(subtype), attributes kept after the
# bytes, methods and operators returning the base type, no bytes.__radd__.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class B(bytes):
    pass
class BN(bytes):
    def __new__(cls, text, n=1):
        self = super().__new__(cls, text.encode() * n)
        self.n = n
        return self
    def __repr__(self):
        return 'BN(%s)' % bytes.__repr__(self)
class BA(bytearray):
    pass
class BAI(bytearray):
    def __init__(self, *a, tag=None):
        super().__init__(*a)
        self.tag = tag
b = B(b'abc')
show('B', lambda: b)
show('B()', lambda: B())
show('B(3)', lambda: B(3))
show('B(list)', lambda: B([65, 66]))
show('B(str, enc)', lambda: B('hé', 'utf-8'))
show('B(str, kw)', lambda: B(source='hé', encoding='utf-8'))
show('B(str)', lambda: B('x'))
show('bytes kw bad', lambda: bytes(x=1))
show('bytes 4', lambda: bytes('a', 'b', 'c', 'd'))
show('B type', lambda: (type(b).__name__, isinstance(b, bytes)))
show('B upper', lambda: b.upper())
show('B slice', lambda: b[1:])
show('B slice full', lambda: type(b[:]).__name__)
show('B [0]', lambda: b[0])
show('B +', lambda: b + b'd')
show('+ B', lambda: b'd' + b)
show('B *', lambda: b * 2)
show('B * 1', lambda: type(b * 1).__name__)
show('B %', lambda: B(b'%d') % 5)
show('B replace none', lambda: type(b.replace(b'z', b'y')).__name__)
show('B strip none', lambda: type(b.strip()).__name__)
show('B join', lambda: B(b',').join([b'a', b'b']))
show('B decode', lambda: b.decode())
show('B hex', lambda: b.hex())
show('B fromhex', lambda: B.fromhex('4142'))
show('B eq', lambda: (b == b'abc', b'abc' == b))
show('B hash', lambda: hash(b) == hash(b'abc'))
show('B dict key', lambda: {b: 1}[b'abc'])
show('B attr', lambda: (setattr(b, 'q', 1), b.q, b.__dict__))
show('bytes(B)', lambda: type(bytes(b)).__name__)
show('bytes(B) is', lambda: bytes(b) is b)
show('B(B) is', lambda: B(b) is b)
show('B(bytes)', lambda: B(b'xy'))
show('str(B)', lambda: str(b))
show('repr(B)', lambda: repr(b))
show('f', lambda: f'{b}')
show('BN', lambda: BN('ab', 2))
show('BN n', lambda: BN('ab', 2).n)
show('BN str', lambda: str(BN('ab')))
show('bytes.__new__(B)', lambda: bytes.__new__(B, b'q'))
show('bytes.__new__(B) t', lambda: type(bytes.__new__(B, b'q')).__name__)
show('bytes.__new__(B) 3', lambda: bytes.__new__(B, 3))
show('memoryview', lambda: bytes(memoryview(b)))
show('int.from_bytes', lambda: int.from_bytes(b, 'big'))
show('B in', lambda: b'b' in b)
show('B iter', lambda: list(B(b'ab')))
show('B len', lambda: len(b))
show('B.__bytes__', lambda: b.__bytes__())
show('B.__bytes__ t', lambda: type(b.__bytes__()).__name__)
class WithBytes:
    def __bytes__(self):
        return B(b'zz')
show('__bytes__ sub', lambda: bytes(WithBytes()))
show('__bytes__ sub t', lambda: type(bytes(WithBytes())).__name__)
show('B(WithBytes)', lambda: B(WithBytes()))
show('B radd attr', lambda: hasattr(bytes, '__radd__'))
show('slots', lambda: type('X', (bytes,), {'__slots__': ('a',)}))
show('slots empty', lambda: type('X', (bytes,), {'__slots__': ()})(b'q'))
def ca():
    x = B(b'a')
    class B2(bytes): pass
    x.__class__ = B2
show('class assign', ca)
ba = BA(b'xy')
show('BA', lambda: ba)
show('BA()', lambda: BA())
show('BA(3)', lambda: BA(3))
show('BA kw', lambda: BA(source='a', encoding='ascii'))
show('bytearray kw bad', lambda: bytearray(x=1))
show('BA append', lambda: (ba.append(65), ba)[1])
show('BA slice', lambda: ba[1:])
show('BA +', lambda: ba + b'!')
show('+ BA', lambda: b'!' + ba)
show('BA upper', lambda: ba.upper())
show('BA copy', lambda: ba.copy())
show('BA attr', lambda: (setattr(ba, 'q', 1), ba.q, ba.__dict__))
show('BAI', lambda: BAI(b'q', tag='t'))
show('BAI tag', lambda: BAI(b'q', tag='t').tag)
show('BA eq', lambda: BA(b'q') == b'q')
show('BA hash', lambda: hash(BA()))
show('bytearray.__new__(BA)', lambda: bytearray.__new__(BA))
show('bytearray.__new__(BA, x)', lambda: bytearray.__new__(BA, b'xy'))
show('BA iadd', lambda: (lambda x: (x.__iadd__(b'z'), x)[1])(BA(b'q')))
class BAR(bytearray):
    def __repr__(self):
        return 'BAR!'
show('BAR', lambda: [BAR()])
show('bytes(BA)', lambda: bytes(BA(b'q')))
show('B(BA)', lambda: B(BA(b'q')))
show('slots BA', lambda: type('X', (bytearray,), {'__slots__': ('a',)})(b'q'))
