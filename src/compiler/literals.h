// SPDX-License-Identifier: GPL-3.0-or-later
// Turning literal tokens into values: numbers, and the escape sequences of
// str and bytes literals (Python's "unicodeescape" and bytes-escape rules).
//
// The lexer has already checked the shape of every literal; what can still
// fail here (a truncated \x escape, an unknown \N{name}) is reported with the
// message CPython's codecs produce, for the parser to wrap in a SyntaxError.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compiler/ast.h"

namespace pyvm {

// The value of a NUMBER token: int64_t, BigIntLiteral, double or
// ImaginaryLiteral.
ast::ConstantValue parse_number(std::string_view text);

// A STRING token taken apart.
struct StringLiteralParts {
  bool is_bytes = false;
  bool is_raw = false;
  bool is_fstring = false;
  bool has_u_prefix = false;  // a lowercase 'u' first (CPython's Constant.kind)
  std::string_view body;      // between the quotes
  size_t body_offset = 0;     // where the body starts in the token text
};
StringLiteralParts split_string_token(std::string_view token_text);

// Appends the decoded body of a (non-raw) str literal to `out` as UTF-8.
// Returns the error message (already prefixed "(unicode error) ...") when an
// escape is malformed. Unknown escapes such as "\q" are kept as written.
std::optional<std::string> decode_string_escapes(std::string_view body, std::string* out);

// The same for bytes literals ("(value error) ..." on failure).
std::optional<std::string> decode_bytes_escapes(std::string_view body, std::string* out);

}  // namespace pyvm
