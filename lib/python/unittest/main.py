"""unittest.main (TestProgram): runs the tests of a module, of names given
on the command line, or found by discovery, then exits with 0 if they
passed, 1 if not (unless exit=False). The command line is parsed here, as
CPython's argparse-made parser takes it (options, their abbreviations,
usage and error messages)."""

import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True  # (frames of this module are left out of failure tracebacks)

_MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

_MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

_DISCOVERY_EPILOG = """\
For test discovery all test modules must be importable from the top level
directory of the project.
"""

_TEXT_WIDTH = 78  # (argparse's: 80 columns less its margin)


def _convert_name(name):
    """A test file's path as a module name ('a/test_b.py' -> 'a.test_b');
    other names unchanged."""
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    relative = loader._relpath(name, os.getcwd())
    if relative.startswith('/') or relative.startswith(os.pardir):
        return name
    return loader._normpath(relative)[:-3].replace('\\', '.').replace('/', '.')


def _convert_names(names):
    return [_convert_name(name) for name in names]


class _Option:
    def __init__(self, flags, dest, help_text, value_name=None, const=None, append=False):
        self.flags = flags
        self.dest = dest
        self.help_text = help_text
        self.value_name = value_name  # None: a flag storing const
        self.const = const
        self.append = append

    def usage(self):
        if self.value_name is None:
            return '[%s]' % self.flags[0]
        return '[%s %s]' % (self.flags[0], self.value_name)

    def invocation(self):
        if self.value_name is None:
            return ', '.join(self.flags)
        return ', '.join('%s %s' % (flag, self.value_name) for flag in self.flags)


class _ArgumentError(Exception):
    pass


