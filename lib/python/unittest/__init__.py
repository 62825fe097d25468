"""unittest: tests written as TestCase classes, collected into suites by a
TestLoader (by class, module, name or discovery), run by a
TextTestRunner, or all at once by main().

    import unittest

    class TestStrings(unittest.TestCase):
        def test_upper(self):
            self.assertEqual('abc'.upper(), 'ABC')

    if __name__ == '__main__':
        unittest.main()

The output (progress, failure reports with their tracebacks, summary) is
CPython 3.11's. pyvm's own package: see docs/stdlib.md for what is missing
(assertLogs, IsolatedAsyncioTestCase, unittest.mock).
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True  # (frames of this package are left out of failure tracebacks)

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler


def _warn_removal(name, replacement):
    import _warnings
    _warnings.warn("unittest.{}() is deprecated and will be removed in Python 3.13. "
                   "Please use unittest.TestLoader.{}() instead.".format(name, replacement),
                   DeprecationWarning, 3)


def _loader_for(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    test_loader = TestLoader()
    test_loader.sortTestMethodsUsing = sortUsing
    test_loader.testMethodPrefix = prefix
    test_loader.testNamePatterns = testNamePatterns
    if suiteClass:
        test_loader.suiteClass = suiteClass
    return test_loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    """(Deprecated) The test method names of a class, with this prefix."""
    _warn_removal('getTestCaseNames', 'getTestCaseNames')
    from .util import three_way_cmp
    return _loader_for(prefix, sortUsing or three_way_cmp,
                       testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    """(Deprecated) A suite of the class's tests with this prefix."""
    _warn_removal('makeSuite', 'loadTestsFromTestCase')
    from .util import three_way_cmp
    return _loader_for(prefix, sortUsing or three_way_cmp,
                       suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    """(Deprecated) A suite of the module's tests with this prefix."""
    _warn_removal('findTestCases', 'loadTestsFromModule')
    from .util import three_way_cmp
    return _loader_for(prefix, sortUsing or three_way_cmp,
                       suiteClass).loadTestsFromModule(module)
