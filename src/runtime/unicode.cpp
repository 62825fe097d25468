// SPDX-License-Identifier: GPL-3.0-or-later
// Unicode character properties and case mappings for the str methods,
// answered from tables generated from CPython's own unicodedata
// (tools/gen_unicode_tables.py), so every code point behaves as in CPython.
#include <algorithm>
#include <cstdint>

#include "runtime/str.h"
#include "runtime/unicode.h"

namespace pyvm {
namespace {

#include "runtime/unicode_tables.inc"

uint16_t char_flags(uint32_t c) {
  if (c > 0x10FFFF) return 0;
  // The last range starting at or before c.
  const auto* end = std::end(kCharRanges);
  const auto* it = std::upper_bound(std::begin(kCharRanges), end, c,
                                    [](uint32_t v, const CharRange& r) { return v < r.first; });
  return (it - 1)->flags;
}

bool has(uint32_t c, uint16_t flag) { return (char_flags(c) & flag) != 0; }

template <size_t N>
const CaseMapping* find_simple(const CaseMapping (&table)[N], uint32_t c) {
  const auto* it = std::lower_bound(std::begin(table), std::end(table), c,
                                    [](const CaseMapping& m, uint32_t v) { return m.from < v; });
  return (it != std::end(table) && it->from == c) ? it : nullptr;
}

template <size_t N>
uint32_t map_simple(const CaseMapping (&table)[N], uint32_t c) {
  const CaseMapping* mapping = find_simple(table, c);
  return mapping != nullptr ? mapping->to : c;
}

template <size_t N>
const SpecialCaseMapping* find_special(const SpecialCaseMapping (&table)[N], uint32_t c) {
  const auto* it =
      std::lower_bound(std::begin(table), std::end(table), c,
                       [](const SpecialCaseMapping& m, uint32_t v) { return m.from < v; });
  return (it != std::end(table) && it->from == c) ? it : nullptr;
}

template <size_t NS, size_t NX>
void append_mapping(std::string& out, uint32_t c, const CaseMapping (&simple)[NS],
                    const SpecialCaseMapping (&special)[NX]) {
  if (const SpecialCaseMapping* s = find_special(special, c)) {
    for (uint32_t to : s->to) {
      if (to != 0) utf8_append(out, to);
    }
    return;
  }
  utf8_append(out, map_simple(simple, c));
}

}  // namespace

bool unicode_is_space(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  return has(c, kCharSpace);
}
bool unicode_is_alpha(uint32_t c) {
  if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return has(c, kCharAlpha);
}
bool unicode_is_decimal(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return has(c, kCharDecimal);
}
bool unicode_is_digit(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return has(c, kCharDigit);
}
bool unicode_is_numeric(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return has(c, kCharNumeric);
}
bool unicode_is_upper(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  return has(c, kCharUpper);
}
bool unicode_is_lower(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return has(c, kCharLower);
}
bool unicode_is_title(uint32_t c) { return c >= 128 && has(c, kCharTitle); }
bool unicode_is_cased(uint32_t c) {
  if (c < 128) return unicode_is_alpha(c);
  return has(c, kCharCased);
}
bool unicode_is_case_ignorable(uint32_t c) { return has(c, kCharCaseIgnorable); }
bool unicode_is_printable(uint32_t c) {
  if (c < 128) return c >= 0x20 && c < 0x7f;
  return has(c, kCharPrintable);
}
bool unicode_is_identifier_start(uint32_t c) {
  if (c < 128) return unicode_is_alpha(c) || c == '_';
  return has(c, kCharIdStart);
}
bool unicode_is_identifier_continue(uint32_t c) {
  if (c < 128) return unicode_is_alpha(c) || c == '_' || (c >= '0' && c <= '9');
  return has(c, kCharIdContinue);
}
int unicode_decimal_value(uint32_t c) {
  if (c < 128) return (c >= '0' && c <= '9') ? static_cast<int>(c - '0') : -1;
  if (!has(c, kCharDecimal)) return -1;
  // Decimal digits come in runs of ten starting at zero; the run containing
  // c starts at a multiple-of-ten offset from its range's first code point.
  const auto* it = std::upper_bound(std::begin(kCharRanges), std::end(kCharRanges), c,
                                    [](uint32_t v, const CharRange& r) { return v < r.first; });
  return static_cast<int>((c - (it - 1)->first) % 10);
}

uint32_t unicode_to_upper(uint32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  return map_simple(kUpperSimple, c);
}
uint32_t unicode_to_lower(uint32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return map_simple(kLowerSimple, c);
}

void unicode_append_upper(std::string& out, uint32_t c) {
  if (c < 128) {
    out.push_back(static_cast<char>(unicode_to_upper(c)));
    return;
  }
  append_mapping(out, c, kUpperSimple, kUpperSpecial);
}
void unicode_append_lower(std::string& out, uint32_t c) {
  if (c < 128) {
    out.push_back(static_cast<char>(unicode_to_lower(c)));
    return;
  }
  append_mapping(out, c, kLowerSimple, kLowerSpecial);
}
void unicode_append_title(std::string& out, uint32_t c) {
  if (c < 128) {
    out.push_back(static_cast<char>(unicode_to_upper(c)));
    return;
  }
  append_mapping(out, c, kTitleSimple, kTitleSpecial);
}
void unicode_append_casefold(std::string& out, uint32_t c) {
  // The fold tables hold only the code points that fold differently from
  // lower() (Cherokee capitals fold to themselves, but lower-case).
  if (c >= 128 && (find_special(kFoldSpecial, c) != nullptr || find_simple(kFoldSimple, c) != nullptr)) {
    append_mapping(out, c, kFoldSimple, kFoldSpecial);
    return;
  }
  unicode_append_lower(out, c);
}

}  // namespace pyvm
