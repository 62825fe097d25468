// SPDX-License-Identifier: GPL-3.0-or-later
// String literals: adjacent literals joined into one Constant, bytes kept
// apart from str, and f-strings taken apart into JoinedStr/FormattedValue
// nodes. This follows CPython 3.11's Parser/string_parser.c, where an
// f-string is one STRING token whose replacement fields are found by
// scanning the text and each expression is parsed by a parser of its own,
// from a copy of its text wrapped in parentheses. Errors found while scanning
// are reported at the token after the strings, as CPython does.
#include <cstdio>

#include "compiler/literals.h"
#include "compiler/parser_internal.h"

namespace pyvm {

namespace {

// CPython limits nesting of brackets inside a replacement field.
constexpr int kMaxFieldBrackets = 200;

bool is_python_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

// CPython's FstringParser: the pieces of the string being built.
struct Parser::FStringState {
  bool fstring_mode = false;
  bool has_literal = false;
  std::string literal;  // text not yet turned into a Constant
  ast::ExprList values;
  ast::Location whole;  // all the concatenated tokens
  std::string kind;     // "u" when the first token has a u prefix

  void add_literal(std::string_view text) {
    if (text.empty()) return;
    literal += text;
    has_literal = true;
  }
  // CPython gives a Constant the span of all the strings, except the last
  // piece of a format spec, which gets the span of its own token.
  ast::ExprPtr take_literal() { return take_literal(whole); }
  ast::ExprPtr take_literal(const ast::Location& loc) {
    auto constant = std::make_unique<ast::Constant>();
    constant->value = std::move(literal);
    constant->kind = kind;
    constant->loc = loc;
    literal.clear();
    has_literal = false;
    return constant;
  }
};

ast::ExprPtr Parser::parse_strings() {
  LiteralErrors literal_errors(this);
  std::vector<size_t> indices;
  while (at(TokenKind::kString)) {
    indices.push_back(pos_);
    consume();
  }
  peek();  // CPython's STRING+ has looked at the token after the strings
  const Token& first = tokens_[indices.front()];
  const Token& last = tokens_[indices.back()];

  FStringState state;
  state.whole = location_between(first.start, last.end);
  // (push_back, not = "u": GCC 12 gives a false -Wrestrict warning there.)
  if (!first.text.empty() && first.text[0] == 'u') state.kind.push_back('u');

  bool bytes_mode = false;
  std::string bytes;
  for (size_t i = 0; i < indices.size(); ++i) {
    const Token& token = tokens_[indices[i]];
    const StringLiteralParts parts = split_string_token(token.text);
    if (parts.is_bytes) {
      for (char c : parts.body) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          raise_at_token(token, "bytes can only contain ASCII literal characters");
        }
      }
    }
    std::string decoded;
    if (!parts.is_fstring) {
      std::optional<std::string> error;
      if (parts.is_raw) {
        decoded = std::string(parts.body);
      } else if (parts.is_bytes) {
        error = decode_bytes_escapes(parts.body, &decoded);
      } else {
        error = decode_string_escapes(parts.body, &decoded);
      }
      if (error) raise_at_last_token(*error);
    }
    if (i != 0 && bytes_mode != parts.is_bytes) {
      raise_at_last_token("cannot mix bytes and nonbytes literals");
    }
    bytes_mode = parts.is_bytes;
    if (parts.is_fstring) {
      size_t index = 0;
      parse_fstring(&state, parts.body, &index, parts.is_raw, 0, token, parts.body_offset);
    } else if (bytes_mode) {
      bytes += decoded;
    } else {
      state.add_literal(decoded);
    }
  }

  if (bytes_mode) {
    auto constant = std::make_unique<ast::Constant>();
    constant->value = ast::BytesLiteral{std::move(bytes)};
    constant->loc = state.whole;
    return constant;
  }
  return make_joined_or_constant(&state);
}

ast::ExprPtr Parser::make_joined_or_constant(FStringState* state) {
  if (!state->fstring_mode) return state->take_literal();
  if (state->has_literal) state->values.push_back(state->take_literal());
  auto joined = std::make_unique<ast::JoinedStr>();
  joined->values = std::move(state->values);
  joined->loc = state->whole;
  return joined;
}

