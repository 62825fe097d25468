"""TestLoader: finds tests, in a TestCase class (its methods named
test*), a module, a dotted name, or a directory tree (discover)."""

import os
import re
import sys
import types
import functools
import traceback

from . import case, suite, util

__unittest = True  # (frames of this module are left out of failure tracebacks)

# A file name discovery imports: an identifier with .py.
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test that fails with the error met while loading tests (an
    import that failed, a name that does not exist)."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suiteClass((TestClass(methodname),))


# -- Paths (POSIX), without depending on os.path having them ------------------

def _normpath(path):
    absolute = path.startswith('/')
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..' and parts and parts[-1] != '..':
            parts.pop()
        elif part == '..' and absolute:
            continue
        else:
            parts.append(part)
    text = '/'.join(parts)
    if absolute:
        return '/' + text
    return text or '.'


def _abspath(path):
    if not path.startswith('/'):
        path = os.getcwd() + '/' + path
    return _normpath(path)


def _relpath(path, start):
    path_parts = [p for p in _abspath(path).split('/') if p]
    start_parts = [p for p in _abspath(start).split('/') if p]
    common = 0
    while (common < min(len(path_parts), len(start_parts)) and
           path_parts[common] == start_parts[common]):
        common += 1
    parts = ['..'] * (len(start_parts) - common) + path_parts[common:]
    return '/'.join(parts) or '.'


def _without_extension(path):
    base = path.rsplit('/', 1)[-1]
    dot = base.rfind('.')
    if dot <= 0 or base[:dot].strip('.') == '':
        return path
    return path[:len(path) - len(base) + dot]


def _fnmatch(name, pattern):
    """Shell-style matching of a file name: * ? [seq] [!seq]."""
    return re.fullmatch(_translate_pattern(pattern), name) is not None


def _translate_pattern(pattern):
    out = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        i += 1
        if char == '*':
            out.append('.*')
        elif char == '?':
            out.append('.')
        elif char == '[':
            end = pattern.find(']', i + 1 if pattern[i:i + 1] in ('!', ']') else i)
            if end < 0:
                out.append('\\[')
                continue
            body = pattern[i:end].replace('\\', '\\\\')
            i = end + 1
            if body.startswith('!'):
                body = '^' + body[1:]
            elif body.startswith('^'):
                body = '\\' + body
            out.append('[' + body + ']')
        else:
            out.append(re.escape(char))
    return '(?s:' + ''.join(out) + ')'


class TestLoader:
    """Makes suites of tests: from a TestCase class, a module, a name, or
    by discovery. testMethodPrefix ('test') names test methods,
    sortTestMethodsUsing orders them, testNamePatterns (shell patterns
    matched against 'module.Class.method') filters them; errors met while
    loading are kept in `errors`."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of an instance of the class per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of each TestCase class in the module (by
        name), or what its load_tests(loader, tests, pattern) returns."""
        if args or 'use_load_tests' in kws:
            import _warnings
            _warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but {} were given'.format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(next(iter(kws))))
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            error_case, error_message = _make_failed_load_tests(module.__name__, e,
                                                                self.suiteClass)
            self.errors.append(error_message)
            return error_case

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name stands for (a module, a TestCase class,
        a test method, a suite, or a callable returning a test), relative
        to module if given."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            remaining = parts[:]
            while remaining:
                try:
                    module_name = '.'.join(remaining)
                    module = __import__(module_name)
                    break
                except ImportError:
                    next_attribute = remaining.pop()
                    error_case, error_message = _make_failed_import_test(
                        next_attribute, self.suiteClass)
                    if not remaining:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    # (A package's submodule that failed to import.)
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(error_message)
                return error_case
        return self._tests_of_object(obj, parent, parts)

    def _tests_of_object(self, obj, parent, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type) and
                issubclass(parent, case.TestCase)):
            name = parts[-1]
            instance = parent(name)
            if not isinstance(getattr(instance, name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        test = obj()
        if isinstance(test, suite.TestSuite):
            return test
        if isinstance(test, case.TestCase):
            return self.suiteClass([test])
        raise TypeError("calling %s returned %s, not a test" % (obj, test))

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName() of each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the class's test methods."""
        def is_test_method(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            full_name = '%s.%s.%s' % (testCaseClass.__module__,
                                      testCaseClass.__qualname__, name)
            return self.testNamePatterns is None or \
                any(_fnmatch(full_name, pattern) for pattern in self.testNamePatterns)

        names = [name for name in dir(testCaseClass) if is_test_method(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """A suite of the tests of every module under start_dir whose file
        name matches pattern, going into packages (directories with an
        __init__.py); modules are imported by their names relative to
        top_level_dir (start_dir by default), which goes on sys.path."""
        implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            implicit_top = True
            top_level_dir = start_dir
        top_level_dir = _abspath(top_level_dir)
        if top_level_dir not in sys.path:
            # (CPython leaves it there too: the modules may import siblings.)
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        if os.path.isdir(_abspath(start_dir)):
            start_dir = _abspath(start_dir)
            if start_dir != top_level_dir and \
                    not os.path.isfile(start_dir + '/__init__.py'):
                raise ImportError('Start directory is not importable: %r' % start_dir)
        else:
            start_dir = self._start_dir_of_module(start_dir, implicit_top)
        tests = list(self._find_tests(start_dir, pattern))
        return self.suiteClass(tests)

    def _start_dir_of_module(self, name, implicit_top):
        """discover() given a dotted package name: its directory (and, the
        top-level directory being implicit, the one holding the package)."""
        try:
            __import__(name)
        except ImportError:
            raise ImportError('Start directory is not importable: %r' % name) from None
        module = sys.modules[name]
        file = getattr(module, '__file__', None)
        if file is None:
            raise TypeError("don't know how to discover from {!r}".format(module))
        start_dir = _abspath(os.path.dirname(file))
        if implicit_top:
            top = self._get_directory_containing_module(name.split('.')[0])
            sys.path.remove(self._top_level_dir)
            self._top_level_dir = top
            if top not in sys.path:
                sys.path.insert(0, top)
        return start_dir

    def _get_directory_containing_module(self, module_name):
        module = sys.modules[module_name]
        full_path = _abspath(module.__file__)
        if os.path.basename(full_path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(full_path))
        return os.path.dirname(full_path)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        path = _without_extension(_normpath(path))
        relative = _relpath(path, self._top_level_dir)
        return relative.replace('/', '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        return _fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """The suites of the modules and packages under start_dir, in
        sorted order of names."""
        name = self._get_name_from_path(start_dir)
        if name != '.' and name not in self._loading_packages:
            tests, should_recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not should_recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            full_path = start_dir + '/' + entry
            tests, should_recurse = self._find_test_path(full_path, pattern)
            if tests is not None:
                yield tests
            if should_recurse:
                name = self._get_name_from_path(full_path)
                self._loading_packages.add(name)
                try:
                    yield from self._find_tests(full_path, pattern)
                finally:
                    self._loading_packages.discard(name)

    def _find_test_path(self, full_path, pattern):
        """(tests, whether to look inside) for one file or directory."""
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not VALID_MODULE_NAME.match(basename):
                return None, False
            if not self._match_path(basename, full_path, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                module = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except BaseException:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(full_path):
            if not os.path.isfile(full_path + '/__init__.py'):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                package = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except BaseException:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            load_tests = getattr(package, 'load_tests', None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                # (A package with load_tests finds its own tests.)
                return tests, load_tests is None
            finally:
                self._loading_packages.discard(name)
        return None, False


defaultTestLoader = TestLoader()
