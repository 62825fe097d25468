// SPDX-License-Identifier: GPL-3.0-or-later
// The Unicode character database as CPython's unicodedata module exposes it:
// general category, bidirectional class, combining class, East Asian width,
// mirroring, decompositions, numeric values, normalization (NFC, NFD, NFKC,
// NFKD) and character names. The tables are generated from CPython's own
// unicodedata (tools/gen_unicodedata_tables.py), so every code point gets
// CPython's answer. The names live here, not in src/lib, because the
// compiler needs them too (the \N{...} escape).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyvm {

// Which database answers: the current one (14.0.0) or the 3.2.0 view of
// unicodedata.ucd_3_2_0, which IDNA (stringprep) relies on. In the old view
// characters assigned since 3.2 read as unassigned and nameless, a few
// properties and decompositions are as they were, and digit() and the
// computed CJK and Hangul names are unchanged (as in CPython).
enum class UnicodeVersion { kCurrent, kVersion320 };

struct UnicodeProperties {
  const char* category;          // "Lu", "Cn", ...
  const char* bidirectional;     // "L", "AN", ... ("" for unassigned code points)
  int combining;                 // canonical combining class, 0..254
  const char* east_asian_width;  // "W", "Na", ...
  bool mirrored;
};
UnicodeProperties unicode_properties(uint32_t code_point,
                                     UnicodeVersion version = UnicodeVersion::kCurrent);

// The decomposition as UnicodeData.txt spells it ("<compat> 0020 0308"), ""
// when the character has none (Hangul syllables included, as in CPython).
std::string unicode_decomposition(uint32_t code_point,
                                  UnicodeVersion version = UnicodeVersion::kCurrent);

// The character's value as unicodedata.decimal/digit/numeric see it; nullopt
// when it has no value of that kind (every decimal is a digit, every digit
// numeric).
enum class NumericKind { kNumeric, kDigit, kDecimal };
std::optional<double> unicode_numeric_value(uint32_t code_point, NumericKind kind,
                                            UnicodeVersion version = UnicodeVersion::kCurrent);

enum class NormalForm { kNfc, kNfd, kNfkc, kNfkd };
// Whether UAX #15's quick check proves `text` already in `form` (no
// character that is ruled out or in doubt, combining marks in order).
// CPython's normalize() returns the text itself exactly then.
bool unicode_quick_check_yes(std::string_view text, NormalForm form);
// `text` (UTF-8, possibly holding surrogates) in normal form `form`.
std::string unicode_normalize(std::string_view text, NormalForm form,
                              UnicodeVersion version = UnicodeVersion::kCurrent);

// The character's name ("LATIN SMALL LETTER A"); false for characters
// without one (controls, unassigned code points, surrogates).
bool unicode_character_name(uint32_t code_point, std::string* name,
                            UnicodeVersion version = UnicodeVersion::kCurrent);

// What unicodedata.lookup and \N{...} accept: a character name (ASCII letters
// in any case, except for the computed CJK UNIFIED IDEOGRAPH-XXXX and HANGUL
// SYLLABLE names, which must be upper case, as in CPython) or a name alias.
// With `allow_sequences`, a named sequence gives several code points. The
// 3.2.0 view knows no aliases or sequences, nor the characters added since.
std::optional<std::u32string> unicode_lookup_name(
    std::string_view name, bool allow_sequences, UnicodeVersion version = UnicodeVersion::kCurrent);

// Whether the character was unassigned in Unicode 3.2.0 but is now.
bool unicode_assigned_after_3_2(uint32_t code_point);

}  // namespace pyvm