// The literal text and replacement fields of one f-string token (or of a
// format spec, at recursion > 0, which ends at its closing '}').
void Parser::parse_fstring(FStringState* state, std::string_view body, size_t* index, bool raw,
                           int recursion, const Token& token, size_t body_offset) {
  state->fstring_mode = true;
  for (;;) {
    // The literal part, up to a single '{' (or '}' ending a format spec).
    const size_t literal_start = *index;
    size_t s = *index;
    bool doubled_brace = false;
    while (s < body.size()) {
      char c = body[s++];
      if (!raw && c == '\\' && s < body.size()) {
        c = body[s++];
        if (c == 'N') {
          // Skip "\N{NAME}" so its braces are not taken for a field.
          if (s < body.size() && body[s++] == '{') {
            while (s < body.size() && body[s++] != '}') {
            }
          }
          continue;
        }
      }
      if (c == '{' || c == '}') {
        if (recursion == 0) {
          if (s < body.size() && body[s] == c) {
            doubled_brace = true;  // "{{" or "}}": keep one, go on after both
            break;
          }
          if (c == '}') {
            *index = s - 1;
            raise_at_last_token("f-string: single '}' is not allowed");
          }
        }
        --s;
        break;
      }
    }
    const size_t literal_end = s;
    *index = doubled_brace ? s + 1 : s;
    if (literal_end != literal_start) {
      const std::string_view text = body.substr(literal_start, literal_end - literal_start);
      if (raw) {
        state->add_literal(text);
      } else {
        std::string decoded;
        if (auto error = decode_string_escapes(text, &decoded)) raise_at_last_token(*error);
        state->add_literal(decoded);
      }
    }
    if (doubled_brace) continue;
    if (*index >= body.size() || body[*index] == '}') break;

    ast::ExprPtr field =
        parse_fstring_field(state, body, index, raw, recursion, token, body_offset);
    if (state->has_literal) state->values.push_back(state->take_literal());
    state->values.push_back(std::move(field));
  }
  if (recursion == 0 && *index + 1 < body.size()) {
    raise_at_last_token("f-string: unexpected end of string");
  }
  if (recursion != 0 && (*index >= body.size() || body[*index] != '}')) {
    raise_at_last_token("f-string: expecting '}'");
  }
}

