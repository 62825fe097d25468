// SPDX-License-Identifier: GPL-3.0-or-later
// The lexer: source text in, tokens out, one at a time as the parser asks.
//
// It follows CPython 3.11's tokenizer (Parser/tokenizer.c) closely, because
// Python's error messages depend on what the tokenizer has seen when the
// parser fails: INDENT/DEDENT from a stack of indentation columns (tabs
// rounded to multiples of 8, and checked against a tab size of 1 to catch
// inconsistent mixing), NEWLINE only at the end of logical lines outside
// brackets, blank and comment-only lines skipped, a string token for each
// literal including its prefix and quotes (f-strings are taken apart later by
// the parser), and number literals validated here but converted by the
// parser.
//
// Errors are thrown as SyntaxErrorException with CPython's message and
// position.
#pragma once

#include <string_view>
#include <vector>

#include "compiler/source.h"
#include "compiler/token.h"

namespace pyvm {

class Lexer {
 public:
  explicit Lexer(const SourceText& source);

  // The next token; after kEndMarker, kEndMarker again.
  Token next();

  // CPython's limit on bracket nesting ("too many nested parentheses").
  static constexpr int kMaxBracketDepth = 200;
  // CPython's limit on indentation levels ("too many levels of indentation").
  static constexpr int kMaxIndentLevels = 100;

  struct OpenBracket {
    char character;
    int line;
    int column;  // 0-based byte column
  };
  // Brackets opened and not yet closed, innermost last.
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

 private:
  char peek(size_t ahead = 0) const;
  void advance();  // consumes one byte, keeping line bookkeeping
  int column() const { return static_cast<int>(pos_ - line_start_); }
  bool at_end() const { return pos_ >= text_.size(); }

  // Reads the indentation of a new line; returns false for a blank line.
  bool read_indentation();
  Token make_token(TokenKind kind, size_t start, int start_line, int start_column);
  Token end_of_file_token(TokenKind kind);

  Token lex_name_or_string();
  Token lex_string(size_t start, int start_line, int start_column);
  Token lex_number(size_t start);
  Token lex_operator(size_t start);

  // Number pieces, each leaving pos_ after what it consumed.
  void lex_decimal_tail();
  void lex_fraction_and_exponent(bool saw_dot);
  void lex_exponent();
  void verify_end_of_number(std::string_view kind);

  void check_identifier(size_t start);

  [[noreturn]] void error_here(std::string message) const;
  [[noreturn]] void state_error(std::string_view kind, std::string message, int line, int offset,
                                int end_offset) const;
  [[noreturn]] void end_of_file_error() const;

  const SourceText& source_;
  std::string_view text_;
  size_t pos_ = 0;
  int line_;
  size_t line_start_ = 0;

  bool at_line_start_ = true;
  bool finished_ = false;
  int pending_indents_ = 0;  // > 0: INDENTs to emit; < 0: DEDENTs
  std::vector<int> indents_{0};
  std::vector<int> alternate_indents_{0};  // the same lines measured with tab size 1
  std::vector<OpenBracket> brackets_;
};

}  // namespace pyvm
