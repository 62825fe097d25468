# A test module written as unittest.TestCase classes (dict and str
# behaviour) that passes, run by unittest.main() at verbosity 2 into a
# stream whose "Ran N tests in T" time is normalised.
import io
import re
import sys
import unittest


class DictBehaviour(unittest.TestCase):
    """Dicts: insertion order, views, merging."""

    def setUp(self):
        self.d = {'b': 1, 'a': 2}
        self.d['c'] = 3

    def test_insertion_order(self):
        self.assertEqual(list(self.d), ['b', 'a', 'c'])
        del self.d['b']
        self.d['b'] = 9
        self.assertEqual(list(self.d.items()), [('a', 2), ('c', 3), ('b', 9)])

    def test_views_are_live(self):
        keys = self.d.keys()
        self.d['z'] = 0
        self.assertIn('z', keys)
        self.assertEqual(len(keys), 4)
        self.assertCountEqual(self.d.values(), [0, 1, 2, 3])

    def test_merge_operators(self):
        merged = self.d | {'a': 20, 'd': 4}
        self.assertDictEqual(merged, {'b': 1, 'a': 20, 'c': 3, 'd': 4})
        self.d |= [('e', 5)]
        self.assertEqual(self.d['e'], 5)

    def test_missing_key(self):
        with self.assertRaises(KeyError) as cm:
            self.d['nope']
        self.assertEqual(cm.exception.args, ('nope',))
        self.assertRaises(KeyError, self.d.pop, 'nope')
        self.assertIsNone(self.d.get('nope'))
        self.assertEqual(self.d.setdefault('x', []), [])

    def test_fromkeys_and_comprehension(self):
        self.assertEqual(dict.fromkeys('ab', 0), {'a': 0, 'b': 0})
        squares = {n: n * n for n in range(5)}
        self.assertEqual(sum(squares.values()), 30)
        self.assertIsInstance(squares, dict)
        self.assertNotIsInstance(squares, list)


class StrBehaviour(unittest.TestCase):
    def test_split_join(self):
        self.assertEqual('a,b,,c'.split(','), ['a', 'b', '', 'c'])
        self.assertEqual(' x  y '.split(), ['x', 'y'])
        self.assertEqual('-'.join(['1', '2']), '1-2')

    def test_case_and_predicates(self):
        """Case mapping and the is* predicates."""
        self.assertTrue('abc'.islower())
        self.assertFalse('aBc'.islower())
        self.assertEqual('straße'.upper(), 'STRASSE')
        self.assertTrue('12'.isdigit())

    def test_format(self):
        for value, spec, expected in [(3.14159, '.2f', '3.14'), (42, '>5', '   42'),
                                      ('x', '^3', ' x '), (255, '#x', '0xff')]:
            with self.subTest(value=value, spec=spec):
                self.assertEqual(format(value, spec), expected)

    def test_find_and_regex(self):
        self.assertEqual('hello'.find('l'), 2)
        self.assertEqual('hello'.rfind('l'), 3)
        self.assertRegex('pyvm 3.11', r'\d+\.\d+')
        self.assertNotRegex('pyvm', r'\d')
        with self.assertRaisesRegex(ValueError, 'substring not found'):
            'hello'.index('z')

    def test_numbers(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertIsNotNone(0)
        self.assertNotEqual(1, 2)
        self.assertNotIn(3, [1, 2])
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertTupleEqual((1, 2), (1, 2))
        self.assertListEqual([1], [1])
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertMultiLineEqual('a\nb', 'a\nb')


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        cls.log.append('tearDownClass')

    def setUp(self):
        self.log.append('setUp ' + self._testMethodName)
        self.addCleanup(self.log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        self.log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        self.log.append('test_a')

    def test_b(self):
        self.log.append('test_b')


def run_main(argv):
    stream = io.StringIO()
    saved = sys.stderr
    sys.stderr = stream
    try:
        program = unittest.main(module=__name__, argv=argv, exit=False)
    finally:
        sys.stderr = saved
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in T', stream.getvalue())
    print(text)
    result = program.result
    print(result, result.wasSuccessful(), result.testsRun)
    return program


run_main(['prog', '-v'])
print(Fixtures.log)
Fixtures.log.clear()
run_main(['prog'])
run_main(['prog', '-q', 'StrBehaviour.test_format', 'DictBehaviour'])
run_main(['prog', '-k', 'merge', '-k', '*split*'])
unittest.defaultTestLoader.testNamePatterns = None

try:
    unittest.main(module=__name__, argv=['prog', '-q', 'Fixtures'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', repr(e.code))

# Loading and describing tests.
loader = unittest.TestLoader()
print(loader.getTestCaseNames(StrBehaviour))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [str(t) for t in suite])
print(repr(list(suite)[0]), list(suite)[0].id())
print(StrBehaviour('test_case_and_predicates').shortDescription())
print(StrBehaviour('test_format').shortDescription())
print(DictBehaviour('test_merge_operators') == DictBehaviour('test_merge_operators'))
try:
    DictBehaviour('test_nothing')
except ValueError as e:
    print(type(e).__name__, e)
