# A program can make exceptions' __context__ chain a cycle; raising a new
# exception while one of them is handled must still end (CPython stops its
# walk of the chain when it meets the cycle again).
a = ValueError('a')
b = KeyError('b')
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise TypeError('t')
except TypeError as t:
    print(type(t.__context__).__name__, t.__context__ is a)
    print(type(a.__context__).__name__, type(b.__context__).__name__)


def gen():
    try:
        yield 1
    finally:
        raise RuntimeError('in finally')


try:
    try:
        raise a
    except ValueError:
        g = gen()
        next(g)
        del g
except Exception as error:
    print('escaped', type(error).__name__)
print('done')
