# quickening: str concatenation that may append in place must never change
# a string visible elsewhere (cached one-char strings, the empty string,
# interned names, strings shared through other variables or containers)
import sys

def grow_local(s, n):
    for i in range(n):
        s = s + 'x'
    return s

def grow_aug(s, n):
    for i in range(n):
        s += 'y'
    return s

for i in range(60):
    grow_local('w', 3)
    grow_aug('w', 3)

# one-char strings made at run time (maybe cached by the VM)
c = chr(65)
c = c + 'B'
print(c, chr(65), 'A')
c = 'zebra'[0]
c += 'Q'
print(c, 'zebra'[0], 'zebra')
def first(s):
    return s[0]
for i in range(100):
    first('abc')
d = first('abc')
d = d + 'd'
e = first('abc')
e += 'e'
print(d, e, first('abc'), 'abc'[0])
g = str(7)
g += '8'
print(g, str(7))
h = 'é'[0]
h = h + 'x'
print(h, 'é'[0], chr(233))
# the empty string
empty = ''.join([])
empty += 'not empty'
print(repr(''.join([])), repr(''), empty, repr(str()), repr('abc'[3:]))
e2 = 'abc'[3:]
e2 = e2 + 'z'
print(repr('abc'[3:]), repr(''), e2)
# interned strings (attribute names, constants)
name = sys.intern(''.join(['na', 'me']))
name += '_suffix'
print(name, sys.intern('name'), 'name')
class O:
    pass
o = O()
o.attr = 1
keys = list(vars(o))
k = keys[0]
del keys
k = k + '_more'
print(k, list(vars(o)), o.attr)
# aliases through other variables, containers, closures, globals
a = 'base' * 2
b = a
a = a + '!'
print(a, b)
lst = ['item' * 2]
x = lst[0]
x = x + '?'
print(x, lst)
dk = {'key' * 2: 1}
kk = list(dk)[0]
kk += '#'
print(kk, dk)
def outer():
    s = 'cell' * 2
    alias = s
    def inner():
        nonlocal s
        s = s + '+'
        return s
    inner()
    return s, alias, inner()
print(outer())
G = 'glob' * 2
GA = G
for i in range(3):
    G = G + str(i)
print(G, GA)
G += '~'
print(G, GA)
# strings with one reference from a tuple constant or default argument
def with_default(s='dflt' * 2):
    s = s + '_'
    return s
for i in range(60):
    with_default()
print(with_default(), with_default(), with_default.__defaults__)
# a string used as both operands
s = 'ab' * 2
s = s + s
s += s
print(s)
# a loop building many strings kept in a list
keep = []
s = ''
for i in range(30):
    s = s + chr(97 + i % 26)
    keep.append(s)
print(keep[0], keep[4], keep[-1], len(set(keep)))
keep = []
t = 'q'
for i in range(30):
    t += 'r'
    if i % 10 == 0:
        keep.append(t)
print(keep)
# str subclass operands
class S(str):
    pass
u = S('sub')
v = u
u = u + 'x'
print(u, type(u).__name__, v, type(v).__name__)
u = S('sub')
u += 'y'
print(u, type(u).__name__)

# strings from many producers (some may be cached or shared by the VM)
def concat_after(make):
    s = make()
    s += '#'
    s = s + '$'
    return s, make()
makers = [lambda: str(True), lambda: repr(None), lambda: str(7), lambda: format(5), lambda: '%s' % 'v',
          lambda: str(0), lambda: repr(1), lambda: str(''), lambda: ''.strip(), lambda: 'x '.strip(),
          lambda: type(1).__name__, lambda: (1).__class__.__name__, lambda: str(1.5), lambda: repr('a'),
          lambda: 'abc'.upper().lower(), lambda: 'A'.lower(), lambda: 'a'.lower(), lambda: 'Ab'[0].lower(),
          lambda: chr(0x10000), lambda: '\u00e9'.upper(), lambda: str(-1), lambda: str(255), lambda: hex(1),
          lambda: 'a,b'.split(',')[0], lambda: 'x'*1, lambda: ('x'*2)[:1], lambda: 'abc'[1:2], lambda: str(b'a', 'ascii'),
          lambda: b'a'.decode(), lambda: 'a'.join([]), lambda: ','.join(['q']), lambda: f'{"z"}', lambda: f'{7}',
          lambda: str(None), lambda: 'None', lambda: __name__, lambda: concat_after.__name__, lambda: 'é'.encode().decode(),
          lambda: min('b', 'c'), lambda: sorted('dc')[0], lambda: next(iter('g')), lambda: 'hh'.replace('h', ''),
          lambda: 'i'.center(1), lambda: 'j'.ljust(0), lambda: 'k'.zfill(1), lambda: 'L'.casefold(), lambda: '{}'.format('m'),
          lambda: 'n'.format(), lambda: 'o'.expandtabs(), lambda: 'p'.translate({}), lambda: str.__str__('q'),
          lambda: 'r'.__str__(), lambda: 'r'.__add__(''), lambda: '' + 's', lambda: 't' + '', lambda: 'u' * 1, lambda: 1 * 'v']
out = []
for i in range(3):
    for m in makers:
        out.append(concat_after(m))
print(out[-len(makers):])
# a concatenation stored into another local leaves the operand alone
def other_target():
    s = 'ab' * 2
    t = s + 'x'
    u = t
    t = t + 'y'
    s += ''
    return s, t, u
for i in range(60):
    r = other_target()
print(r)
