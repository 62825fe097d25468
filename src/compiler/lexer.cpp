// SPDX-License-Identifier: GPL-3.0-or-later
// The lexer. Structure and error positions follow CPython 3.11's
// Parser/tokenizer.c (tok_get); comments name the CPython behaviour being
// reproduced where it is not obvious.
#include "compiler/lexer.h"

#include <cstdio>
#include <string>

#include "compiler/unicode.h"

namespace pyvm {
namespace {

constexpr int kTabSize = 8;

struct Spelling {
  std::string_view text;
  TokenKind kind;
};

constexpr Spelling kOperators[] = {
#define PYVM_TOKEN_SPELLING(name, spelling) {spelling, TokenKind::name},
    PYVM_TOKENS_OPERATOR(PYVM_TOKEN_SPELLING)
#undef PYVM_TOKEN_SPELLING
};

constexpr Spelling kKeywords[] = {
#define PYVM_TOKEN_SPELLING(name, spelling) {spelling, TokenKind::name},
    PYVM_TOKENS_KEYWORD(PYVM_TOKEN_SPELLING)
#undef PYVM_TOKEN_SPELLING
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_potential_identifier_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 128;
}
bool is_potential_identifier_char(char c) {
  return is_potential_identifier_start(c) || is_digit(c);
}

TokenKind keyword_or_name(std::string_view text) {
  for (const Spelling& keyword : kKeywords) {
    if (keyword.text == text) return keyword.kind;
  }
  return TokenKind::kName;
}

char closing_for(char opening) { return opening == '(' ? ')' : opening == '[' ? ']' : '}'; }

}  // namespace

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
#define PYVM_TOKEN_NAME(name, spelling) \
  case TokenKind::name:                 \
    return spelling;
    PYVM_TOKENS_SPECIAL(PYVM_TOKEN_NAME)
    PYVM_TOKENS_OPERATOR(PYVM_TOKEN_NAME)
    PYVM_TOKENS_KEYWORD(PYVM_TOKEN_NAME)
#undef PYVM_TOKEN_NAME
  }
  return "?";
}

bool is_keyword(TokenKind kind) { return kind >= TokenKind::kFalse; }

Lexer::Lexer(const SourceText& source)
    : source_(source), text_(source.text()), line_(source.first_line()) {}

char Lexer::peek(size_t ahead) const {
  // The source never contains NUL (normalize_source rejects it), so NUL can
  // stand for "past the end" and every look-ahead stays in bounds.
  return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
}

void Lexer::advance() {
  if (at_end()) return;
  if (text_[pos_] == '\n') {
    ++line_;
    line_start_ = pos_ + 1;
  }
  ++pos_;
}

void Lexer::error_here(std::string message) const {
  // CPython's syntaxerror(): the offset is the character count from the line
  // start to the tokenizer's current position.
  throw SyntaxErrorException{
      source_.make_error("SyntaxError", std::move(message), line_, column(), line_, column()),
      SyntaxErrorException::Origin::kTokenizer};
}

void Lexer::state_error(std::string_view kind, std::string message, int line, int offset,
                        int end_offset) const {
  throw SyntaxErrorException{
      source_.make_error(kind, std::move(message), line, offset, line, end_offset),
      SyntaxErrorException::Origin::kTokenizerState};
}

void Lexer::end_of_file_error() const {
  if (!brackets_.empty()) {
    const OpenBracket& open = brackets_.back();
    state_error("SyntaxError", std::string("'") + open.character + "' was never closed", open.line,
                open.column + 1, 0);
  }
  const int last = source_.last_line();
  state_error("SyntaxError", "unexpected EOF while parsing", last,
              static_cast<int>(source_.line_text(last).size()) + 1, 0);
}

Token Lexer::make_token(TokenKind kind, size_t start, int start_line, int start_column) {
  Token token;
  token.kind = kind;
  token.text = text_.substr(start, pos_ - start);
  token.start = {start_line, start_column};
  token.end = {line_, column()};
  token.depth = static_cast<int>(brackets_.size());
  return token;
}

// INDENT, DEDENT and ENDMARKER have no text. CPython gives them column -1 and
// reports errors at them from the tokenizer's position instead: the
// indentation width on a new line, and no column at all at the end of a
// file (as `python3 file.py` reports it). Storing that position minus one
// (and an end column of -1) lets the parser report them with the same
// "column + 1" rule as other tokens.
Token Lexer::end_of_file_token(TokenKind kind) {
  const int last = source_.last_line();
  Token token;
  token.kind = kind;
  token.start = {last, -1};
  token.end = {last, -1};
  return token;
}

