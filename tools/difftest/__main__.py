# SPDX-License-Identifier: GPL-3.0-or-later
"""Differential testing of pyvm against CPython with random programs.

    python3 tools/difftest --vm build/pyvm [--seed S] [--count N] [--jobs J]
                           [--timeout SECONDS] [--failures DIR] [--reduce]
                           [--without FEATURE]... [--known-bug NAME]... [--python CMD]
    python3 tools/difftest --print SEED          print the program for a seed

Program i of a run is generated from seed S + i (generator.py), so any program
is reproduced by its seed alone: `--seed 1234 --count 1`. Each program runs
under CPython and under pyvm (runner.py); when they differ, the program is
saved as DIR/seed_N.py with the difference in DIR/seed_N.txt, one line is
printed, and with --reduce a smaller program with the same kind of difference
is saved as DIR/seed_N.min.py (reducer.py). The last line is
"N passed, N failed"; the exit status is 1 when any program differed.
"""
import argparse
import concurrent.futures
import os
import shlex
import sys
import tempfile

import generator
import reducer
from runner import Comparison


def parse_arguments():
    parser = argparse.ArgumentParser(description='Run random programs under pyvm and CPython and compare.')
    parser.add_argument('--vm', help='the pyvm command (a path, or a command line ending with one)')
    # The interpreter running this script, called directly: a version manager's
    # `python3` shim can cost more than the program itself.
    parser.add_argument('--python', default=shlex.quote(sys.executable) + ' -S',
                        help='the reference CPython 3.11 command (default: the one running this, with -S)')
    parser.add_argument('--seed', type=int, default=1, help='seed of the first program')
    parser.add_argument('--count', type=int, default=100, help='how many programs')
    parser.add_argument('--jobs', type=int, default=os.cpu_count() or 1, help='programs run in parallel')
    parser.add_argument('--timeout', type=float, default=10.0, help='seconds per run before it counts as a hang')
    parser.add_argument('--failures', default='difftest-failures', help='where differing programs are saved')
    parser.add_argument('--reduce', action='store_true', help='also save a reduced program per difference')
    parser.add_argument('--without', action='append', default=[], choices=generator.FEATURES,
                        metavar='FEATURE', help='leave a feature out of the programs (repeatable): '
                        + ', '.join(generator.FEATURES))
    parser.add_argument('--known-bug', action='append', default=[], choices=sorted(generator.KNOWN_BUGS),
                        metavar='NAME', help='also generate constructs that hit a known bug: '
                        + '; '.join('%s (%s)' % item for item in sorted(generator.KNOWN_BUGS.items())))
    parser.add_argument('--print', type=int, metavar='SEED', help='print the program for SEED and exit')
    arguments = parser.parse_args()
    if arguments.print is None and not arguments.vm:
        parser.error('--vm is required')
    return arguments


class DifferentialRun:
    def __init__(self, arguments, workspace):
        self.comparison = Comparison(command_line(arguments.vm), command_line(arguments.python), arguments.timeout)
        self.features = [name for name in generator.FEATURES if name not in arguments.without]
        self.known_bugs = arguments.known_bug
        self.failures = arguments.failures
        self.reduce = arguments.reduce
        self.workspace = workspace

    def check(self, seed):
        """None when the program for this seed behaves alike, else the line to print."""
        source = generator.generate(seed, self.features, self.known_bugs)
        found = self.compare_source(source, 'seed_%d.py' % seed)
        if found is None:
            return None
        kind, detail = found
        os.makedirs(self.failures, exist_ok=True)
        saved = os.path.join(self.failures, 'seed_%d.py' % seed)
        write(saved, source)
        write(os.path.join(self.failures, 'seed_%d.txt' % seed), '%s: %s\n' % (kind, detail))
        if self.reduce:
            reduced = reducer.reduce_lines(source.splitlines(), lambda text: self.same_kind(text, seed, kind))
            saved = os.path.join(self.failures, 'seed_%d.min.py' % seed)
            write(saved, reducer.text_of(reduced))
        return 'seed %d: %s: %s  (%s)' % (seed, kind, detail, saved)

    def compare_source(self, source, file_name):
        path = os.path.join(self.workspace, file_name)
        write(path, source)
        try:
            return self.comparison.compare(path)
        finally:
            os.remove(path)

    def same_kind(self, source, seed, kind):
        found = self.compare_source(source, 'reduce_%d.py' % seed)
        return found is not None and found[0] == kind


def command_line(text):
    """The command as a list; a path to a file in it is made absolute, because
    programs run in their own directory."""
    return [os.path.abspath(word) if os.sep in word and os.path.exists(word) else word
            for word in shlex.split(text)]


def write(path, text):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def main():
    arguments = parse_arguments()
    if arguments.print is not None:
        features = [name for name in generator.FEATURES if name not in arguments.without]
        sys.stdout.write(generator.generate(arguments.print, features, arguments.known_bug))
        return 0
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='difftest-') as workspace:
        run = DifferentialRun(arguments, workspace)
        seeds = range(arguments.seed, arguments.seed + arguments.count)
        with concurrent.futures.ThreadPoolExecutor(max(arguments.jobs, 1)) as pool:
            for done, message in enumerate(pool.map(run.check, seeds), 1):
                if message is None:
                    passed += 1
                else:
                    failed += 1
                    print(message, flush=True)
                if done % 1000 == 0:
                    print('... %d programs, %d failed' % (done, failed), file=sys.stderr, flush=True)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
