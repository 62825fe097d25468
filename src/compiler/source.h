// SPDX-License-Identifier: GPL-3.0-or-later
// The program text the lexer reads, split into lines, and the one place that
// turns byte positions into the fields of a SyntaxError.
//
// CPython keeps token positions in UTF-8 bytes but reports SyntaxError
// offsets in characters, each error site choosing its own 1-based or "raw"
// convention. Every error in the front end is built by make_error() from
// CPython's pre-conversion values, so each call site can be checked against
// CPython's source line by line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/syntax_error.h"

namespace pyvm {

// Thrown inside the front end when the source is rejected; parse() catches it
// and returns the error. An exception lets a rule deep in the recursive
// descent abandon the parse in one step, with no error plumbing in between.
struct SyntaxErrorException {
  enum class Origin {
    kParser,
    // An error the tokenizer raises itself (bad number, unterminated string).
    kTokenizer,
    // One of the tokenizer's "state" errors (bad dedent, inconsistent tabs,
    // bad line continuation, end of file inside brackets), which CPython
    // reports only when the parser reaches them, never while scanning ahead
    // for a better error (see Parser::check_rest_of_source).
    kTokenizerState,
  };
  SyntaxError error;
  Origin origin = Origin::kParser;
};

// Checks that `raw` is acceptable source (UTF-8, no NUL bytes), drops a UTF-8
// BOM, turns \r\n and \r into \n and makes sure the text ends with a newline,
// as CPython's file reader does. Throws SyntaxErrorException.
std::string normalize_source(std::string_view raw, const std::string& filename);

class SourceText {
 public:
  // `text` is normalized (see normalize_source). `first_line` is the number
  // of its first line: an f-string's expression is parsed as a source of its
  // own that starts on the f-string's line.
  SourceText(std::string text, std::string filename, int first_line = 1);

  std::string_view text() const { return text_; }
  const std::string& filename() const { return filename_; }
  int first_line() const { return first_line_; }
  // The number of the last line, i.e. the line of the final '\n'.
  int last_line() const { return first_line_ + static_cast<int>(line_starts_.size()) - 2; }

  // Line `line` without its '\n'; empty when out of range.
  std::string_view line_text(int line) const;

  // Builds a SyntaxError at `line`. `offset` and `end_offset` are 1-based
  // byte offsets into that line as CPython computes them before converting
  // to characters; values <= 0 mean "absent". The end offset is converted
  // with the start line's text, as CPython does.
  SyntaxError make_error(std::string_view kind, std::string message, int line, int offset,
                         int end_line, int end_offset) const;

 private:
  std::string text_;
  std::string filename_;
  int first_line_;
  std::vector<size_t> line_starts_;  // byte offset of each line, plus text_.size()
};

}  // namespace pyvm