bool Lexer::read_indentation() {
  int column = 0;
  int alternate_column = 0;
  for (;;) {
    const char c = peek();
    if (c == ' ') {
      ++column;
      ++alternate_column;
    } else if (c == '\t') {
      column = (column / kTabSize + 1) * kTabSize;
      ++alternate_column;
    } else if (c == '\f') {
      column = alternate_column = 0;
    } else {
      break;
    }
    advance();
  }
  if (peek() == '#' || peek() == '\n') return false;  // blank or comment-only line
  if (!brackets_.empty()) return true;                // indentation means nothing in brackets

  auto tab_error = [this] {
    state_error("TabError", "inconsistent use of tabs and spaces in indentation", line_, 1, 0);
  };
  if (column == indents_.back()) {
    if (alternate_column != alternate_indents_.back()) tab_error();
  } else if (column > indents_.back()) {
    if (static_cast<int>(indents_.size()) >= kMaxIndentLevels) {
      state_error("IndentationError", "too many levels of indentation", line_, 1, 0);
    }
    if (alternate_column <= alternate_indents_.back()) tab_error();
    ++pending_indents_;
    indents_.push_back(column);
    alternate_indents_.push_back(alternate_column);
  } else {
    while (indents_.size() > 1 && column < indents_.back()) {
      --pending_indents_;
      indents_.pop_back();
      alternate_indents_.pop_back();
    }
    if (column != indents_.back()) {
      // CPython reports this at the end of the offending line.
      state_error("IndentationError", "unindent does not match any outer indentation level", line_,
                  static_cast<int>(source_.line_text(line_).size()) + 1, 0);
    }
    if (alternate_column != alternate_indents_.back()) tab_error();
  }
  return true;
}

Token Lexer::next() {
  if (finished_) return end_of_file_token(TokenKind::kEndMarker);
  for (;;) {
    bool blank_line = false;
    if (at_line_start_) {
      at_line_start_ = false;
      blank_line = !read_indentation();
    }
    if (pending_indents_ != 0) {
      const TokenKind kind = pending_indents_ > 0 ? TokenKind::kIndent : TokenKind::kDedent;
      pending_indents_ += pending_indents_ > 0 ? -1 : 1;
      if (at_end()) return end_of_file_token(kind);
      Token token;
      token.kind = kind;
      token.start = {line_, column() - 1};
      token.end = {line_, -1};
      return token;
    }

    // Skip spaces, and line continuations, before the token.
    for (;;) {
      while (peek() == ' ' || peek() == '\t' || peek() == '\f') advance();
      if (peek() != '\\') break;
      advance();
      if (peek() != '\n') {
        // CPython reports the character after the backslash.
        state_error("SyntaxError", "unexpected character after line continuation character", line_,
                    column() + 1, 0);
      }
      advance();
      if (at_end()) end_of_file_error();
    }

    const size_t start = pos_;
    const int start_line = line_;
    const int start_column = column();
    if (peek() == '#') {
      while (!at_end() && peek() != '\n') advance();
    }
    if (at_end()) {
      if (!brackets_.empty()) end_of_file_error();
      finished_ = true;
      return end_of_file_token(TokenKind::kEndMarker);
    }

    const char c = peek();
    if (c == '\n') {
      const int newline_column = column();
      advance();
      at_line_start_ = true;
      if (blank_line || !brackets_.empty()) continue;
      // A NEWLINE starts at a trailing comment if there is one and ends at
      // the '\n' itself, as in CPython.
      Token token;
      token.kind = TokenKind::kNewline;
      token.start = {start_line, start_column};
      token.end = {start_line, newline_column};
      return token;
    }
    if (is_potential_identifier_start(c)) return lex_name_or_string();
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number(start);
    if (c == '"' || c == '\'') return lex_string(start, start_line, start_column);
    return lex_operator(start);
  }
}

Token Lexer::lex_name_or_string() {
  const size_t start = pos_;
  const int start_line = line_;
  const int start_column = column();
  // String prefixes: any order of b/r, f/r, or u alone (CPython's rules).
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    const char c = peek();
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
      saw_f = true;
    } else {
      break;
    }
    advance();
    if (peek() == '"' || peek() == '\'') return lex_string(start, start_line, start_column);
  }
  bool non_ascii = false;
  while (is_potential_identifier_char(peek())) {
    if (static_cast<unsigned char>(peek()) >= 128) non_ascii = true;
    advance();
  }
  if (non_ascii) check_identifier(start);
  Token token = make_token(TokenKind::kName, start, start_line, start_column);
  token.kind = keyword_or_name(token.text);
  return token;
}