// One replacement field "{expression=!r:spec}", starting at body[*index] ==
// '{'; returns the FormattedValue and leaves *index after the '}'. The text
// of a self-documenting field ("x=") goes into `state` first.
ast::ExprPtr Parser::parse_fstring_field(FStringState* state, std::string_view body, size_t* index,
                                         bool raw, int recursion, const Token& token,
                                         size_t body_offset) {
  if (recursion >= 2) raise_at_last_token("f-string: expressions nested too deeply");
  size_t i = *index + 1;
  const size_t expression_start = i;

  // Find where the expression ends: the first '!', ':', '}' or '=' outside
  // brackets and strings (but not "!=", "==", "<=", ">=").
  char quote = 0;
  int quote_size = 0;
  std::string brackets;
  for (; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '\\') raise_at_last_token("f-string expression part cannot include a backslash");
    if (quote) {
      if (c == quote) {
        if (quote_size == 3) {
          if (i + 2 < body.size() && body[i + 1] == c && body[i + 2] == c) {
            i += 2;
            quote = 0;
          }
        } else {
          quote = 0;
        }
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      if (i + 2 < body.size() && body[i + 1] == c && body[i + 2] == c) {
        quote_size = 3;
        i += 2;
      } else {
        quote_size = 1;
      }
      quote = c;
    } else if (c == '[' || c == '{' || c == '(') {
      if (static_cast<int>(brackets.size()) >= kMaxFieldBrackets) {
        raise_at_last_token("f-string: too many nested parenthesis");
      }
      brackets.push_back(c);
    } else if (c == '#') {
      raise_at_last_token("f-string expression part cannot include '#'");
    } else if (brackets.empty() &&
               (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
      if (i + 1 < body.size() && body[i + 1] == '=' && c != ':' && c != '}') {
        ++i;  // !=, ==, <=, >=
        continue;
      }
      if (c == '>' || c == '<') continue;
      break;
    } else if (c == ']' || c == '}' || c == ')') {
      if (brackets.empty()) raise_at_last_token(std::string("f-string: unmatched '") + c + "'");
      const char opening = brackets.back();
      brackets.pop_back();
      const char expected = opening == '(' ? ')' : opening == '[' ? ']' : '}';
      if (c != expected) {
        raise_at_last_token(std::string("f-string: closing parenthesis '") + c +
                            "' does not match opening parenthesis '" + opening + "'");
      }
    }
  }
  const size_t expression_end = i;
  if (quote) raise_at_last_token("f-string: unterminated string");
  if (!brackets.empty()) {
    raise_at_last_token(std::string("f-string: unmatched '") + brackets.back() + "'");
  }
  if (i >= body.size()) raise_at_last_token("f-string: expecting '}'");

  ast::ExprPtr expression =
      compile_fstring_expression(body, expression_start, expression_end, token, body_offset);

  bool self_documenting = false;
  if (body[i] == '=') {
    ++i;
    while (i < body.size() && is_python_space(body[i])) ++i;
    if (i >= body.size()) raise_at_last_token("f-string: expecting '}'");
    state->add_literal(body.substr(expression_start, i - expression_start));
    self_documenting = true;
  }

  int conversion = -1;
  if (body[i] == '!') {
    ++i;
    if (i >= body.size()) raise_at_last_token("f-string: expecting '}'");
    conversion = static_cast<unsigned char>(body[i]);
    ++i;
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      raise_at_last_token("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }

  ast::ExprPtr format_spec;
  if (i < body.size() && body[i] == ':') {
    ++i;
    if (i >= body.size()) raise_at_last_token("f-string: expecting '}'");
    FStringState spec;
    spec.whole = state->whole;
    spec.kind = state->kind;
    parse_fstring(&spec, body, &i, raw, recursion + 1, token, body_offset);
    auto joined = std::make_unique<ast::JoinedStr>();
    joined->loc = location_between(token.start, token.end);
    if (spec.has_literal) spec.values.push_back(spec.take_literal(joined->loc));
    joined->values = std::move(spec.values);
    format_spec = std::move(joined);
  }

  if (i >= body.size() || body[i] != '}') raise_at_last_token("f-string: expecting '}'");
  ++i;
  *index = i;

  if (self_documenting && !format_spec && conversion == -1) conversion = 'r';
  auto formatted = std::make_unique<ast::FormattedValue>();
  formatted->value = std::move(expression);
  formatted->conversion = conversion;
  formatted->format_spec = std::move(format_spec);
  formatted->loc = state->whole;
  return formatted;
}

// Parses body[start, end) with a parser of its own, as CPython's
// fstring_compile_expr does: the text is wrapped in parentheses (so it may
// start with spaces or span lines), and its nodes are moved to where the
// text sits in the file by CPython's own (slightly approximate) rule.
ast::ExprPtr Parser::compile_fstring_expression(std::string_view body, size_t start, size_t end,
                                                const Token& token, size_t body_offset) {
  size_t s = start;
  while (s < end && (body[s] == ' ' || body[s] == '\t' || body[s] == '\n' || body[s] == '\f')) {
    ++s;
  }
  if (s == end) {
    const char next = end < body.size() ? body[end] : '\0';
    if (next == '!' || next == ':' || next == '=') {
      raise_at_last_token(std::string("f-string: expression required before '") + next + "'");
    }
    raise_at_last_token("f-string: empty expression not allowed");
  }

  // Where the '{' is in the token: which line, and which column.
  const std::string_view token_text = token.text;
  const size_t brace = body_offset + start - 1;
  int lines = 0;
  for (size_t k = 0; k < brace; ++k) {
    if (token_text[k] == '\n') ++lines;
  }
  bool newline_after_brace = true;
  for (size_t k = brace + 1; k < token_text.size() && token_text[k] != '}' && token_text[k] != '\n';
       ++k) {
    if (token_text[k] != ' ' && token_text[k] != '\t' && token_text[k] != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  int columns = 0;
  if (!newline_after_brace) {
    const size_t newline = token_text.rfind('\n', brace);
    columns = newline == std::string_view::npos ? static_cast<int>(brace)
                                                : static_cast<int>(brace - newline - 1);
  }

  std::string text = "(";
  text.append(body.substr(start, end - start));
  text += ")\n";
  const SourceText expression_source(std::move(text), source_.filename(), token.start.line + lines);
  // The token's column as CPython has it: already moved, if this parser is
  // itself parsing an f-string's expression.
  const int token_column =
      token.start.column + (token.start.line == source_.first_line() ? column_shift_ : 0);
  // Only a field on the token's first line is shifted by the token's column.
  Parser expression_parser(expression_source, session_, (lines == 0 ? token_column : 0) + columns,
                           true);
  try {
    return expression_parser.parse_fstring_replacement();
  } catch (SyntaxErrorException& exception) {
    // To this parser, everything wrong inside the f-string is a parser
    // error, even what the expression's own tokenizer found.
    exception.origin = SyntaxErrorException::Origin::kParser;
    throw;
  }
}

}  // namespace pyvm
