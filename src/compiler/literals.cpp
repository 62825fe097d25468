// SPDX-License-Identifier: GPL-3.0-or-later
// Literal decoding; see literals.h. Error wording and positions follow
// CPython 3.11 (Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal
// and Objects/bytesobject.c _PyBytes_DecodeEscape).
#include "compiler/literals.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

#include "compiler/unicode.h"

namespace pyvm {
namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

double parse_float(const std::string& text) {
  double value = 0.0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ec == std::errc::result_out_of_range) {
    // Too large becomes inf and too small 0.0, as float() does.
    const size_t exponent = text.find_first_of("eE");
    const bool negative_exponent =
        exponent != std::string::npos && exponent + 1 < text.size() && text[exponent + 1] == '-';
    return negative_exponent ? 0.0 : std::numeric_limits<double>::infinity();
  }
  return value;
}

ast::ConstantValue parse_integer(std::string digits, int base) {
  size_t first = 0;
  while (first + 1 < digits.size() && digits[first] == '0') ++first;
  digits.erase(0, first);
  uint64_t value = 0;
  constexpr uint64_t kMax = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
  for (char c : digits) {
    const uint64_t digit = static_cast<uint64_t>(digit_value(c));
    if (value > (kMax - digit) / static_cast<uint64_t>(base)) {
      return ast::BigIntLiteral{std::move(digits), base};
    }
    value = value * static_cast<uint64_t>(base) + digit;
  }
  return static_cast<int64_t>(value);
}

// CPython decodes str escapes after rewriting the literal so that every
// non-ASCII character is a \UXXXXXXXX escape (10 bytes) and a backslash
// before one becomes \u005c (6 bytes). Error positions count in that
// rewritten text, so this maps a body offset to it.
size_t rewritten_position(std::string_view body, size_t offset) {
  size_t position = 0;
  size_t i = 0;
  while (i < offset) {
    const auto c = static_cast<unsigned char>(body[i]);
    if (c == '\\') {
      const bool escapes_non_ascii =
          i + 1 >= body.size() || (static_cast<unsigned char>(body[i + 1]) & 0x80) != 0;
      position += escapes_non_ascii ? 6 : 1;
      ++i;
    } else if (c >= 0x80) {
      unicode::decode_utf8(body, &i);
      position += 10;
    } else {
      ++position;
      ++i;
    }
  }
  return position;
}

std::string unicode_escape_error(std::string_view body, size_t start, size_t end,
                                 const char* reason) {
  const size_t first = rewritten_position(body, start);
  const size_t last = rewritten_position(body, end) - 1;
  return "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
         std::to_string(first) + "-" + std::to_string(last) + ": " + reason;
}

}  // namespace

ast::ConstantValue parse_number(std::string_view text) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text) {
    if (c != '_') clean.push_back(c);
  }
  const char last = clean.back();
  if (last == 'j' || last == 'J') {
    clean.pop_back();
    return ast::ImaginaryLiteral{parse_float(clean)};
  }
  if (clean.size() > 1 && clean[0] == '0') {
    const char prefix = clean[1];
    if (prefix == 'x' || prefix == 'X') return parse_integer(clean.substr(2), 16);
    if (prefix == 'o' || prefix == 'O') return parse_integer(clean.substr(2), 8);
    if (prefix == 'b' || prefix == 'B') return parse_integer(clean.substr(2), 2);
  }
  if (clean.find_first_of(".eE") != std::string::npos) return parse_float(clean);
  return parse_integer(std::move(clean), 10);
}

StringLiteralParts split_string_token(std::string_view token_text) {
  StringLiteralParts parts;
  size_t i = 0;
  for (; i < token_text.size() && token_text[i] != '\'' && token_text[i] != '"'; ++i) {
    switch (token_text[i]) {
      case 'b':
      case 'B':
        parts.is_bytes = true;
        break;
      case 'r':
      case 'R':
        parts.is_raw = true;
        break;
      case 'f':
      case 'F':
        parts.is_fstring = true;
        break;
      default:
        break;
    }
  }
  parts.has_u_prefix = !token_text.empty() && token_text[0] == 'u';
  const size_t quote_size = token_text.size() - i >= 6 && token_text[i + 1] == token_text[i] &&
                                    token_text[i + 2] == token_text[i]
                                ? 3
                                : 1;
  parts.body_offset = i + quote_size;
  parts.body = token_text.substr(parts.body_offset, token_text.size() - i - 2 * quote_size);
  return parts;
}