void Lexer::check_identifier(size_t start) {
  const std::string_view name = text_.substr(start, pos_ - start);
  size_t index = 0;
  bool first = true;
  while (index < name.size()) {
    const char32_t c = unicode::decode_utf8(name, &index);
    const bool valid = first ? unicode::is_identifier_start(c) : unicode::is_identifier_continue(c);
    first = false;
    if (valid) continue;
    // Point just past the offending character, as CPython does.
    pos_ = start + index;
    char message[64];
    if (unicode::is_printable(c)) {
      std::string character;
      unicode::append_utf8(&character, c);
      std::snprintf(message, sizeof message, "invalid character '%s' (U+%04X)", character.c_str(),
                    static_cast<unsigned>(c));
    } else {
      std::snprintf(message, sizeof message, "invalid non-printable character U+%04X",
                    static_cast<unsigned>(c));
    }
    error_here(message);
  }
}

Token Lexer::lex_string(size_t start, int start_line, int start_column) {
  const char quote = peek();
  advance();
  int quote_size = 1;
  int end_quote_size = 0;
  if (peek() == quote) {
    advance();
    if (peek() == quote) {
      advance();
      quote_size = 3;
    } else {
      end_quote_size = 1;  // the empty string
    }
  }
  while (end_quote_size != quote_size) {
    if (at_end() || (quote_size == 1 && peek() == '\n')) {
      // Reported at the start of the literal, naming the line where the
      // tokenizer gave up.
      const int detected_at = at_end() ? source_.last_line() : line_;
      char message[96];
      std::snprintf(message, sizeof message, "unterminated %sstring literal (detected at line %d)",
                    quote_size == 3 ? "triple-quoted " : "", detected_at);
      throw SyntaxErrorException{source_.make_error("SyntaxError", message, start_line,
                                                    start_column + 1, start_line, start_column + 1),
                                 SyntaxErrorException::Origin::kTokenizer};
    }
    const char c = peek();
    advance();
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') advance();  // the escaped character, even a newline
    }
  }
  return make_token(TokenKind::kString, start, start_line, start_column);
}

// Numbers. `pos_` always rests on the first character not yet taken, which
// is where CPython's tokenizer points after its tok_backup() calls.

void Lexer::verify_end_of_number(std::string_view kind) {
  // A number may touch a keyword that can follow it in valid code ("1if x
  // else y"); CPython only warns about that. Any other letter is an error.
  const char c = peek();
  // CPython's lookahead(): the rest of the keyword, not followed by a name
  // character ("1andy" is an error, "1and y" is not).
  auto followed_by = [this](std::string_view rest) {
    for (size_t i = 0; i < rest.size(); ++i) {
      if (peek(1 + i) != rest[i]) return false;
    }
    return !is_potential_identifier_char(peek(1 + rest.size()));
  };
  bool keyword = false;
  switch (c) {
    case 'a':
      keyword = followed_by("nd");
      break;
    case 'e':
      keyword = followed_by("lse");
      break;
    case 'f':
      keyword = followed_by("or");
      break;
    case 'i':
      keyword = peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's';
      break;
    case 'o':
      keyword = followed_by("r");
      break;
    case 'n':
      keyword = followed_by("ot");
      break;
    default:
      break;
  }
  if (keyword) return;
  if (is_potential_identifier_char(c)) error_here("invalid " + std::string(kind) + " literal");
}

void Lexer::lex_decimal_tail() {
  for (;;) {
    while (is_digit(peek())) advance();
    if (peek() != '_') return;
    advance();
    if (!is_digit(peek())) error_here("invalid decimal literal");
  }
}

void Lexer::lex_exponent() {
  if (peek() == 'e' || peek() == 'E') {
    const size_t exponent_start = pos_;
    advance();
    const char c = peek();
    if (c == '+' || c == '-') {
      advance();
      if (!is_digit(peek())) error_here("invalid decimal literal");
    } else if (!is_digit(c)) {
      // "1e" or "1else": the number ends before the 'e'.
      pos_ = exponent_start;
      verify_end_of_number("decimal");
      return;
    }
    lex_decimal_tail();
  }
  if (peek() == 'j' || peek() == 'J') {
    advance();
    verify_end_of_number("imaginary");
  } else {
    verify_end_of_number("decimal");
  }
}

void Lexer::lex_fraction_and_exponent(bool saw_dot) {
  if (saw_dot && is_digit(peek())) lex_decimal_tail();
  lex_exponent();
}

