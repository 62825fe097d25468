// SPDX-License-Identifier: GPL-3.0-or-later
// format_syntax_error: CPython 3.11's rendering of an uncaught SyntaxError.
//
// `python3 file.py` prints SyntaxErrors with the C code in Python/pythonrun.c
// (print_exception_file_and_line and print_error_text), not with
// Lib/traceback.py; the two differ in how they strip indentation and clip the
// carets. This follows the C code, including its mix of character offsets
// and byte lengths, so the output matches byte for byte.
#include "compiler/syntax_error.h"

#include <string_view>

namespace pyvm {
namespace {

void append_source_line(std::string* out, std::string_view text, long offset, long end_offset) {
  const long caret_count = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  --offset;  // to 0-based
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\f')) {
    text.remove_prefix(1);
    --offset;
  }
  const long length = static_cast<long>(text.size());
  if (offset > length) offset = length;
  *out += "    ";
  *out += text;
  *out += '\n';
  if (offset < 0) return;  // the caret would point into the stripped indentation
  *out += "    ";
  out->append(static_cast<size_t>(offset), ' ');
  out->append(static_cast<size_t>(caret_count), '^');
  *out += '\n';
}

}  // namespace

std::string format_syntax_error(const SyntaxError& error) {
  std::string out;
  if (error.line > 0) {
    out += "  File \"" + error.filename + "\", line " + std::to_string(error.line) + "\n";
    // CPython reads the line from the file with its newline; the size
    // includes it.
    const long line_size = static_cast<long>(error.text.size()) + 1;
    long end_offset = error.end_column > 0 ? error.end_column : -1;
    long end_line = error.end_line;
    // Only SyntaxError itself shows a range; its subclasses get one caret.
    if (error.kind != "SyntaxError") {
      end_offset = -1;
      end_line = error.line;
    }
    // A range spanning lines is marked to the end of the first line.
    if (end_line > error.line) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    append_source_line(&out, error.text, error.column, end_offset);
  }
  out += error.kind + ": " + error.message + "\n";
  return out;
}

}  // namespace pyvm
