# unittest's discovery over the small tree in unittest_discovery/: as a
# function call to unittest.main (argv with "discover"), and with
# TestLoader.discover; patterns, packages, directories without
# __init__.py, a module that fails to import, and the report.
import io
import os
import re
import sys
import unittest


def normalise(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in T', text)
    return text.replace(os.getcwd() + os.sep, '')


def run_main(argv):
    stream = io.StringIO()
    saved = sys.stderr
    sys.stderr = stream
    try:
        program = unittest.main(module=None, argv=argv, exit=False)
    finally:
        sys.stderr = saved
    print(normalise(stream.getvalue()))
    return program


program = run_main(['prog', 'discover', '-s', 'unittest_discovery/suite', '-p', 'test*.py', '-v'])
print(program.result, program.result.wasSuccessful())
print(sorted(name for name in sys.modules if name.startswith(('test_', 'pkg', 'helper_'))))

# The other pattern, as positional arguments, quiet.
program = run_main(['prog', 'discover', 'unittest_discovery/suite', 'check_*.py', '-q'])
print(program.result)

# TestLoader.discover directly.
loader = unittest.TestLoader()
suite = loader.discover('unittest_discovery/suite', pattern='test_b*.py')
print(suite.countTestCases())
print([str(test) for inner in suite for tests in inner for test in tests])

# A module that fails to import becomes a failing test.
loader = unittest.TestLoader()
suite = loader.discover('unittest_discovery/broken')
print(suite.countTestCases(), len(loader.errors))
print(loader.errors[0].splitlines()[0], '|', loader.errors[0].splitlines()[-1])
result = unittest.TestResult()
suite.run(result)
print(result, [str(test) for test, _ in result.errors])
print(result.errors[0][1].splitlines()[-1])

# A start directory that is not importable.
try:
    unittest.TestLoader().discover('unittest_discovery/suite/notpkg', top_level_dir='unittest_discovery/suite')
except ImportError as e:
    print(type(e).__name__, normalise(str(e)))

# Loading by name, after discovery put the directory on sys.path.
loader = unittest.TestLoader()
print([str(t) for t in loader.loadTestsFromName('test_beta.BetaTests.test_upper')])
print([str(t) for s in loader.loadTestsFromName('test_beta') for t in s])
print([str(t) for s in loader.loadTestsFromNames(['test_beta.MoreBeta', 'pkg.test_gamma.GammaTests']) for t in s])
failed = loader.loadTestsFromName('test_beta.NoSuchClass')
print([str(t) for t in failed], loader.errors[-1].splitlines()[0])
failed = loader.loadTestsFromName('no_such_module_at_all')
print([str(t) for t in failed], loader.errors[-1].splitlines()[0])
try:
    loader.loadTestsFromName('test_beta.unittest.TestCase.assertEqual.__name__')
except TypeError as e:
    print(type(e).__name__, e)
