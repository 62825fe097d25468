# The failure messages of every assert method, as CPython words them:
# shortened reprs, sequence/dict/set/string diffs, msg= with longMessage
# on and off, maxDiff, and the argument errors.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        result = getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f'--- {name}: AssertionError')
        print(e)
    except Exception as e:
        print(f'--- {name}: {type(e).__name__}: {e}')
    else:
        print(f'--- {name}: passed', '' if result is None else type(result).__name__)


check('assertEqual', 1, 2)
check('assertEqual', 1, 1.0)
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertEqual', 'x' * 50 + 'abc' + 'y' * 60, 'x' * 50 + 'abd' + 'y' * 60)
check('assertEqual', 'first line\nsecond line\nthird\n', 'first line\nsecond lime\nthird\nfourth\n')
check('assertEqual', [1, 2], [1, 3])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1], [1, 2, 3])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', list(range(40)), list(range(1, 41)))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {'k%d' % i: i for i in range(12)}, {'k%d' % i: i * 2 for i in range(12)})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset({1}), frozenset())
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', [[1, 2], {'x': 1}], [[1, 2], {'x': 2}])
check('assertEqual', 1, 2, msg='custom')
check('assertEqual', 1, 2, 'positional custom')
check('assertNotEqual', 3, 3)
check('assertTrue', [])
check('assertFalse', 'x')
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 0)
check('assertIsNotNone', None)
check('assertIn', 1, [2])
check('assertIn', 'z', 'abc')
check('assertNotIn', 2, {2: 'x'})
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (str, bytes))
check('assertNotIsInstance', 1, int)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.001, places=2)
check('assertAlmostEqual', 1.0, 1.001, places=3)
check('assertAlmostEqual', 1.0, 2.0, delta=0.5)
check('assertAlmostEqual', 1.0, 2.0, places=2, delta=0.5)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.2, delta=0.5)
check('assertNotAlmostEqual', 5, 5)
check('assertCountEqual', [1, 2, 2], [2, 1, 1])
check('assertCountEqual', 'abc', 'cab')
check('assertCountEqual', [[1], [2]], [[2], [2]])
check('assertCountEqual', [1, 'a'], ['a', 2, 1])
check('assertDictEqual', {}, [])
check('assertDictEqual', {'a': 1}, {'a': 1})
check('assertSetEqual', {1}, [1])
check('assertSetEqual', 1, {1})
check('assertSetEqual', {1}, {1})
check('assertSequenceEqual', [1, 2], [1, 2, 3], seq_type=list)
check('assertSequenceEqual', (1,), [1], seq_type=list)
check('assertSequenceEqual', 5, [1])
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1, 2), (2, 1))
check('assertMultiLineEqual', 'a', b'a')
check('assertMultiLineEqual', 'one\ntwo', 'one\nthree')
check('assertMultiLineEqual', '\tindented line\n', '\tindented lime\n')
check('assertRegex', 'hello', r'\d+')
check('assertNotRegex', 'abc123', r'\d+')
check('assertRaises', ValueError, int, '10')
check('assertRaises', ValueError, int, 'x')
check('assertRaises', (KeyError, IndexError), [].pop)
check('assertRaises', 'notatype', int)
check('assertRaisesRegex', ValueError, 'literal', int, 'x')
check('assertRaisesRegex', ValueError, 'nope', int, 'x')
check('fail')
check('fail', 'with a message')


def context_managers():
    with t.assertRaises(ZeroDivisionError) as cm:
        1 / 0
    print('caught', repr(cm.exception), cm.exception.__traceback__)
    try:
        with t.assertRaises(TypeError):
            pass
    except AssertionError as e:
        print('AssertionError', e)
    try:
        with t.assertRaises(TypeError, msg='extra'):
            pass
    except AssertionError as e:
        print('AssertionError', e)
    try:
        with t.assertRaises(TypeError, bogus=1):
            pass
    except TypeError as e:
        print('TypeError', e)
    try:
        with t.assertRaises(TypeError):
            raise KeyError('other exceptions pass through')
    except KeyError as e:
        print('KeyError', e)
    try:
        with t.assertRaisesRegex(ValueError, r'^\d+$'):
            raise ValueError('abc')
    except AssertionError as e:
        print('AssertionError', e)


context_managers()

# longMessage off: msg replaces the standard message.
t.longMessage = False
check('assertEqual', 1, 2, msg='only this')
check('assertEqual', 1, 2)
t.longMessage = True

# maxDiff: long diffs are left out.
t.maxDiff = 40
check('assertEqual', list(range(10)), list(range(1, 11)))
check('assertEqual', 'a\nb\nc\nd\ne\n', 'a\nB\nc\nD\ne\n')
t.maxDiff = None
check('assertEqual', [str(i) * 30 for i in range(4)], [str(i) * 30 for i in range(1, 5)])
t.maxDiff = 640

# A type-specific equality function.
class Point:
    def __init__(self, x):
        self.x = x


def assert_points(first, second, msg=None):
    if first.x != second.x:
        raise t.failureException(f'points differ: {first.x} vs {second.x}')


t.addTypeEqualityFunc(Point, assert_points)
check('assertEqual', Point(1), Point(2))

# A custom failureException.
class MyFailure(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyFailure

    def test_it(self):
        self.assertEqual(1, 2)


result = unittest.TestResult()
Custom('test_it').run(result)
print(len(result.failures), len(result.errors), result.failures[0][1].splitlines()[-1])

# Objects whose repr fails.
class BadRepr:
    def __repr__(self):
        raise RuntimeError('no repr')
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__


try:
    t.assertEqual(BadRepr(), 1)
except AssertionError as e:
    print(str(e).startswith('<__main__.BadRepr object at 0x'), str(e).endswith('> != 1'))

# The deprecated aliases still work.
print(T.assertEquals.__name__, T.failUnless.__name__)

# Diffs of containers too wide for a line, laid out as pprint does (long
# strings cut into pieces after words).
t.maxDiff = None
check('assertEqual', ['alpha ' * 12 + 'end', 'short', 'line one\nline two ' + 'x' * 70],
      ['alpha ' * 12 + 'END', 'short', 'line one\nline two ' + 'x' * 70])
check('assertEqual', {'key': 'word ' * 20, 'other': [1, 2, 3] * 10},
      {'key': 'word ' * 19 + 'last', 'other': [1, 2, 3] * 10})
check('assertEqual', [('t' * 50, 'u' * 50)], [('t' * 50, 'v' * 50)])
check('assertEqual', [{3, 1, 2}, frozenset(range(40))], [{3, 1, 2}, frozenset(range(41))])
