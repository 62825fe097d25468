# hash() of ints/floats/tuples/bool/None-free numerics, isinstance/issubclass with tuples, type(), callable, id-free identity checks
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 2 ** 64 + 5, 10 ** 30, -(10 ** 30)]:
    print(v, hash(v))
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 2.5e-5, 1e100, 2.0 ** 61, float('inf'), float('-inf'), 123456.789]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == hash(0))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1,)), hash((0.5, 2)), hash(((), ())))
print(hash(frozenset()) == hash(frozenset()), hash(range(5)) == hash(range(0, 5)))
for v in [[], {}, set(), ([],), bytearray(b'') if False else [1]]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int,)), isinstance('s', (list, (tuple, str))))
print(isinstance([], (list, dict)), isinstance(None, type(None)), isinstance(int, type), isinstance(3, object), isinstance(len, object), isinstance((), ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(KeyError, LookupError), issubclass(list, list))
for f in [lambda: isinstance(1, 2), lambda: isinstance(1, (int, 2)), lambda: issubclass(1, int), lambda: issubclass(int, [int])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(type(1), type('a'), type([]), type(()), type({}), type(set()), type(None), type(type), type(len), type(1.5), type(True), type(range(1)))
print(type(1) is int, type(True) is int, type(type(1)) is type, type('') == str, type([]).__name__, type(print).__name__)
def fn():
    pass
print(type(fn).__name__, type(lambda: 0).__name__, type(x for x in []).__name__, type(iter([])).__name__, type(slice(1)).__name__)
print(callable(len), callable(fn), callable(lambda: 0), callable(5), callable('s'), callable(int), callable(None), callable([].append))
print(int.__name__, str.__name__, type.__name__, object.__name__, len.__name__, fn.__name__, fn.__qualname__)
print(isinstance(ValueError('x'), Exception), isinstance(ValueError, type), issubclass(ZeroDivisionError, (OSError, ArithmeticError)))
print(type(2 ** 100) is int, type(-1) is type(2 ** 100), type(1e400).__name__, type(1 + 0.0).__name__, type(True + True).__name__)
