# Subclasses of str: construction (object/encoding/errors), instance __dict__ and
# __slots__ (kept after the characters), methods returning plain str, overridden
# __repr__/__str__/__add__/__radd__/__getitem__/__iter__, dict keys, __class__.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class S(str):
    pass

class T(str):
    def __new__(cls, value='', tag=None):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
    def __init__(self, value='', tag=None):
        self.inited = (value, tag)
    def __repr__(self):
        return 'T<' + str.__repr__(self) + '>'
    def __str__(self):
        return 'T:' + str.__str__(self)
    def upper(self):
        return T(str.upper(self), self.tag)
    def __add__(self, other):
        return T(str.__add__(self, '+') + other)
    def __radd__(self, other):
        return T(other + '~' + str.__str__(self))

s = S('hello')
show('S', lambda: s)
show('S()', lambda: S())
show('S(obj)', lambda: S(object='kw'))
show('S(bytes, enc)', lambda: S(b'abc', 'ascii'))
show('S(bytes, enc kw)', lambda: S(b'abc', encoding='ascii', errors='strict'))
show('S(5)', lambda: S(5))
show('str kw bad', lambda: str(x=5))
show('str 4 args', lambda: str('a', 'b', 'c', 'd'))
show('type', lambda: (type(s).__name__, isinstance(s, str), type(s) is S))
show('upper', lambda: s.upper())
show('slice', lambda: s[1:3])
show('index', lambda: s[0])
show('add', lambda: s + 'x')
show('radd', lambda: 'x' + s)
show('mul', lambda: s * 2)
show('rmul', lambda: 2 * s)
show('mod', lambda: S('%s!') % 5)
show('format', lambda: S('{}-{}').format(1, 2))
show('join', lambda: S(',').join(['a', 'b']))
show('split', lambda: s.split('l'))
show('strip', lambda: S('  a ').strip())
show('replace', lambda: s.replace('l', 'L'))
show('replace none', lambda: s.replace('z', 'L'))
show('str(s)', lambda: str(s))
show('type str(s)', lambda: type(str(s)))
show('repr', lambda: repr(s))
show('f', lambda: f'{s}|{s!r}|{s:>7}')
show('%s', lambda: '%s %r' % (s, s))
show('len', lambda: len(s))
show('iter', lambda: list(S('ab')))
show('in', lambda: 'ell' in s)
show('eq', lambda: (s == 'hello', 'hello' == s, s != 'x'))
show('lt', lambda: s < 'z')
show('hash', lambda: hash(s) == hash('hello'))
show('dict key', lambda: {s: 1}['hello'])
show('dict key2', lambda: {'hello': 1}[s])
show('set', lambda: len({s, 'hello'}))
show('attr', lambda: (setattr(s, 'x', 1), s.x, s.__dict__))
show('vars', lambda: vars(S('q')))
show('T', lambda: T('abc', 7))
show('T tag', lambda: (T('abc', 7).tag, T('abc', 7).inited))
show('T str', lambda: str(T('abc')))
show('T print', lambda: print(T('abc')))
show('T upper', lambda: T('abc', 3).upper().tag)
show('T +', lambda: T('a') + 'b')
show('str + T', lambda: 'a' + T('b'))
show('S + T', lambda: S('a') + T('b'))
show('T + T', lambda: T('a') + T('b'))
show('str.__new__(S)', lambda: str.__new__(S, 'q'))
show('str.__new__(S) type', lambda: type(str.__new__(S, 'q')))
show('str.__new__(int)', lambda: str.__new__(int, 'q'))
show('str.__new__()', lambda: str.__new__())
show('str.__new__(5)', lambda: str.__new__(5))
show('int(S)', lambda: int(S('12')))
show('float(S)', lambda: float(S('1.5')))
show('S.maketrans', lambda: S.maketrans('a', 'b'))
show('startswith', lambda: s.startswith(S('he')))
show('encode', lambda: s.encode())
show('getnewargs', lambda: s.__getnewargs__())
show('sorted', lambda: sorted([S('b'), 'a', S('c')]))
show('max', lambda: max(S('b'), S('a')))
show('center', lambda: S('a').center(5, '*'))
show('zfill', lambda: S('7').zfill(3))
show('isdigit', lambda: S('7').isdigit())
show('capitalize', lambda: S('ab').capitalize())
show('expandtabs', lambda: S('a\tb').expandtabs(4))
show('partition', lambda: S('a=b').partition('='))
show('getattr', lambda: getattr(S('a'), 'nope'))
class Sl(str):
    __slots__ = ('a', 'b')
def slots():
    x = Sl('v')
    x.a = 1
    return (x, x.a, hasattr(x, '__dict__'))
show('slots', slots)
def slots2():
    x = Sl('v')
    x.c = 1
show('slots2', slots2)
class Se(str):
    __slots__ = ()
def slots3():
    x = Se('v')
    x.c = 1
show('slots3', slots3)
show('slots dict', lambda: type('D', (str,), {'__slots__': ('__dict__',)})('q').__dict__)
def cls1():
    x = S('a')
    class S2(str): pass
    x.__class__ = S2
    return type(x).__name__
show('class assign', cls1)
def cls2():
    x = S('a')
    x.__class__ = str
show('class assign str', cls2)
def cls3():
    x = S('a')
    x.__class__ = Sl
show('class assign slots', cls3)
class M(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    def __hash__(self):
        return hash(self.lower())
show('M eq', lambda: M('AbC') == 'abc')
show('M dict', lambda: {M('AbC'): 1}.get(M('abc')))
class G(str):
    def __getitem__(self, i):
        return 'G' + str.__getitem__(self, i)
    def __len__(self):
        return 42
    def __contains__(self, x):
        return True
    def __iter__(self):
        return iter('xyz')
show('G[0]', lambda: G('ab')[0])
show('G len', lambda: len(G('ab')))
show('G in', lambda: 'q' in G('ab'))
show('G list', lambda: list(G('ab')))
show('G join', lambda: ''.join(G('ab')))
show('G print', lambda: print(G('ab')))
show('isinstance str kw', lambda: str('a', encoding='x'))
show('bytes->S', lambda: S(b'x'))
