// SPDX-License-Identifier: GPL-3.0-or-later
// Parser error tests: for each source, CPython 3.11's SyntaxError kind,
// message and position (from compile(); where that differs from
// `python3 file.py`, which pyvm follows, the line says so), and the printed
// layout of format_syntax_error against real `python3 file.py` output.
#include <gtest/gtest.h>

#include <string>

#include "compiler/parser.h"

namespace pyvm {
namespace {

struct ErrorCase {
  const char* source;
  const char* kind;
  const char* message;
  int line;
  int column;
  int end_line;
  int end_column;
};

// clang-format off
const ErrorCase kErrorCases[] = {
    {"x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 10, 1, 0},
    {"x = 1 2\ny = )", "SyntaxError", "unmatched ')'", 2, 5, 2, 5},
    {"x = (1,\n2 3", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"f(\nx = 1 2", "SyntaxError", "'(' was never closed", 1, 2, 1, 0},
    {"x = 1 2\ny = \"abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5},
    {"x = [1, 2", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 0, 1, 0},  // python3 file.py: no column at end of file
    {"print \"x\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
    {"exec \"x\"", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 9},
    {"print \"x\", y", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 13},
    {"x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"def f(:\n  pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"x = 1e", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
    {"0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 4, 1, 4},
    {"0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3},
    {"1_", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1__0", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1.e", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"5j2", "SyntaxError", "invalid imaginary literal", 1, 2, 1, 2},
    {"0xg", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
    {"0b", "SyntaxError", "invalid binary literal", 1, 2, 1, 2},
    {"0o_", "SyntaxError", "invalid octal literal", 1, 3, 1, 3},
    {"1e+", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3},
    {"f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"f'{x'", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
    {"f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"f'{a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"x = \"\\N{foo}\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14, 1, 14},
    {"a \\ b", "SyntaxError", "unexpected character after line continuation character", 1, 4, 1, 0},
    {"if x:\n\tx = (1 2", "SyntaxError", "'(' was never closed", 2, 6, 2, 0},
    {"x = \"é\" + 1 2", "SyntaxError", "invalid syntax", 1, 13, 1, 14},
    {"def f():\n  x = 1\n   y = 2", "IndentationError", "unexpected indent", 3, 3, 3, 0},
    {"x = \"\"\"abc\n\ndef", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5},
    {"  x = 1", "IndentationError", "unexpected indent", 1, 2, 1, 0},
    {"f(a for a in b, c)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"a + b = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"if f() = 1: pass", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {"if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {"if 1 = x: pass", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4, 1, 5},
    {"del 1", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
    {"*a, *b = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 1, 7},
    {"x = *a", "SyntaxError", "can't use starred expression here", 1, 5, 1, 7},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
    {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
    {"f(x=1, x=2)", "SyntaxError", "keyword argument repeated: x", 1, 8, 1, 11},
    {"x = 1, 2 = 3", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1, 1, 6},
    {"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15},
    {"a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5},
    {"x = …", "SyntaxError", "invalid character '…' (U+2026)", 1, 5, 1, 5},
    {"from x import a, b,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 20, 1, 20},
    {"import a from b", "SyntaxError", "invalid syntax", 1, 10, 1, 14},
    {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"try:\n  pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2},
    {"try:\n  pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 0, 2, 0},  // python3 file.py: no column at end of file
    {"(yield) = 1", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7},
    {"x: int, y: int", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"if x:\n\n# c", "IndentationError", "expected an indented block after 'if' statement on line 1", 3, 0, 3, 0},  // python3 file.py: no column at end of file
    {"if x:\n  pass\n else: pass", "IndentationError", "unindent does not match any outer indentation level", 3, 12, 3, 0},
    {"if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, 0},
    {"if x:\n\ta\n        b", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"[a ~b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 6},
    {"(_ b)", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
    {"(a not b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 9},
    {"if (a, b) = 1: pass", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
    {"if True = 1: pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"if a < b = 1: pass", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
    {"x = a if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"f(a if b)", "SyntaxError", "expected 'else' after 'if' expression", 1, 3, 1, 9},
    {"def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
    {"lambda a, a: 0", "SyntaxError", "duplicate argument 'a' in function definition", 1, 11, 1, 12},
    {"@dec", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
    {"x := 1", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
    {"a.b := 1", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1, 1, 4},
    {"(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"x.y = 1, 2 = 3", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10},
    {"a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2},
    {"(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {"[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4},
    {"a + b: int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 6},
    {"((a, b)): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 2, 1, 8},
    {"f(**a, b=1, *c)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 13, 1, 14},
    {"f(a, *b, c=1, **d, e)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 21, 1, 22},
    {"f(x for x in y, )", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f(1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 5},
    {"f(True=2)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8},
    {"f(a.b=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {"f(x=1 for x in y)", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 5},
    {"f(a, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18},
    {"def f(a, *): pass", "SyntaxError", "named arguments must follow bare *", 1, 10, 1, 11},
    {"def f(*, a=1, *b): pass", "SyntaxError", "* argument may appear only once", 1, 15, 1, 16},
    {"lambda *: 0", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10},
    {"lambda *, **k: 0", "SyntaxError", "named arguments must follow bare *", 1, 11, 1, 13},
    {"def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17},
    {"def f(/): pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8},
    {"def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10},
    {"def f(**a=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 10, 1, 11},
    {"def f(**a, b): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(**a, *b): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(a=): pass", "SyntaxError", "expected default value expression", 1, 8, 1, 9},
    {"def f((a)): pass", "SyntaxError", "Function parameters cannot be parenthesized", 1, 7, 1, 10},
    {"def f(*a, /): pass", "SyntaxError", "/ must be ahead of *", 1, 11, 1, 12},
    {"def f(a=1 /, *): pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
    {"def f(a, /*, b): pass", "SyntaxError", "expected comma between / and *", 1, 11, 1, 12},
    {"def f(a, *, b, **c, d): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 21, 1, 22},
    {"class A(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 11, 1, 14},
    {"1 <> 2", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
    {"if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 1, 5},
    {"if x pass", "SyntaxError", "invalid syntax", 1, 6, 1, 10},
    {"while x\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"for x in y\n  pass", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"for x in y z: pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
    {"class A\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"class A(B)\n pass", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"def f()\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"def f:\n  pass", "SyntaxError", "expected '('", 1, 6, 1, 7},
    {"else: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
    {"try\n  pass", "SyntaxError", "expected ':'", 1, 4, 1, 4},
    {"try: pass\nexcept\n  pass", "SyntaxError", "expected ':'", 2, 7, 2, 7},
    {"try: pass\nexcept E\n  pass", "SyntaxError", "expected ':'", 2, 9, 2, 9},
    {"try: pass\nexcept E, F:\n  pass", "SyntaxError", "multiple exception types must be parenthesized", 2, 8, 2, 12},
    {"with a as b\n  pass", "SyntaxError", "expected ':'", 1, 12, 1, 12},
    {"with (a as b, c)\n  pass", "SyntaxError", "expected ':'", 1, 17, 1, 17},
    {"x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0},
    {"x = {1: *a}", "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 9, 1, 11},
    {"x = {1:}", "SyntaxError", "expression expected after dictionary key and ':'", 1, 7, 1, 8},
    {"x = {**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 6, 1, 8},
    {"[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"{*a for a in b}", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"(*a for a in b)", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"[a, b for a in c]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6},
    {"[a, for a in c]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 4},
    {"{a, b for a in c}", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6},
    {"(**a)", "SyntaxError", "cannot use double starred expression here", 1, 2, 1, 4},
    {"(*a)", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4},
    {"for x in range(3):\n  pass\nelse\n  pass", "SyntaxError", "expected ':'", 3, 5, 3, 5},
    {"lambda x=: 0", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
    {"lambda (x): 0", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 8, 1, 11},
    {"import a.b as c.d", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"from x import (a, b", "SyntaxError", "'(' was never closed", 1, 15, 1, 0},
    {"from x import a b", "SyntaxError", "invalid syntax", 1, 17, 1, 18},
    {"global x,", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
    {"del *a", "SyntaxError", "cannot delete starred", 1, 5, 1, 7},
    {"del (a, *b)", "SyntaxError", "cannot delete starred", 1, 9, 1, 11},
    {"assert x,", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
    {"raise x from", "SyntaxError", "invalid syntax", 1, 13, 1, 13},
    {"x = f\"{a b}\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"x = 1\nf\"\"\"\n{a b}\"\"\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 3, 2, 3, 5},
    {"'a' b'c'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 1, 9},
    {"f'{a}' b'c'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 12, 1, 12},
    {"b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5},
    {"'\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6, 1, 6},
    {"'\\x'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 5, 1, 5},
    {"b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7, 1, 7},
    {"'\\N'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 5, 1, 5},
    {"'\\N{'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 6, 1, 6},
    {"'é\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 7, 1, 7},
    {"'\\U00110000'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 13, 1, 13},
    {"f'{!r}'", "SyntaxError", "f-string: expression required before '!'", 1, 8, 1, 8},
    {"f'{:x}'", "SyntaxError", "f-string: expression required before ':'", 1, 8, 1, 8},
    {"f'{=}'", "SyntaxError", "f-string: expression required before '='", 1, 7, 1, 7},
    {"f'{ }'", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 1, 7},
    {"f'{x:{y:{z}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 15},
    {"f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f'{'", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5},
    {"f'{1abc}'", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"f'{#}'", "SyntaxError", "f-string expression part cannot include '#'", 1, 7, 1, 7},
    {"f'{)}'", "SyntaxError", "f-string: unmatched ')'", 1, 7, 1, 7},
    {"f'{a!r b}'", "SyntaxError", "f-string: expecting '}'", 1, 11, 1, 11},
    {"f'{x!}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
    {"f'{x!r=}'", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10},
    {"f'{(}'", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 7, 1, 7},
    {"f'{\"a}'", "SyntaxError", "f-string: unterminated string", 1, 8, 1, 8},
    {"f'{*a}'", "SyntaxError", "f-string: cannot use starred expression here", 1, 2, 1, 4},
    {"f'{**a}'", "SyntaxError", "f-string: cannot use double starred expression here", 1, 2, 1, 4},
    {"x = 1 +  # c", "SyntaxError", "invalid syntax", 1, 10, 1, 13},
    {"$", "SyntaxError", "invalid syntax", 1, 1, 1, 2},
    {"a ? b", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"x = 1\n$", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
    {"`x`", "SyntaxError", "invalid syntax", 1, 1, 1, 2},
    {"x = 1\ny = 2\n z = 3", "IndentationError", "unexpected indent", 3, 1, 3, 0},
    {"def f():\n    return\n  x", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, 0},
    {"class C:\n    def f(self):\n        pass\n   def g(self): pass", "IndentationError", "unindent does not match any outer indentation level", 4, 21, 4, 0},
    {"for x in 1, 2:\n    pass\nelse:", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 0, 3, 0},  // python3 file.py: no column at end of file
    {"while True:\n    break\nelse:\nx = 1", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2},
    {"with a:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5},
    {"try:\n    pass\nexcept:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5},
    {"try:\n    pass\nfinally:\npass", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5},
    {"elif x: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
    {"def f(x):\n    return x\nprint(f(1)\nx = 2", "SyntaxError", "'(' was never closed", 3, 6, 3, 0},
    {"print(\"hello\"", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"x = [1, 2, 3\ny = 4", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"foo(a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11},
    {"foo(a b, c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8},
    {"x = {'a': 1 'b': 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 16},
    {"x = [1 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"x = (1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"del x y", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"del", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
    {"import", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"from . import", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
    {"from import x", "SyntaxError", "invalid syntax", 1, 6, 1, 12},
    {"x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
    {"x = lambda: ", "SyntaxError", "invalid syntax", 1, 13, 1, 13},
    {"x = [i for i in]", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"x = [i for in y]", "SyntaxError", "invalid syntax", 1, 12, 1, 14},
    {"x = a[1:2:3:4]", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
    {"x = a[]", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"x = 1 ++", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
    {"x = not", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"x = 1 is not", "SyntaxError", "invalid syntax", 1, 13, 1, 13},
    {"x = 1 not 2", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
    {"@\ndef f(): pass", "SyntaxError", "invalid syntax", 1, 2, 1, 2},
    {"@foo\nx = 1", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
    {"class", "SyntaxError", "invalid syntax", 1, 6, 1, 6},
    {"def", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
    {"def f(a b): pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"class A(metaclass=M, x): pass", "SyntaxError", "positional argument follows keyword argument", 1, 23, 1, 24},
    {"nonlocal", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
    {"global", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"x = 1; ; y = 2", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"if x: pass; else: pass", "SyntaxError", "invalid syntax", 1, 13, 1, 17},
    {"x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = '''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"abc\\", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"s = b'\\xff' 'x'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 16, 1, 16},
    {"x = 123_456_", "SyntaxError", "invalid decimal literal", 1, 12, 1, 12},
    {"x = 0__1", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1.2.3", "SyntaxError", "invalid syntax", 1, 8, 1, 10},
    {"x = 1e5e5", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
    {"x = 09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"x = .5.", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"x = 1j2", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6},
    {"x = 1jj", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6},
    {"x = 1_j", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1__e5", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1e_5", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"x = 1.5_", "SyntaxError", "invalid decimal literal", 1, 8, 1, 8},
    {"x = 1._5", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 11, 1, 14},
    {"with a as (b, c()): pass", "SyntaxError", "cannot assign to function call", 1, 15, 1, 18},
    {"with a as b + c: pass", "SyntaxError", "cannot assign to expression", 1, 11, 1, 16},
    {"for (a, b()) in c: pass", "SyntaxError", "cannot assign to function call", 1, 9, 1, 12},
    {"for a in b c", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
    {"for not x in y: pass", "SyntaxError", "cannot assign to expression", 1, 5, 1, 15},
    {"x = [a for 1 in b]", "SyntaxError", "cannot assign to literal", 1, 12, 1, 13},
    {"x = (a for a in b) = 1", "SyntaxError", "cannot assign to generator expression", 1, 5, 1, 19},
    {"x = yield from", "SyntaxError", "invalid syntax", 1, 15, 1, 15},
    {"a = b = c = f() = d", "SyntaxError", "cannot assign to function call", 1, 13, 1, 16},
    {"[a] += 1", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"a.b += 1 2", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
    {"x =", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
    {"= x", "SyntaxError", "invalid syntax", 1, 1, 1, 2},
    {"x == = 1", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
    {"f(**)", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"f(*)", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
    {"f(a=)", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"f(,)", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"f(a,,b)", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"x = {**}", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"x = {1:2, **}", "SyntaxError", "invalid syntax", 1, 13, 1, 14},
    {"x = [*]", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"x = (\n  1,\n  2", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"def f(\n    a,\n    b\n):\n    return (a +", "SyntaxError", "'(' was never closed", 5, 12, 5, 0},
    {"s = \"\"\"\nabc\n\"\"\" + 'x", "SyntaxError", "unterminated string literal (detected at line 3)", 3, 7, 3, 7},
    {"x = 1 \\\n  + 2 \\", "SyntaxError", "unexpected EOF while parsing", 2, 8, 2, 0},
    {"x = [1,\n     2,\n     3]]", "SyntaxError", "unmatched ']'", 3, 8, 3, 8},
    {"x = (1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 10, 1, 10},
    {"x = (1,\n  2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 4, 2, 4},
    {"a = {1: 2}}", "SyntaxError", "unmatched '}'", 1, 11, 1, 11},
    {"😀 = 1", "SyntaxError", "invalid character '😀' (U+1F600)", 1, 1, 1, 1},
    {"x = 1 \342\200\213 2", "SyntaxError", "invalid non-printable character U+200B", 1, 7, 1, 7},
    {"x = a +", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"def f():\n\tif x:\n\t    pass\n        return", "TabError", "inconsistent use of tabs and spaces in indentation", 4, 1, 4, 0},
    {"f(x=34, (y z))", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 10, 1, 13},
    {"f(x=34, y z)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"{1: 2, v if k}", "SyntaxError", "':' expected after dictionary key", 1, 8, 1, 0},
    {"{1: 2, v k}", "SyntaxError", "':' expected after dictionary key", 1, 8, 1, 0},
    {"x = 32andy", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"def f() -> :\n  pass", "SyntaxError", "expected ':'", 1, 9, 1, 11},
    {"match x\n  case 1: pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"[c for c common if c]", "SyntaxError", "expected 'else' after 'if' expression", 1, 10, 1, 21},
    {"[x, c e]", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"nil, t, v tbinfo = f()", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 11, 1, 23},
    {"__slots__ = 'a', lambda 'b'", "SyntaxError", "invalid syntax", 1, 25, 1, 28},
    {"def f(a, ():\n  pass", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
    {"x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
    {"x = 1 is not", "SyntaxError", "invalid syntax", 1, 13, 1, 13},
    {"dict(x=34, (x for x in range 10), 1)", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
    {"f(a, b for b in c d)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18},
    {"x.y += ", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"a + 1 += 2", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6},
    {"(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
    {"f() += 1 2", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"x: = 1", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
    {"class C(x=1, x=2): pass", "SyntaxError", "keyword argument repeated: x", 1, 14, 1, 17},
    {"f(**a, **b, c)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 14, 1, 15},
    {"print(end=\"\" \"x\" sep)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 21},

};
// clang-format on

TEST(ParserErrors, MessagesAndPositionsMatchCpython) {
  for (const ErrorCase& expected : kErrorCases) {
    SCOPED_TRACE(expected.source);
    const ParseResult result = parse(expected.source, "x.py");
    ASSERT_TRUE(result.error);
    const SyntaxError& error = *result.error;
    EXPECT_EQ(error.kind, expected.kind);
    EXPECT_EQ(error.message, expected.message);
    EXPECT_EQ(error.line, expected.line);
    EXPECT_EQ(error.column, expected.column);
    EXPECT_EQ(error.end_line, expected.end_line);
    EXPECT_EQ(error.end_column, expected.end_column);
    EXPECT_EQ(error.filename, "x.py");
  }
}

// pyvm parses async/await far enough to report them only where CPython
// would have accepted the program.
TEST(ParserErrors, SoftKeywordNames) {
  // Names that only look like soft keywords are fine.
  EXPECT_FALSE(parse("match = 1\nmatch(x)\ncase = [match]\n", "x.py").error);
}

TEST(ParserErrors, InvalidUtf8AndNulBytes) {
  ParseResult result = parse("x = 1\ny = '\xff'\n", "x.py");
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->message,
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: "
            "invalid start byte");
  EXPECT_EQ(result.error->line, 2);
  result = parse(std::string("x = 1\ny = 2\0\n", 13), "x.py");
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->message, "source code cannot contain null bytes");
  EXPECT_EQ(result.error->line, 2);
  EXPECT_EQ(format_syntax_error(*result.error),
            "  File \"x.py\", line 2\n    y = 2\nSyntaxError: source code cannot contain null "
            "bytes\n");
}

// Each source's output under `python3 FILE.py` (CPython 3.11), with the file
// named g.py.
struct FormatCase {
  const char* source;
  const char* printed;
};

const FormatCase kFormatCases[] = {
    {"x = (1 +\n",
     "  File \"g.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"},
    {"if x:\n\tx = (1 2\n",
     "  File \"g.py\", line 2\n    x = (1 2\n        ^\nSyntaxError: '(' was never closed\n"},
    {"def f():\n  x = 1\n   y = 2\n",
     "  File \"g.py\", line 3\n    y = 2\nIndentationError: unexpected indent\n"},
    {"x = \"\"\"abc\n\ndef\n",
     "  File \"g.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated "
     "triple-quoted string literal (detected at line 3)\n"},
    {"if x:\npass\n",
     "  File \"g.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'if' statement on line 1\n"},
    {"print \"x\"\n",
     "  File \"g.py\", line 1\n    print \"x\"\n    ^^^^^^^^^\nSyntaxError: Missing parentheses "
     "in call to 'print'. Did you mean print(...)?\n"},
    {"f(a for a in b, c)\n",
     "  File \"g.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: "
     "Generator expression must be parenthesized\n"},
    {"x = 1 + \\",
     "  File \"g.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF "
     "while parsing\n"},
    {"if x:\n  a\n b\n",
     "  File \"g.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any "
     "outer indentation level\n"},
    {"x = (1,\n  2 3)\n",
     "  File \"g.py\", line 2\n    2 3)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you "
     "forgot a comma?\n"},
    {"class A:\n    def f(self):\n        return [1,\n                2 3]\n",
     "  File \"g.py\", line 4\n    2 3]\n    ^^^\nSyntaxError: invalid syntax. Perhaps you "
     "forgot a comma?\n"},
    {"x = 1 +\n",
     "  File \"g.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"},
    {"f'{a b}'\n",
     "  File \"g.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. "
     "Perhaps you forgot a comma?\n"},
    {"x = {1: 2,\n     3}\n",
     "  File \"g.py\", line 2\n    3}\n    ^\nSyntaxError: ':' expected after dictionary key\n"},
    {"if x:\n",
     "  File \"g.py\", line 1\n    if x:\nIndentationError: expected an indented block "
     "after 'if' statement on line 1\n"},
};

TEST(FormatSyntaxError, MatchesPython3Output) {
  for (const FormatCase& expected : kFormatCases) {
    SCOPED_TRACE(expected.source);
    const ParseResult result = parse(expected.source, "g.py");
    ASSERT_TRUE(result.error);
    EXPECT_EQ(format_syntax_error(*result.error), expected.printed);
  }
}

TEST(FormatSyntaxError, WithoutLineOrText) {
  SyntaxError error;
  error.message = "something";
  EXPECT_EQ(format_syntax_error(error), "SyntaxError: something\n");
  error.filename = "a.py";
  error.line = 3;
  error.text = "        x = 1";
  error.column = 9;
  error.end_line = 5;
  error.end_column = 2;
  // A range spanning lines is marked to the end of the first line.
  EXPECT_EQ(format_syntax_error(error),
            "  File \"a.py\", line 3\n    x = 1\n    ^^^^^\nSyntaxError: something\n");
}

}  // namespace
}  // namespace pyvm
