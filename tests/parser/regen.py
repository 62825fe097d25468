#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate the parser corpus's expected output with CPython 3.11.

    python3 tests/parser/regen.py

For each tests/parser/cases/NAME.py this writes NAME.py.ast, the text of
ast.dump(ast.parse(source)); for the syntax_*.py files, which exercise every
construct, it also writes NAME.py.attrs, the same dump with node positions
(include_attributes=True). tests/unit/parser_test.cpp compares pyvm's
dump_ast with these files.
"""
import ast
import glob
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit('regen.py needs CPython 3.11 (found %s)' % sys.version.split()[0])

cases = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
for path in sorted(glob.glob(os.path.join(cases, '*.py'))):
    with open(path, 'rb') as f:
        tree = ast.parse(f.read())
    with open(path + '.ast', 'w', encoding='utf-8', newline='\n') as f:
        f.write(ast.dump(tree) + '\n')
    if os.path.basename(path).startswith('syntax_'):
        with open(path + '.attrs', 'w', encoding='utf-8', newline='\n') as f:
            f.write(ast.dump(tree, include_attributes=True) + '\n')
    print('wrote', os.path.relpath(path + '.ast'))
