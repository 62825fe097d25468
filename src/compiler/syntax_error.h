// SPDX-License-Identifier: GPL-3.0-or-later
// A syntax error found by the lexer, the parser or the scope analysis, and its
// CPython-style rendering:
//
//     File "prog.py", line 3
//       x = (1 +
//           ^
//   SyntaxError: '(' was never closed
#pragma once

#include <string>

namespace pyvm {

struct SyntaxError {
  // or "IndentationError", "TabError"; "RecursionError" for a program too
  // deeply nested to compile (compile_depth.h), which has no location.
  std::string kind = "SyntaxError";
  std::string message;               // without the "SyntaxError: " prefix
  std::string filename;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based code-point offset into `text` (CPython's `offset`); 0 = none
  int end_line = 0;
  int end_column = 0;  // 1-based, one past the last marked character; 0 = same as column
  std::string text;    // the source line, without its newline; may be empty
};

// The lines CPython prints for an uncaught SyntaxError (each ending in '\n'):
// the File line, the stripped source line, the carets, then "Kind: message".
std::string format_syntax_error(const SyntaxError& error);

}  // namespace pyvm
