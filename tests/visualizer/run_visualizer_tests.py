#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the pages of pyvm --visualize in headless Chromium and check them.

    run_visualizer_tests.py --vm PYVM [CASE...]
    run_visualizer_tests.py --vm PYVM --screenshots DIR

For each case, a program here (NAME.py), pyvm writes the page (which must
load nothing: no element with a src or href); the driver
adds checks.js to a copy of it, opens that in Chromium (--headless
--dump-dom), and reads the report the checks write into the page: the
checks move with the page's buttons, keys, clicks and slider and compare
what the panels show with what the program did. With --screenshots, it
takes instead the pictures of docs/visualizer.md.

Exit status 0 when every check passed, 1 otherwise, 77 (ctest's skip) when
no Chromium is installed.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SKIPPED = 77
TIMEOUT_SECONDS = 300  # for one pyvm or Chromium run (a hang fails the case)

# name: (expected exit status of the program, pyvm options before --visualize)
CASES = {
    'recursion': (0, []),
    'closure': (0, []),
    'aliasing': (0, []),
    'exception': (1, []),
    'generator': (0, []),
    'deep': (0, []),
    'markup': (0, []),
    'large': (0, ['--visualize-steps=2000']),
    'hundred_thousand': (0, []),
}

# The pictures of docs/visualizer.md: (file, program, step).
SCREENSHOTS = [
    ('visualizer-aliasing.png', 'aliasing', 17),
    ('visualizer-recursion.png', 'recursion', 25),
    ('visualizer-closure.png', 'closure', 22),
    ('visualizer-exception.png', 'exception', 20),
]


def find_chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium_command(chromium, *arguments):
    # (--no-sandbox: CI runs as root, where Chromium's sandbox refuses to
    # start; --disable-dev-shm-usage: containers have a small /dev/shm.)
    return [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
            '--hide-scrollbars', '--no-first-run', '--disable-extensions', *arguments]


def run(command):
    """Run a command; its result, or None when it did not end in time."""
    try:
        return subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None


def write_page(vm, case, directory):
    """Run pyvm --visualize on the case's program; return (page path, error or None)."""
    status, options = CASES[case]
    page = os.path.join(directory, case + '.html')
    program = os.path.join(HERE, case + '.py')
    result = run([vm, *options, '--visualize', program, '-o', page])
    if result is None:
        return page, 'pyvm did not end within %d s' % TIMEOUT_SECONDS
    if result.returncode != status:
        return page, 'pyvm exited with %d, expected %d\n%s' % (
            result.returncode, status, result.stderr.decode(errors='replace')[-2000:])
    if b'pyvm: wrote ' not in result.stderr:
        return page, 'pyvm did not say it wrote the page:\n' + result.stderr.decode(errors='replace')
    with open(page, encoding='utf-8') as f:
        loads = re.search(r'<(script|link|img|iframe|object)\b[^>]*\b(src|href|data)\s*=', f.read())
    if loads:
        return page, 'the page loads something: ' + loads.group(0)
    return page, None


def check_page(chromium, page, case):
    """Open the page with the checks added; return a list of failures."""
    with open(page, encoding='utf-8') as f:
        text = f.read()
    with open(os.path.join(HERE, 'checks.js'), encoding='utf-8') as f:
        checks = f.read()
    added = '<script>window.PYVM_TEST_CASE = %s;</script>\n<script>\n%s\n</script>\n' % (
        json.dumps(case), checks)
    at = text.rindex('</body>')
    tested = page[:-len('.html')] + '.checked.html'
    with open(tested, 'w', encoding='utf-8') as f:
        f.write(text[:at] + added + text[at:])
    result = run(chromium_command(chromium, '--virtual-time-budget=20000', '--dump-dom', 'file://' + tested))
    if result is None:
        return ['Chromium did not end within %d s' % TIMEOUT_SECONDS]
    # (The last one: checks.js, inlined above it, names the element too.)
    found = re.findall(r'<pre id="test-report">(\{.*?)</pre>', result.stdout.decode(errors='replace'), re.S)
    if not found:
        return ['no report from the page (Chromium exit status %d)\n%s' % (
            result.returncode, result.stderr.decode(errors='replace')[-2000:])]
    report = json.loads(html.unescape(found[-1]))
    if report['checks'] == 0 and not report['failures']:
        return ['the page ran no check']
    return report['failures']


def take_screenshots(vm, chromium, directory, work):
    for file, case, step in SCREENSHOTS:
        page, error = write_page(vm, case, work)
        if error:
            print('FAIL %s: %s' % (case, error))
            return 1
        target = os.path.join(directory, file)
        run(chromium_command(chromium, '--window-size=1400,760', '--screenshot=' + target,
                             'file://%s#step=%d' % (page, step)))
        if not os.path.exists(target):
            print('FAIL no screenshot %s' % target)
            return 1
        print('wrote %s' % target)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--vm', required=True, help='the pyvm binary')
    parser.add_argument('--screenshots', metavar='DIR', help="write docs/visualizer.md's pictures into DIR")
    parser.add_argument('cases', nargs='*', help='cases to run (default: all)')
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        print('SKIPPED: no Chromium installed (Debian: apt-get install -y chromium); '
              'the visualizer pages were not checked')
        return SKIPPED
    vm = os.path.abspath(args.vm)
    with tempfile.TemporaryDirectory(prefix='pyvm-visualizer-') as work:
        if args.screenshots:
            return take_screenshots(vm, chromium, os.path.abspath(args.screenshots), work)
        failed = 0
        for case in args.cases or CASES:
            if case not in CASES:
                print('unknown case %s (%s)' % (case, ', '.join(CASES)))
                return 2
            page, error = write_page(vm, case, work)
            failures = [error] if error else check_page(chromium, page, case)
            if failures:
                failed += 1
                print('FAIL %s' % case)
                for failure in failures:
                    print('    ' + failure)
            else:
                print('PASS %s' % case)
        print('%d passed, %d failed' % (len(args.cases or CASES) - failed, failed))
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
