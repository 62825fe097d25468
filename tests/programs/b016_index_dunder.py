# __index__ makes objects usable as sequence indices, slice bounds, in range(), hex/oct/bin, repetition and operator.index-like builtins
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return 'Idx(%d)' % self.v
data = list('abcdefgh')
print(data[Idx(2)], data[Idx(-1)], data[Idx(1):Idx(5)], data[::Idx(3)], 'xyz'[Idx(1)], (1, 2, 3)[Idx(0)])
print(list(range(Idx(4))), list(range(Idx(1), Idx(10), Idx(4))), range(10)[Idx(3)], Idx(3) in range(5))
print(hex(Idx(255)), oct(Idx(8)), bin(Idx(5)), 'ab' * Idx(3), [0] * Idx(2), Idx(2) * 'q')
print(slice(Idx(1), Idx(3)).indices(10), format(Idx(3), '') if False else 'skip', int(Idx(7)))
data[Idx(0)] = 'A'
del data[Idx(1)]
data[Idx(2):Idx(4)] = ['X']
print(data)
print(chr(Idx(65)), list(enumerate('ab', Idx(10))), round(2.567, Idx(1)), [5, 6, 7].pop(Idx(1)), int('11', Idx(2)))
class NotIndex:
    def __int__(self):
        return 3
for f in [lambda: data[NotIndex()], lambda: range(NotIndex()), lambda: hex(NotIndex()), lambda: 'a' * NotIndex(), lambda: data[1.0]]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
class BadIndex:
    def __index__(self):
        return 'nope'
try:
    data[BadIndex()]
except TypeError as e:
    print('TypeError:', e)
class Huge:
    def __index__(self):
        return 2 ** 100
try:
    data[Huge()]
except IndexError as e:
    print('IndexError:', e)
print(data[Huge():], hex(Huge()))
print(True.__index__(), data[True], data[False], (7).__index__(), [10, 20][True])
