// SPDX-License-Identifier: GPL-3.0-or-later
// The few Unicode facts the front end needs: UTF-8 decoding and encoding,
// which characters may form identifiers, which are printable (for repr and
// for naming a bad character in an error), identifier normalization and
// \N{...} names.
//
// The character classes, names and normal forms come from the runtime's
// tables (runtime/unicode.h, runtime/unicode_data.h), generated from
// CPython's unicodedata, so pyvm accepts exactly the identifiers and
// \N{...} names CPython 3.11 accepts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pyvm::unicode {

// Decodes the code point starting at text[*index] and advances *index past
// it. The text must be valid UTF-8 (or the surrogate-carrying variant that
// append_utf8 writes); a truncated sequence yields U+FFFD and one byte.
char32_t decode_utf8(std::string_view text, size_t* index);

// Appends `code_point` as UTF-8. Surrogates (U+D800..U+DFFF), which a
// Python str can hold ('\ud800'), are written as their 3-byte pattern.
void append_utf8(std::string* out, char32_t code_point);

// Number of code points in `text` (invalid bytes count one each).
size_t code_point_count(std::string_view text);

// Why `text` is not valid UTF-8, as CPython's codec words it ("invalid start
// byte", "invalid continuation byte", "unexpected end of data"), with the
// offending byte offset; nullopt when the text is valid.
struct Utf8Problem {
  size_t position = 0;
  std::string reason;
};
std::optional<Utf8Problem> find_invalid_utf8(std::string_view text);

bool is_printable(char32_t code_point);
bool is_identifier_start(char32_t code_point);
bool is_identifier_continue(char32_t code_point);

// CPython stores non-ASCII identifiers in NFKC form ("ｗｉｄｔｈ" is
// "width").
std::string normalize_identifier(std::string_view name);

// The character named by \N{name}: any character name or alias, as
// unicodedata.lookup takes it (see unicode_lookup_name).
std::optional<char32_t> lookup_character_name(std::string_view name);

}  // namespace pyvm::unicode
