# SPDX-License-Identifier: GPL-3.0-or-later
"""Run one program under pyvm and under CPython and compare what they did.

The observable behaviour compared is: standard output (exactly), the exit
status, and the last line of standard error (for an uncaught exception that
is "Type: message"; earlier traceback lines hold file paths and are left
out). A pyvm run that exceeds the time limit or dies from a signal is always
a difference; a CPython run that exceeds it means the generator wrote a
program that does not terminate, which is reported as such.
"""
import os
import subprocess
from dataclasses import dataclass


@dataclass
class Outcome:
    stdout: bytes
    last_stderr_line: bytes
    status: int          # exit status; negative: killed by that signal
    timed_out: bool = False


def last_line(data):
    lines = data.rstrip(b'\n').split(b'\n')
    return lines[-1] if lines else b''


def run(command, program_path, timeout):
    """Run `command program_path` in the program's directory with stdin closed."""
    try:
        result = subprocess.run(command + [os.path.basename(program_path)],
                                cwd=os.path.dirname(program_path) or '.',
                                stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        return Outcome(expired.stdout or b'', b'', 0, timed_out=True)
    return Outcome(result.stdout, last_line(result.stderr), result.returncode)


def difference(expected, actual):
    """None when pyvm (actual) behaved as CPython (expected), else (kind, detail)."""
    if expected.timed_out:
        return 'generator', 'CPython did not finish: the generated program does not terminate'
    if actual.timed_out:
        return 'timeout', 'pyvm did not finish in time'
    if actual.status < 0:
        return 'crash', 'pyvm killed by signal %d: %s' % (-actual.status, show(actual.last_stderr_line))
    if actual.stdout != expected.stdout:
        return 'stdout', first_differing_line(expected.stdout, actual.stdout)
    if actual.last_stderr_line != expected.last_stderr_line:
        return 'stderr', 'expected %s, got %s' % (show(expected.last_stderr_line), show(actual.last_stderr_line))
    if actual.status != expected.status:
        return 'status', 'exit status %d, expected %d' % (actual.status, expected.status)
    return None


def first_differing_line(expected, actual):
    expected_lines, actual_lines = expected.split(b'\n'), actual.split(b'\n')
    for number, (want, got) in enumerate(zip(expected_lines, actual_lines), 1):
        if want != got:
            return 'line %d: expected %s, got %s' % (number, show(want), show(got))
    number = min(len(expected_lines), len(actual_lines)) + 1
    if len(expected_lines) > len(actual_lines):
        return 'line %d: expected %s, got end of output' % (number, show(expected_lines[number - 1]))
    return 'line %d: expected end of output, got %s' % (number, show(actual_lines[number - 1]))


def show(line, limit=100):
    text = line.decode('utf-8', errors='replace')
    return repr(text if len(text) <= limit else text[:limit] + '...')


class Comparison:
    """Runs programs under both implementations with the same time limit."""

    def __init__(self, vm_command, python_command, timeout):
        self.vm_command = vm_command
        self.python_command = python_command
        self.timeout = timeout

    def compare(self, program_path):
        expected = run(self.python_command, program_path, self.timeout)
        actual = run(self.vm_command, program_path, self.timeout)
        return difference(expected, actual)
