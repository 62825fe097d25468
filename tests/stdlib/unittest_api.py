# unittest's other parts: suites, results used directly, fixtures at
# every level (module, class, test; cleanups and contexts), subtests,
# FunctionTestCase, debug(), load_tests, main()'s command line (help,
# errors, exit status) and custom runners and results.
import io
import os
import re
import sys
import unittest


def normalise(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in T', text)
    return text.replace(os.getcwd() + os.sep, '')


def run(test, verbosity=2, **options):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **options).run(test)
    print(normalise(stream.getvalue()))
    return result


log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, *exc_info):
        log.append('exit ' + self.name)


class Contexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.resource = cls.enterClassContext(Resource('class'))
        cls.addClassCleanup(log.append, 'class cleanup')

    def setUp(self):
        self.value = self.enterContext(Resource('test'))

    def test_values(self):
        log.append('test ' + self.value + ' ' + self.resource)

    def test_doCleanups_by_hand(self):
        self.addCleanup(log.append, 'cleanup 1')
        self.addCleanup(log.append, 'cleanup 2')
        self.assertTrue(self.doCleanups())
        log.append('after doCleanups')

    def test_enter_non_context(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        log.append(str(cm.exception))


run(unittest.defaultTestLoader.loadTestsFromTestCase(Contexts))
print(log)
log.clear()


class SetUpFails(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup despite setUp failing')
        raise ValueError('setUp broke')

    def tearDown(self):
        log.append('never')

    def test_x(self):
        log.append('never')


class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(cls.bad_cleanup)

    @classmethod
    def bad_cleanup(cls):
        raise KeyError('class cleanup broke')

    @classmethod
    def tearDownClass(cls):
        raise OSError('tearDownClass broke')

    def test_ok(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resources')

    def test_x(self):
        pass


class Subtests(unittest.TestCase):
    def test_messages_and_nesting(self):
        with self.subTest('outer message', a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 2)
            with self.subTest():
                raise RuntimeError('bare subtest')
        with self.subTest('passes'):
            pass

    @unittest.expectedFailure
    def test_expected_failure_stops_at_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                log.append('subtest %d' % i)
                self.assertLess(i, 1)


run(unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in
                        (SetUpFails, ClassCleanupFails, SkipInSetUpClass, Subtests)]))
print(log)
log.clear()

# Failfast with subtests stops at the first failing one.
run(unittest.defaultTestLoader.loadTestsFromTestCase(Subtests), verbosity=1, failfast=True)

# Suites.
suite = unittest.TestSuite()
print(suite.countTestCases(), list(suite), repr(suite))
suite.addTest(Contexts('test_values'))
suite.addTests([Contexts('test_doCleanups_by_hand')])
print(suite.countTestCases(), repr(suite))
print(suite == unittest.TestSuite([Contexts('test_values'), Contexts('test_doCleanups_by_hand')]))
for bad in (42, Contexts, unittest.TestSuite):
    try:
        suite.addTest(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    suite.addTests('abc')
except TypeError as e:
    print(type(e).__name__, e)
result = unittest.TestResult()
suite.run(result)
print(result, suite.countTestCases(), list(suite))
log.clear()

# FunctionTestCase.
def check_sum():
    """Sums are right."""
    assert sum([1, 2]) == 3


def check_broken():
    assert sum([1, 2]) == 4, 'bad sum'


setup_log = []
function_case = unittest.FunctionTestCase(check_sum, setUp=lambda: setup_log.append('up'),
                                          tearDown=lambda: setup_log.append('down'))
print(str(function_case), function_case.id(), function_case.shortDescription())
print(repr(function_case).startswith('<unittest.case.FunctionTestCase tec=<function check_sum'))
run(unittest.TestSuite([function_case,
                        unittest.FunctionTestCase(check_broken, description='described')]))
print(setup_log)

# debug() lets exceptions out.
class Debugged(unittest.TestCase):
    def test_fails(self):
        self.assertEqual('a', 'b')

    @unittest.skip('skipped in debug')
    def test_skipped(self):
        pass


try:
    Debugged('test_fails').debug()
except AssertionError as e:
    print('AssertionError', str(e).splitlines()[0])
try:
    Debugged('test_skipped').debug()
except unittest.SkipTest as e:
    print('SkipTest', e)

# TestResult by hand.
result = unittest.TestResult()
print(result.wasSuccessful(), result.shouldStop, result.testsRun)
result.stop()
print(result.shouldStop)
test = Debugged('test_fails')
test.run(result)
print(result.testsRun, result.failures[0][1].splitlines()[-1])
unexpected = unittest.TestResult()
unexpected.addUnexpectedSuccess(test)
print(unexpected.wasSuccessful())

# A module with load_tests.
import types
module = types.ModuleType('generated')


class InModule(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


InModule.__module__ = 'generated'
module.InModule = InModule


def load_tests(loader, tests, pattern):
    print('load_tests called with', tests.countTestCases(), pattern)
    return unittest.TestSuite([InModule('test_two')])


module.load_tests = load_tests
print([str(t) for t in unittest.TestLoader().loadTestsFromModule(module)])
module.load_tests = lambda loader, tests, pattern: 1 / 0
loader = unittest.TestLoader()
failed = loader.loadTestsFromModule(module)
print([str(t) for t in failed], loader.errors[0].splitlines()[0])
try:
    loader.loadTestsFromModule(module, 'a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    loader.loadTestsFromModule(module, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

# Loader options.
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Subtests))
loader.testMethodPrefix = 'test_m'
print(loader.getTestCaseNames(Subtests))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*nesting*']
print(loader.getTestCaseNames(Subtests))
try:
    unittest.TestLoader().loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(type(e).__name__, e)


class RunTestOnly(unittest.TestCase):
    def runTest(self):
        pass


print([str(t) for t in unittest.TestLoader().loadTestsFromTestCase(RunTestOnly)])


# main()'s command line.
class Quick(unittest.TestCase):
    def test_quick(self):
        pass

    def test_quicker(self):
        pass


def main(argv, **options):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    code = 'no exit'
    try:
        unittest.main(module=__name__, argv=argv, **options)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = saved
    print('exit', repr(code))
    print(normalise(out.getvalue()), end='')
    print(normalise(err.getvalue()))


main(['prog', 'Quick'])
main(['prog', '-v', 'Quick.test_quick'])
main(['prog', 'Debugged.test_fails', '-q'])
main(['prog', '--verb', '--failf', 'Quick'])
main(['prog', '-vb', 'Quick'], exit=False)
main(['prog', '--bogus'])
main(['prog', '-k'])
main(['prog', '--b=1'])
main(['prog', '-h'])
main(['my_tests.py', '--help'])
main(['prog'], defaultTest='Quick.test_quicker', verbosity=2)
main(['prog'], defaultTest=['Quick.test_quick', 'Quick.test_quicker'], exit=False)
main(['prog', 'Quick'], failfast=True, buffer=False, catchbreak=False)
main(['prog', '-f', 'Quick'], failfast=True)


class Recording(unittest.TextTestResult):
    def startTestRun(self):
        self.stream.write('<start run>\n')

    def stopTestRun(self):
        self.stream.write('<stop run>\n')


run(unittest.TestSuite([Quick('test_quick')]), resultclass=Recording)
stream = io.StringIO()
program = unittest.main(module=__name__, argv=['prog', 'Quick'], exit=False,
                        testRunner=unittest.TextTestRunner(stream=stream, verbosity=0))
print(normalise(stream.getvalue()), program.result.testsRun)
