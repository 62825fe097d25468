#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Run recorded pyvm sessions (command line, standard input) and compare their output.

    run_sessions.py --vm CMD SESSION.cmd...            check each session (CMD: the pyvm
                                                        binary, or a command line ending
                                                        with one)
    run_sessions.py --vm CMD --regen SESSION.cmd...    rewrite expectations with what
                                                        pyvm prints, for review

A session is for the interactive tools (debugger, tracer, profiler), whose
transcripts are pyvm's own, so expectations come from pyvm, not from CPython;
the cli_* sessions check python3's command-line options instead, and their
expectations are what python3 prints for the same arguments.
A session NAME.cmd (one line: pyvm's arguments) comes with:
    NAME.stdin    fed to pyvm as its standard input (absent: stdin closed),
                  so a scripted debugger session runs unattended
    NAME.out      its expected standard output (always)
    NAME.err      its expected standard error (absent: stderr not checked)
    NAME.status   its expected exit status, when not 0
In NAME.cmd, `{dir}` stands for the sessions directory, which is also the
working directory; in the output, that directory is written back as `{dir}`
so expectations do not depend on where the checkout lives. The last line
printed is `N passed, N failed`.
"""
import argparse
import os
import shlex
import subprocess
import sys

TIMEOUT_SECONDS = 120
DIRECTORY_MARK = '{dir}'


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, 'rb') as f:
        return f.read()


def base(session):
    """NAME for NAME.cmd."""
    return session[:-len('.cmd')] if session.endswith('.cmd') else session


def run(command, session):
    """Run a session; return (stdout, stderr, status) with the directory written as {dir}."""
    directory = os.path.dirname(session)
    with open(session, encoding='utf-8') as f:
        arguments = shlex.split(f.read().strip().replace(DIRECTORY_MARK, directory))
    stdin = read(base(session) + '.stdin')
    # Imports must not leave __pycache__ directories among the sessions.
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')
    result = subprocess.run(command + arguments, cwd=directory, env=env,
                            input=stdin if stdin is not None else b'',
                            capture_output=True, timeout=TIMEOUT_SECONDS)

    def marked(output):
        return output.replace(directory.encode(), DIRECTORY_MARK.encode())

    return marked(result.stdout), marked(result.stderr), result.returncode


def check(command, session):
    """Return None when the session goes as expected, else a reason."""
    name = base(session)
    expected_out = read(name + '.out')
    if expected_out is None:
        return 'missing %s.out' % os.path.basename(name)
    expected_err = read(name + '.err')
    expected_status = int(read(name + '.status', b'0').strip() or b'0')
    try:
        out, err, status = run(command, session)
    except subprocess.TimeoutExpired:
        return 'timeout'
    if status < 0:
        return 'crash signal %d\n%s' % (-status, err.decode(errors='replace')[-2000:])
    if out != expected_out:
        return 'wrong stdout\n' + diff(expected_out, out)
    if expected_err is not None and err != expected_err:
        return 'wrong stderr\n' + diff(expected_err, err)
    if status != expected_status:
        return 'exit status %d, expected %d\n%s' % (status, expected_status,
                                                   err.decode(errors='replace')[-2000:])
    return None


def diff(expected, actual):
    import difflib
    lines = difflib.unified_diff(expected.decode(errors='replace').splitlines(),
                                 actual.decode(errors='replace').splitlines(),
                                 'expected', 'actual', lineterm='', n=1)
    return '\n'.join(list(lines)[:40])


def regen(command, session):
    """Write the session's expectations from what pyvm does now: .out always,
    .err when there is stderr (or an .err already), .status when not 0."""
    name = base(session)
    out, err, status = run(command, session)
    with open(name + '.out', 'wb') as f:
        f.write(out)
    if err or os.path.exists(name + '.err'):
        with open(name + '.err', 'wb') as f:
            f.write(err)
    if status != 0:
        with open(name + '.status', 'w') as f:
            f.write('%d\n' % status)
    elif os.path.exists(name + '.status'):
        os.remove(name + '.status')
    print('wrote', os.path.basename(name), '(status %d)' % status)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--vm', required=True)
    parser.add_argument('--regen', action='store_true')
    parser.add_argument('sessions', nargs='+')
    args = parser.parse_args()
    sessions = [os.path.abspath(s) for s in args.sessions]
    # Sessions run in their own directory: make the command's paths absolute.
    command = [os.path.abspath(part) if os.path.exists(part) else part for part in shlex.split(args.vm)]
    if args.regen:
        for session in sessions:
            regen(command, session)
        return 0
    failed = 0
    for session in sessions:
        reason = check(command, session)
        name = os.path.basename(session)
        if reason is None:
            print('PASS', name)
        else:
            failed += 1
            print('FAIL', name, '(%s)' % reason)
    print('%d passed, %d failed' % (len(sessions) - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