class _Parser:
    """The command-line parser of TestProgram (main) or of its "discover"
    command: options with their argparse forms (-vf, -kPATTERN,
    --pattern=P, unique abbreviations of long options, --)."""

    def __init__(self, prog, options, positionals, positional_usage, epilog,
                 positional_help=None):
        self.prog = prog
        self.options = options
        self.positionals = positionals        # dest names, in order
        self.positional_usage = positional_usage
        self.positional_help = positional_help
        self.epilog = epilog

    # -- Parsing ----------------------------------------------------------------

    def parse_args(self, args, namespace):
        try:
            self._parse(list(args), namespace)
        except _ArgumentError as e:
            sys.stderr.write(self.format_usage())
            sys.stderr.write('%s: error: %s\n' % (self.prog, e))
            sys.exit(2)

    def _parse(self, args, namespace):
        for option in self.options:
            if option.append and getattr(namespace, option.dest, None) is None:
                setattr(namespace, option.dest, None)
        positional_values = []
        unrecognized = []
        i = 0
        only_positionals = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positionals or not arg.startswith('-') or arg == '-':
                positional_values.append(arg)
            elif arg == '--':
                only_positionals = True
            elif arg.startswith('--'):
                i = self._take_long(arg, args, i, namespace, unrecognized)
            else:
                i = self._take_short(arg, args, i, namespace)
        self._assign_positionals(positional_values, namespace, unrecognized)
        if unrecognized:
            raise _ArgumentError('unrecognized arguments: %s' % ' '.join(unrecognized))

    def _find_long(self, name):
        exact = [o for o in self.options if name in o.flags]
        if exact:
            return exact[0]
        matches = [(o, flag) for o in self.options for flag in o.flags
                   if flag.startswith('--') and flag.startswith(name)]
        if len(matches) > 1:
            raise _ArgumentError('ambiguous option: %s could match %s' % (
                name, ', '.join(flag for _, flag in matches)))
        return matches[0][0] if matches else None

    def _take_long(self, arg, args, i, namespace, unrecognized):
        name, equals, value = arg.partition('=')
        option = self._find_long(name)
        if option is None:
            unrecognized.append(arg)
            return i
        if option.value_name is None:
            if equals:
                raise _ArgumentError('argument %s: ignored explicit argument %r'
                                     % ('/'.join(option.flags), value))
            self._store(option, option.const, namespace)
            return i
        if not equals:
            if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                raise _ArgumentError('argument %s: expected one argument'
                                     % '/'.join(option.flags))
            value = args[i]
            i += 1
        self._store(option, value, namespace)
        return i

    def _take_short(self, arg, args, i, namespace):
        letters = arg[1:]
        while letters:
            flag = '-' + letters[0]
            option = next((o for o in self.options if flag in o.flags), None)
            if option is None:
                if letters == arg[1:]:
                    raise _ArgumentError('unrecognized arguments: %s' % arg)
                raise _ArgumentError('argument %s: ignored explicit argument %r'
                                     % (previous_flags, letters))
            previous_flags = '/'.join(option.flags)
            if option.value_name is not None:
                value = letters[1:]
                if value.startswith('='):
                    value = value[1:]
                if not value:
                    if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                        raise _ArgumentError('argument %s: expected one argument'
                                             % previous_flags)
                    value = args[i]
                    i += 1
                self._store(option, value, namespace)
                return i
            self._store(option, option.const, namespace)
            letters = letters[1:]
        return i

    def _store(self, option, value, namespace):
        if option.dest == 'help':
            self.print_help()
            sys.exit(0)
        if option.append:
            if '*' not in value:
                value = '*%s*' % value  # (-k takes a substring unless a pattern)
            values = getattr(namespace, option.dest, None) or []
            setattr(namespace, option.dest, values + [value])
        else:
            setattr(namespace, option.dest, value)

    def _assign_positionals(self, values, namespace, unrecognized):
        if self.positionals == ['tests']:
            namespace.tests = values
            return
        for dest, value in zip(self.positionals, values):
            setattr(namespace, dest, value)
        unrecognized.extend(values[len(self.positionals):])

    # -- Help -------------------------------------------------------------------

    def format_usage(self):
        parts = ['[-h]'] + [option.usage() for option in self.options
                            if option.dest != 'help']
        prefix = 'usage: '
        text = '%s%s %s' % (prefix, self.prog, ' '.join(parts + self.positional_usage))
        if len(text) <= _TEXT_WIDTH:
            return text + '\n'
        indent = ' ' * (len(prefix) + len(self.prog) + 1)
        lines = _wrap_parts([self.prog] + parts, indent, len(prefix) - 1)
        lines[0] = lines[0][len(indent):]
        if self.positional_usage:
            lines += _wrap_parts(self.positional_usage, indent, len(indent) - 1)
        return prefix + '\n'.join(lines) + '\n'

    def format_help(self):
        sections = [self.format_usage()]
        if self.positional_help:
            sections.append('\npositional arguments:\n' + self.positional_help)
        rows = [('-h, --help', 'show this help message and exit')]
        rows += [(option.invocation(), option.help_text) for option in self.options
                 if option.dest != 'help']
        sections.append('\noptions:\n' + _format_rows(rows))
        if self.epilog:
            sections.append('\n' + self.epilog)
        return ''.join(sections)

    def print_help(self):
        sys.stdout.write(self.format_help())


def _wrap_parts(parts, indent, start_length):
    lines = []
    line = []
    length = start_length
    for part in parts:
        if length + 1 + len(part) > _TEXT_WIDTH and line:
            lines.append(indent + ' '.join(line))
            line = []
            length = len(indent) - 1
        line.append(part)
        length += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    return lines


def _format_rows(rows):
    """argparse's two columns: invocations, then help text from column
    min(24, longest + 4), wrapped; a longer invocation gets its own line."""
    column = min(24, max(len(invocation) for invocation, _ in rows) + 4)
    out = []
    for invocation, help_text in rows:
        words = _wrap_words(help_text, _TEXT_WIDTH - column)
        head = '  ' + invocation
        if len(head) + 2 <= column:
            out.append(head.ljust(column) + words[0] + '\n')
        else:
            out.append(head + '\n' + ' ' * column + words[0] + '\n')
        for line in words[1:]:
            out.append(' ' * column + line + '\n')
    return ''.join(out)