std::optional<std::string> decode_string_escapes(std::string_view body, std::string* out) {
  size_t i = 0;
  while (i < body.size()) {
    const char c = body[i];
    if (c != '\\') {
      const size_t next = body.find('\\', i);
      const size_t stop = next == std::string_view::npos ? body.size() : next;
      out->append(body.substr(i, stop - i));
      i = stop;
      continue;
    }
    const size_t escape_start = i;
    ++i;
    if (i >= body.size()) {
      out->push_back('\\');
      break;
    }
    const char kind = body[i++];
    switch (kind) {
      case '\n':
        break;
      case '\\':
      case '\'':
      case '"':
        out->push_back(kind);
        break;
      case 'a':
        out->push_back('\a');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        char32_t value = static_cast<char32_t>(kind - '0');
        for (int extra = 0; extra < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7';
             ++extra) {
          value = value * 8 + static_cast<char32_t>(body[i++] - '0');
        }
        unicode::append_utf8(out, value);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        const int count = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
        const char* reason = kind == 'x'   ? "truncated \\xXX escape"
                             : kind == 'u' ? "truncated \\uXXXX escape"
                                           : "truncated \\UXXXXXXXX escape";
        char32_t value = 0;
        for (int k = 0; k < count; ++k, ++i) {
          if (i >= body.size() || digit_value(body[i]) >= 16) {
            return unicode_escape_error(body, escape_start, i, reason);
          }
          value = value * 16 + static_cast<char32_t>(digit_value(body[i]));
        }
        if (value > 0x10FFFF) {
          return unicode_escape_error(body, escape_start, i, "illegal Unicode character");
        }
        unicode::append_utf8(out, value);
        break;
      }
      case 'N': {
        const char* malformed = "malformed \\N character escape";
        if (i >= body.size() || body[i] != '{') {
          return unicode_escape_error(body, escape_start, i, malformed);
        }
        const size_t name_start = ++i;
        while (i < body.size() && body[i] != '}') ++i;
        if (i >= body.size() || i == name_start) {
          return unicode_escape_error(body, escape_start, i, malformed);
        }
        const std::string_view name = body.substr(name_start, i - name_start);
        ++i;
        const auto code_point = unicode::lookup_character_name(name);
        if (!code_point) {
          return unicode_escape_error(body, escape_start, i, "unknown Unicode character name");
        }
        unicode::append_utf8(out, *code_point);
        break;
      }
      default:
        // Not an escape: Python keeps the backslash (and warns).
        out->push_back('\\');
        --i;
        break;
    }
  }
  return std::nullopt;
}

std::optional<std::string> decode_bytes_escapes(std::string_view body, std::string* out) {
  size_t i = 0;
  while (i < body.size()) {
    const char c = body[i];
    if (c != '\\') {
      out->push_back(c);
      ++i;
      continue;
    }
    const size_t escape_start = i;
    ++i;
    if (i >= body.size()) {
      out->push_back('\\');
      break;
    }
    const char kind = body[i++];
    switch (kind) {
      case '\n':
        break;
      case '\\':
      case '\'':
      case '"':
        out->push_back(kind);
        break;
      case 'a':
        out->push_back('\a');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        unsigned value = static_cast<unsigned>(kind - '0');
        for (int extra = 0; extra < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7';
             ++extra) {
          value = value * 8 + static_cast<unsigned>(body[i++] - '0');
        }
        out->push_back(static_cast<char>(value & 0xFF));  // CPython truncates \400..\777
        break;
      }
      case 'x':
        if (i + 1 < body.size() && digit_value(body[i]) < 16 && digit_value(body[i + 1]) < 16) {
          out->push_back(static_cast<char>(digit_value(body[i]) * 16 + digit_value(body[i + 1])));
          i += 2;
          break;
        }
        return "(value error) invalid \\x escape at position " + std::to_string(escape_start);
      default:
        out->push_back('\\');
        --i;
        break;
    }
  }
  return std::nullopt;
}

}  // namespace pyvm
