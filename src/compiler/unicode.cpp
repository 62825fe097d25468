// SPDX-License-Identifier: GPL-3.0-or-later
// Unicode helpers for the lexer, the string-literal decoder and ast_dump.
#include "compiler/unicode.h"

#include "runtime/unicode.h"
#include "runtime/unicode_data.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace pyvm::unicode {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

char32_t decode_utf8(std::string_view text, size_t* index) {
  const auto lead = static_cast<unsigned char>(text[*index]);
  int length = 1;
  char32_t code_point = lead;
  if (lead >= 0xF0) {
    length = 4;
    code_point = lead & 0x07;
  } else if (lead >= 0xE0) {
    length = 3;
    code_point = lead & 0x0F;
  } else if (lead >= 0xC0) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0x80) {
    ++*index;
    return 0xFFFD;
  }
  if (*index + length > text.size()) {
    ++*index;
    return length == 1 ? code_point : 0xFFFD;
  }
  for (int i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[*index + i]);
    if (!is_continuation(byte)) {
      ++*index;
      return 0xFFFD;
    }
    code_point = (code_point << 6) | (byte & 0x3F);
  }
  *index += length;
  return code_point;
}

void append_utf8(std::string* out, char32_t code_point) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

size_t code_point_count(std::string_view text) {
  size_t count = 0;
  for (char c : text) {
    if (!is_continuation(static_cast<unsigned char>(c))) ++count;
  }
  return count;
}

std::optional<Utf8Problem> find_invalid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    int length = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      minimum = 0x10000;
    } else {
      return Utf8Problem{i, "invalid start byte"};
    }
    char32_t code_point = lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
      if (i + k >= text.size()) return Utf8Problem{i, "unexpected end of data"};
      const auto byte = static_cast<unsigned char>(text[i + k]);
      if (!is_continuation(byte)) return Utf8Problem{i, "invalid continuation byte"};
      code_point = (code_point << 6) | (byte & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are what
    // CPython's strict decoder rejects as well.
    if (code_point < minimum || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return Utf8Problem{i, "invalid continuation byte"};
    }
    i += length;
  }
  return std::nullopt;
}

// The character classes are the runtime's (runtime/unicode.h): one table
// answers both str.isidentifier() and what the lexer accepts.
bool is_printable(char32_t code_point) { return unicode_is_printable(code_point); }
bool is_identifier_start(char32_t code_point) { return unicode_is_identifier_start(code_point); }
bool is_identifier_continue(char32_t code_point) { return unicode_is_identifier_continue(code_point); }

// The whole identifier in NFKC form, as CPython's tokenizer does: a
// character-by-character mapping would miss sequences that compose.
std::string normalize_identifier(std::string_view name) { return unicode_normalize(name, NormalForm::kNfkc); }

// Names, aliases and the computed names, but not named sequences: \N{...}
// stands for one character.
std::optional<char32_t> lookup_character_name(std::string_view name) {
  const std::optional<std::u32string> found = unicode_lookup_name(name, false);
  if (!found) return std::nullopt;
  return (*found)[0];
}

}  // namespace pyvm::unicode
