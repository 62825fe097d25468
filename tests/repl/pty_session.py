#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive pyvm's interactive prompt on a real pseudo-terminal, as a person would.

    pty_session.py PYVM

Starts PYVM with no arguments on a pseudo-terminal (so it sees a terminal,
uses readline and shows its prompt), types into it, and checks the screen
text after each step: a multi-line function, its call, `_`, an error and its
traceback, Ctrl-C cancelling a half-typed line and interrupting a running
loop, Tab completing a name and an attribute, Ctrl-D leaving with status 0;
then a second session finds the first one's history. Each step names itself
on failure with the screen text it got. The last line is `N passed, N failed`.
"""
import os
import pty
import re
import select
import sys
import tempfile
import time

TIMEOUT_SECONDS = 20
# Terminal control sequences readline writes (bracketed paste, cursor moves).
CONTROL = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r|\x07|\x08')


class Session:
    def __init__(self, pyvm, home):
        env = dict(os.environ, HOME=home, TERM='xterm', PYTHONUNBUFFERED='')
        env.pop('PYTHONSTARTUP', None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(pyvm, [pyvm], env)
        self.screen = ''

    def read_until(self, text):
        """Reads until `text` appears on the screen after what was consumed;
        returns the screen text up to and including it."""
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while True:
            found = self.screen.find(text)
            if found >= 0:
                seen = self.screen[:found + len(text)]
                self.screen = self.screen[found + len(text):]
                return seen
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError('timed out waiting for %r; screen: %r' % (text, self.screen))
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    data = b''
                if not data:
                    raise AssertionError('pyvm ended while waiting for %r; screen: %r' % (text, self.screen))
                self.screen += CONTROL.sub('', data.decode('utf-8', 'replace'))

    def type(self, keys):
        os.write(self.fd, keys.encode())

    def wait(self):
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            try:  # keep the terminal drained
                if select.select([self.fd], [], [], 0.1)[0]:
                    os.read(self.fd, 4096)
            except OSError:
                pass
        os.kill(self.pid, 9)
        raise AssertionError('pyvm did not exit')


def main():
    pyvm = os.path.abspath(sys.argv[1])
    passed = failed = 0
    with tempfile.TemporaryDirectory() as home:
        def step(name, action):
            nonlocal passed, failed
            try:
                action()
                passed += 1
            except AssertionError as error:
                failed += 1
                print('FAIL %s: %s' % (name, error))

        s = Session(pyvm, home)

        def banner():
            text = s.read_until('>>> ')
            assert 'Type "help" for more information.' in text, text

        def multi_line_function():
            s.type('def double(x):\r')
            s.read_until('... ')
            s.type('    return x * 2\r')
            s.read_until('... ')
            s.type('\r')
            s.read_until('>>> ')
            s.type('double(21)\r')
            assert '42\n' in s.read_until('>>> ')

        def underscore():
            s.type('_ + 1\r')
            assert '43\n' in s.read_until('>>> ')

        def error_and_traceback():
            s.type('1/0\r')
            text = s.read_until('>>> ')
            assert 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n' in text, text
            assert 'ZeroDivisionError: division by zero\n' in text, text

        def ctrl_c_cancels_the_line():
            s.type('lost = 1')
            s.read_until('lost = 1')
            s.type('\x03')
            assert 'KeyboardInterrupt' in s.read_until('>>> ')
            s.type('lost\r')
            assert "NameError: name 'lost' is not defined" in s.read_until('>>> ')

        def ctrl_c_interrupts_a_loop():
            s.type('while True: pass\r')
            s.read_until('... ')
            s.type('\r')
            time.sleep(0.5)
            s.type('\x03')
            text = s.read_until('>>> ')
            assert 'KeyboardInterrupt' in text and 'Traceback' in text, text
            s.type('"still here"\r')
            assert "'still here'" in s.read_until('>>> ')

        def tab_completion():
            s.type('pri\t')
            s.read_until('print(')
            s.type('"tab")\r')
            assert 'tab\n' in s.read_until('>>> ')
            s.type('word = "abc"\r')
            s.read_until('>>> ')
            s.type('word.upp\t')
            s.read_until('word.upper(')
            s.type(')\r')
            assert "'ABC'" in s.read_until('>>> ')

        def ctrl_d_exits():
            s.type('\x04')
            assert s.wait() == 0

        step('banner and prompt', banner)
        step('a multi-line function', multi_line_function)
        step('_ holds the last value', underscore)
        step('an error prints its traceback', error_and_traceback)
        step('Ctrl-C cancels the line', ctrl_c_cancels_the_line)
        step('Ctrl-C interrupts a running loop', ctrl_c_interrupts_a_loop)
        step('Tab completes names and attributes', tab_completion)
        step('Ctrl-D exits with status 0', ctrl_d_exits)

        second = Session(pyvm, home)

        def history_kept():
            second.read_until('>>> ')
            second.type('\x1b[A\x1b[A\x1b[A\r')  # three up: the print before word = ... and word.upper()
            assert 'tab\n' in second.read_until('>>> ')
            second.type('\x04')
            assert second.wait() == 0

        step('the history survives the session', history_kept)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