Token Lexer::lex_number(size_t start) {
  const int start_line = line_;
  const int start_column = column();
  auto finish = [&] { return make_token(TokenKind::kNumber, start, start_line, start_column); };

  if (peek() == '.') {  // .5
    advance();
    lex_fraction_and_exponent(true);
    return finish();
  }
  if (peek() != '0') {
    lex_decimal_tail();
    const bool saw_dot = peek() == '.';
    if (saw_dot) advance();
    lex_fraction_and_exponent(saw_dot);
    return finish();
  }

  advance();  // the '0'
  const char prefix = peek();
  if (prefix == 'x' || prefix == 'X') {
    advance();
    do {
      if (peek() == '_') advance();
      if (!is_hex_digit(peek())) error_here("invalid hexadecimal literal");
      while (is_hex_digit(peek())) advance();
    } while (peek() == '_');
    verify_end_of_number("hexadecimal");
    return finish();
  }
  if (prefix == 'o' || prefix == 'O' || prefix == 'b' || prefix == 'B') {
    const bool octal = prefix == 'o' || prefix == 'O';
    const char max_digit = octal ? '7' : '1';
    const std::string kind = octal ? "octal" : "binary";
    auto invalid_digit = [&] {
      advance();  // CPython reports just past the bad digit
      error_here("invalid digit '" + std::string(1, text_[pos_ - 1]) + "' in " + kind + " literal");
    };
    advance();
    do {
      if (peek() == '_') advance();
      if (peek() < '0' || peek() > max_digit) {
        if (is_digit(peek())) invalid_digit();
        error_here("invalid " + kind + " literal");
      }
      while (peek() >= '0' && peek() <= max_digit) advance();
    } while (peek() == '_');
    if (is_digit(peek())) invalid_digit();
    verify_end_of_number(kind);
    return finish();
  }

  // A decimal starting with zero: only zeros may follow, unless it turns
  // out to be a float or imaginary number ("0777" is rejected, "09.5" not).
  for (;;) {
    if (peek() == '_') {
      advance();
      if (!is_digit(peek())) error_here("invalid decimal literal");
    }
    if (peek() != '0') break;
    advance();
  }
  const int zeros_end = column() + 1;
  bool nonzero = false;
  if (is_digit(peek())) {
    nonzero = true;
    lex_decimal_tail();
  }
  const char c = peek();
  if (c == '.') {
    advance();
    lex_fraction_and_exponent(true);
  } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
    lex_exponent();
  } else if (nonzero) {
    throw SyntaxErrorException{
        source_.make_error("SyntaxError",
                           "leading zeros in decimal integer literals are not permitted; "
                           "use an 0o prefix for octal integers",
                           line_, start_column + 1, line_, zeros_end),
        SyntaxErrorException::Origin::kTokenizer};
  } else {
    verify_end_of_number("decimal");
  }
  return finish();
}

Token Lexer::lex_operator(size_t start) {
  const int start_line = line_;
  const int start_column = column();
  const std::string_view rest = text_.substr(pos_, 3);
  // "<>" is CPython's NOTEQUAL spelling for Barry-as-FLUFL mode; it lexes as
  // one token and the parser rejects it.
  if (rest.substr(0, 2) == "<>") {
    advance();
    advance();
    return make_token(TokenKind::kNotEqual, start, start_line, start_column);
  }
  for (size_t length = 3; length >= 1; --length) {
    if (rest.size() < length) continue;
    for (const Spelling& op : kOperators) {
      if (op.text.size() != length || rest.substr(0, length) != op.text) continue;
      for (size_t i = 0; i < length; ++i) advance();
      const char c = op.text[0];
      if (length == 1 && (c == '(' || c == '[' || c == '{')) {
        if (static_cast<int>(brackets_.size()) >= kMaxBracketDepth) {
          error_here("too many nested parentheses");
        }
        brackets_.push_back({c, start_line, start_column});
      } else if (length == 1 && (c == ')' || c == ']' || c == '}')) {
        if (brackets_.empty()) error_here(std::string("unmatched '") + c + "'");
        const OpenBracket open = brackets_.back();
        brackets_.pop_back();
        if (closing_for(open.character) != c) {
          std::string message = std::string("closing parenthesis '") + c +
                                "' does not match opening parenthesis '" + open.character + "'";
          if (open.line != line_) message += " on line " + std::to_string(open.line);
          error_here(message);
        }
      }
      return make_token(op.kind, start, start_line, start_column);
    }
  }
  const char c = peek();
  advance();
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
    char message[64];
    std::snprintf(message, sizeof message, "invalid non-printable character U+%04X",
                  static_cast<unsigned>(static_cast<unsigned char>(c)));
    error_here(message);
  }
  // '$', '?', '`' or a lone '!': a token no rule accepts.
  return make_token(TokenKind::kErrorToken, start, start_line, start_column);
}

}  // namespace pyvm