def _wrap_words(text, width):
    lines = []
    line = ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + ' ' + word
    lines.append(line)
    return lines


class TestProgram:
    """Runs tests from the command line (argv, default sys.argv): those of
    `module` (default __main__; a name or a module), those named by the
    arguments or defaultTest, or those found with "discover". Exits with
    the outcome unless exit is false; `result` holds the TestResult."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            # (Deprecation warnings are shown while tests run, as CPython does.)
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _flag_options(self):
        options = [_Option(['-h', '--help'], 'help', ''),
                   _Option(['-v', '--verbose'], 'verbosity', 'Verbose output', const=2),
                   _Option(['-q', '--quiet'], 'verbosity', 'Quiet output', const=0),
                   _Option(['--locals'], 'tb_locals', 'Show local variables in tracebacks',
                           const=True)]
        if self.failfast is None:
            options.append(_Option(['-f', '--failfast'], 'failfast',
                                   'Stop on first fail or error', const=True))
            self.failfast = False
        if self.catchbreak is None:
            options.append(_Option(['-c', '--catch'], 'catchbreak',
                                   'Catch Ctrl-C and display results so far', const=True))
            self.catchbreak = False
        if self.buffer is None:
            options.append(_Option(['-b', '--buffer'], 'buffer',
                                   'Buffer stdout and stderr during tests', const=True))
            self.buffer = False
        if self.testNamePatterns is None:
            options.append(_Option(['-k'], 'testNamePatterns',
                                   'Only run tests which match the given substring',
                                   value_name='TESTNAMEPATTERNS', append=True))
        return options

    def _initArgParsers(self):
        options = self._flag_options()
        self._main_parser = _Parser(
            self.progName, options, ['tests'], ['[tests ...]'], None,
            positional_help='  tests                a list of any number of test modules, '
                            'classes and test\n'
                            '                       methods.\n')
        discovery_options = options + [
            _Option(['-s', '--start-directory'], 'start',
                    "Directory to start discovery ('.' default)", value_name='START'),
            _Option(['-p', '--pattern'], 'pattern',
                    "Pattern to match tests ('test*.py' default)", value_name='PATTERN'),
            _Option(['-t', '--top-level-directory'], 'top',
                    'Top level directory of project (defaults to start directory)',
                    value_name='TOP')]
        self._discovery_parser = _Parser(
            '%s discover' % self.progName, discovery_options,
            ['start', 'pattern', 'top'], [], _DISCOVERY_EPILOG)

    def _print_help(self):
        # The main options, a blank line, the examples and another blank
        # line; with no module, then the "discover" command's help.
        sys.stdout.write(self._main_parser.format_help() + '\n')
        if self.module is None:
            sys.stdout.write(_MAIN_EXAMPLES % {'prog': self.progName} + '\n')
            sys.stdout.write(self._discovery_parser.format_help())
        else:
            sys.stdout.write(_MODULE_EXAMPLES % {'prog': self.progName} + '\n')

    def parseArgs(self, argv):
        self._initArgParsers()
        self._main_parser.print_help = self._print_help
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._main_parser.parse_args(argv[1:], self)
            if not self.tests:
                # (No module and no names: discover from the current directory.)
                self._do_discovery([])
                return
        else:
            self._main_parser.parse_args(argv[1:], self)
        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.defaultTest is None:
            self.testNames = None  # (every test of the module)
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(verbosity=self.verbosity,
                                                  failfast=self.failfast,
                                                  buffer=self.buffer,
                                                  warnings=self.warnings,
                                                  tb_locals=self.tb_locals)
                except TypeError:
                    # (A runner class without tb_locals.)
                    test_runner = self.testRunner(verbosity=self.verbosity,
                                                  failfast=self.failfast,
                                                  buffer=self.buffer,
                                                  warnings=self.warnings)
            except TypeError:
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
