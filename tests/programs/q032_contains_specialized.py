# CONTAINS_OP_SET and CONTAINS_OP_DICT: `in` at a site that specialized on
# a set or dict must keep every rule of `in`: a set key looked for as a
# frozenset, unhashable keys, keys whose __eq__/__hash__ run Python code,
# and other containers (subclasses, lists, strings) at the same site.

def member(key, container):
    return key in container

def not_member(key, container):
    return key not in container

s = {1, 2, 3, frozenset({4})}
d = {'a': 1, (1, 2): 'pair', 3.0: 'three'}
for _ in range(60):
    r1 = member(2, s), member(5, s), not_member(2, s)
    r2 = member('a', d), member((1, 2), d), member(3, d), not_member('z', d)
print(r1, r2)

print(member({4}, s), member(frozenset({4}), s), member(frozenset(), frozenset({frozenset()})))
for key in ([1], {}, {1: 2}):
    try:
        member(key, s)
    except TypeError as e:
        print('TypeError:', e)
    try:
        member(key, d)
    except TypeError as e:
        print('TypeError:', e)

class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Key.calls += 1
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
keys = {Key(1), Key(2)}
print(member(Key(1), keys), member(Key(9), keys), Key.calls)

class Bad:
    def __hash__(self):
        raise ValueError('no hash')
try:
    member(Bad(), s)
except ValueError as e:
    print('ValueError:', e)

class MySet(set):
    def __contains__(self, key):
        return key == 'always'
class MyDict(dict):
    def __contains__(self, key):
        return True
# The specialized sites meet other containers: the general `in` runs.
print(member('always', MySet({1})), member(1, MySet({1})), member('x', MyDict()))
print(member(2, [1, 2]), member('b', 'abc'), member(1, range(3)), not_member(7, (7,)))
print(member(2, frozenset({2})), member(2, s), member('a', d))
for _ in range(100):
    out = [member(i, [1, 2]) for i in range(3)] + [member(i, s) for i in range(3)]
print(out)
