#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Run golden programs under pyvm and compare with what CPython produced.

    run_golden.py --vm CMD PROGRAM.py...        check each program (CMD: the pyvm
                                                 binary, or a command line ending
                                                 with one, as tests/run_as_bytecode.py)
    run_golden.py --regen PROGRAM.py...          rewrite expectations with python3

A golden program NAME.py comes with:
    NAME.py.exp      its expected standard output (always)
    NAME.py.status   its expected exit status, when not 0
    NAME.py.err      its expected standard error, when the test checks it
                     (tracebacks, SyntaxError layout); absent = stderr not checked
Each program runs as `VM NAME.py` with its own directory as the working
directory and stdin closed. A NAME.pvc bytecode file (tests/bytecode/) is
run the same way; without .exp and .status it must print nothing on
stdout and exit with status 1. The last line printed is `N passed, N failed`.
"""
import argparse
import os
import shlex
import subprocess
import sys

TIMEOUT_SECONDS = 120


def run(command, program):
    return subprocess.run(command + [os.path.basename(program)], cwd=os.path.dirname(program),
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT_SECONDS)


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, 'rb') as f:
        return f.read()


def check(command, program):
    """Return None when the program behaves as expected, else a reason."""
    # A malformed bytecode file (tests/bytecode) prints nothing and exits 1
    # unless its .exp and .status say otherwise.
    rejected_bytecode = program.endswith('.pvc')
    expected_out = read(program + '.exp', b'' if rejected_bytecode else None)
    if expected_out is None:
        return 'missing %s.exp' % os.path.basename(program)
    expected_status = int(read(program + '.status', b'1' if rejected_bytecode else b'0').strip() or b'0')
    expected_err = read(program + '.err')
    try:
        result = run(command, program)
    except subprocess.TimeoutExpired:
        return 'timeout'
    if result.returncode < 0:
        return 'crash signal %d\n%s' % (-result.returncode, result.stderr.decode(errors='replace')[-2000:])
    if result.stdout != expected_out:
        return 'wrong stdout\n' + diff(expected_out, result.stdout)
    if expected_err is not None and relative_paths(program, result.stderr) != expected_err:
        return 'wrong stderr\n' + diff(expected_err, relative_paths(program, result.stderr))
    if result.returncode != expected_status:
        return 'exit status %d, expected %d\n%s' % (result.returncode, expected_status,
                                                   result.stderr.decode(errors='replace')[-2000:])
    return None


def relative_paths(program, stderr):
    """CPython 3.9+ (and pyvm) name the script by its absolute path in
    tracebacks, SyntaxErrors and error messages; .err files use the name
    given on the command line (File "NAME.py"), so they do not depend on
    where the checkout lives."""
    directory = os.path.realpath(os.path.dirname(program)).encode() + os.sep.encode()
    return stderr.replace(directory, b'')


def diff(expected, actual):
    import difflib
    lines = difflib.unified_diff(expected.decode(errors='replace').splitlines(),
                                 actual.decode(errors='replace').splitlines(),
                                 'expected', 'actual', lineterm='', n=1)
    return '\n'.join(list(lines)[:40])


def regen(program):
    result = run([sys.executable], program)
    with open(program + '.exp', 'wb') as f:
        f.write(result.stdout)
    status_path = program + '.status'
    if result.returncode != 0:
        with open(status_path, 'w') as f:
            f.write('%d\n' % result.returncode)
    elif os.path.exists(status_path):
        os.remove(status_path)
    if os.path.exists(program + '.err'):
        with open(program + '.err', 'wb') as f:
            f.write(relative_paths(program, result.stderr))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('--vm')
    group.add_argument('--regen', action='store_true')
    parser.add_argument('programs', nargs='+')
    args = parser.parse_args()
    programs = [os.path.abspath(p) for p in args.programs]
    if args.regen:
        for program in programs:
            regen(program)
        return 0
    # Programs run in their own directory: make the command's paths absolute.
    command = [os.path.abspath(part) if os.path.exists(part) else part for part in shlex.split(args.vm)]
    failed = 0
    for program in programs:
        reason = check(command, program)
        name = os.path.basename(program)
        if reason is None:
            print('PASS', name)
        else:
            failed += 1
            print('FAIL', name, '(%s)' % reason)
    print('%d passed, %d failed' % (len(programs) - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
