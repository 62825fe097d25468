// SPDX-License-Identifier: GPL-3.0-or-later
// JSON text (see json_text.h).
#include "tools/json_text.h"

#include <charconv>
#include <cstdio>

#include "runtime/str.h"

namespace pyvm {

void append_number(int64_t number, std::string* out) {
  char digits[24];
  const auto result = std::to_chars(digits, digits + sizeof digits, number);
  out->append(digits, result.ptr);
}

void append_json_string(std::string_view text, std::string* out) {
  *out += '"';
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const size_t width = utf8_valid_sequence(text, i);
      if (width == 0) {
        *out += "\\ufffd";
        ++i;
      } else {
        out->append(text.substr(i, width));
        i += width;
      }
      continue;
    }
    ++i;
    if (c == '"' || c == '\\') {
      *out += '\\';
      *out += static_cast<char>(c);
    } else if (c == '\n') {
      *out += "\\n";
    } else if (c == '\t') {
      *out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", c);
      *out += escape;
    } else {
      *out += static_cast<char>(c);
    }
  }
  *out += '"';
}

}  // namespace pyvm
