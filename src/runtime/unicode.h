// SPDX-License-Identifier: GPL-3.0-or-later
// Unicode character properties and case mappings (exact, from CPython's
// unicodedata; see unicode.cpp). ASCII is answered without a table lookup.
#pragma once

#include <cstdint>
#include <string>

namespace pyvm {

bool unicode_is_space(uint32_t c);
bool unicode_is_alpha(uint32_t c);
bool unicode_is_decimal(uint32_t c);  // str.isdecimal; what int() accepts
bool unicode_is_digit(uint32_t c);    // str.isdigit
bool unicode_is_numeric(uint32_t c);  // str.isnumeric
bool unicode_is_upper(uint32_t c);
bool unicode_is_lower(uint32_t c);
bool unicode_is_title(uint32_t c);
bool unicode_is_cased(uint32_t c);
bool unicode_is_case_ignorable(uint32_t c);
bool unicode_is_printable(uint32_t c);  // repr() shows it as itself
bool unicode_is_identifier_start(uint32_t c);
bool unicode_is_identifier_continue(uint32_t c);
int unicode_decimal_value(uint32_t c);  // -1 when not a decimal digit

// One-to-one mappings (used where a single code point is needed).
uint32_t unicode_to_upper(uint32_t c);
uint32_t unicode_to_lower(uint32_t c);
// Full mappings, appending UTF-8 ('ß' upper-cases to "SS").
void unicode_append_upper(std::string& out, uint32_t c);
void unicode_append_lower(std::string& out, uint32_t c);
void unicode_append_title(std::string& out, uint32_t c);
void unicode_append_casefold(std::string& out, uint32_t c);

}  // namespace pyvm
