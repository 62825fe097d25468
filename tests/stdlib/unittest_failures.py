# A test run with failures, errors, skips, expected failures, subtests and
# fixture errors: the report (tracebacks, separators, summary) as CPython
# writes it, with the run's time and this directory normalised.
import io
import os
import re
import unittest


def normalise(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in T', text)
    return text.replace(os.getcwd() + os.sep, '')


def run(*classes, verbosity=1, **options):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **options).run(suite)
    print(normalise(stream.getvalue()))
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))
    return result


def helper(x):
    return 10 / x


class Mixed(unittest.TestCase):
    def test_equal_ints(self):
        self.assertEqual(1, 2)

    def test_error(self):
        values = {'a': 1}
        return values['b'] + 1

    def test_nested_error(self):
        total = helper(0)

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skip_unless_runs(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual([1], [2])

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_message(self):
        self.assertTrue(0, msg="zero is falsy")

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_chained(self):
        try:
            {}['k']
        except KeyError as e:
            raise ValueError("bad value") from e


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no fixture")

    def test_never_runs(self):
        pass


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise OSError("tearDown failed")

    def test_passes_then_teardown_fails(self):
        pass

    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)


class Documented(unittest.TestCase):
    def test_doc(self):
        """Docstring first line.

        More text."""
        self.assertIn(1, [2, 3])


run(Mixed)
run(Mixed, verbosity=2)
run(Skipped, BrokenSetUpClass, BrokenTearDown, Documented, verbosity=2)
run(Mixed, Documented, verbosity=0)
run(Documented, Mixed, failfast=True)
run(Documented, verbosity=2, descriptions=False)


class Loud(unittest.TestCase):
    def test_prints_and_fails(self):
        print("captured output")
        self.fail("failing loud")

    def test_prints_and_passes(self):
        print("hidden output")


run(Loud, buffer=True)

# A result used directly.
result = unittest.TestResult()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Documented)
suite.run(result)
print(result, len(result.failures), result.failures[0][0])
print(normalise(result.failures[0][1]))
print(Mixed('test_error').run())
