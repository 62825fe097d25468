// SPDX-License-Identifier: GPL-3.0-or-later
// Character names, both ways: code point -> name for unicodedata.name, name
// -> code point(s) for unicodedata.lookup and the compiler's \N{...}.
//
// The ~32,000 stored names are sequences of word numbers into a lexicon of
// their distinct words (unicode_names.inc, tools/gen_unicodedata_tables.py);
// names that are a prefix plus the code point in hex (CJK ideographs, Nushu,
// ...) or plus a serial number are computed from a range table, and Hangul
// syllable names are spelled from their jamo.
#include <algorithm>
#include <cstdio>
#include <iterator>

#include "runtime/unicode_data.h"

namespace pyvm {
namespace {

struct NameRange {
  uint32_t first;
  uint32_t last;
  const char* prefix;  // "CJK UNIFIED IDEOGRAPH-"
  int serial_start;    // -1: the prefix is followed by the code point in hex
  int serial_width;    // else by serial_start + (c - first), zero-padded
};

struct NameAlias {
  const char* name;
  uint32_t code_point;
};

struct NamedSequence {
  const char* name;
  uint32_t code_points[4];  // unused slots are 0
};

#include "runtime/unicode_names.inc"

// The short names of the Hangul jamo (Unicode's Jamo.txt) that spell the
// syllable names: leading consonant, vowel, optional trailing consonant.
constexpr const char* kLeadingJamo[] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                        "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
constexpr const char* kVowelJamo[] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                      "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                      "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
constexpr const char* kTrailingJamo[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                         "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                         "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};
constexpr uint32_t kHangulFirst = 0xAC00;
constexpr uint32_t kHangulCount = 11172;
constexpr uint32_t kVowelCount = 21;
constexpr uint32_t kTrailingCount = 28;
constexpr uint32_t kSyllablesPerLeading = kVowelCount * kTrailingCount;
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kCjkUnifiedPrefix = "CJK UNIFIED IDEOGRAPH-";

std::string_view name_word(uint32_t number) {
  const uint32_t start = kNameWordOffsets[number];
  return {kNameWords + start, kNameWordOffsets[number + 1] - start - 1};
}

// The stored name number `index` (of kNamedCodePoints).
std::string stored_name(uint32_t index) {
  std::string name;
  const auto* data = reinterpret_cast<const unsigned char*>(kNameData);
  for (uint32_t pos = kNameOffsets[index]; pos < kNameOffsets[index + 1];) {
    uint32_t number = data[pos++];
    if (number >= kNameOneByteWords)
      number = kNameOneByteWords + ((number - kNameOneByteWords) << 8 | data[pos++]);
    if (!name.empty()) name += ' ';
    name += name_word(number);
  }
  return name;
}

std::string range_name(const NameRange& range, uint32_t c) {
  char digits[16];
  if (range.serial_start < 0) {
    std::snprintf(digits, sizeof digits, "%04X", static_cast<unsigned>(c));
  } else {
    std::snprintf(digits, sizeof digits, "%0*u", range.serial_width,
                  static_cast<unsigned>(range.serial_start) + (c - range.first));
  }
  return std::string(range.prefix) + digits;
}

bool is_cjk_unified(const NameRange& range) { return range.prefix == kCjkUnifiedPrefix; }

// The longest of `options` that `text` starts with at `*pos` (options may
// include ""); -1 when none.
template <size_t N>
int match_longest(std::string_view text, size_t* pos, const char* const (&options)[N]) {
  int best = -1;
  size_t best_length = 0;
  for (size_t i = 0; i < N; ++i) {
    const std::string_view option = options[i];
    if (text.substr(*pos, option.size()) == option && (best < 0 || option.size() > best_length)) {
      best = static_cast<int>(i);
      best_length = option.size();
    }
  }
  if (best >= 0) *pos += best_length;
  return best;
}

std::optional<uint32_t> lookup_hangul(std::string_view jamo) {
  size_t pos = 0;
  const int leading = match_longest(jamo, &pos, kLeadingJamo);
  const int vowel = match_longest(jamo, &pos, kVowelJamo);
  const int trailing = match_longest(jamo, &pos, kTrailingJamo);
  if (leading < 0 || vowel < 0 || trailing < 0 || pos != jamo.size()) return std::nullopt;
  return kHangulFirst + static_cast<uint32_t>(leading) * kSyllablesPerLeading +
         static_cast<uint32_t>(vowel) * kTrailingCount + static_cast<uint32_t>(trailing);
}

// CPython computes these names rather than storing them, so it matches them
// case-sensitively and takes 4 or 5 hex digits (leading zero allowed).
std::optional<uint32_t> lookup_cjk_unified(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  uint32_t c = 0;
  for (const char digit : hex) {
    if (digit >= '0' && digit <= '9') {
      c = c * 16 + static_cast<uint32_t>(digit - '0');
    } else if (digit >= 'A' && digit <= 'F') {
      c = c * 16 + static_cast<uint32_t>(digit - 'A' + 10);
    } else {
      return std::nullopt;
    }
  }
  for (const NameRange& range : kNameRanges) {
    if (is_cjk_unified(range) && c >= range.first && c <= range.last) return c;
  }
  return std::nullopt;
}

// A stored-style pattern name: the suffix must be exactly what name() spells.
std::optional<uint32_t> lookup_range(std::string_view upper) {
  for (const NameRange& range : kNameRanges) {
    const std::string_view prefix = range.prefix;
    if (is_cjk_unified(range) || upper.substr(0, prefix.size()) != prefix) continue;
    const std::string_view suffix = upper.substr(prefix.size());
    if (suffix.empty() || suffix.size() > 6) continue;
    const int base = range.serial_start < 0 ? 16 : 10;
    uint32_t value = 0;
    bool digits_only = true;
    for (const char digit : suffix) {
      int d = -1;
      if (digit >= '0' && digit <= '9') d = digit - '0';
      if (base == 16 && digit >= 'A' && digit <= 'F') d = digit - 'A' + 10;
      if (d < 0) digits_only = false;
      value = value * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    }
    if (!digits_only) continue;
    const uint32_t c = range.serial_start < 0
                           ? value
                           : range.first + (value - static_cast<uint32_t>(range.serial_start));
    if (c >= range.first && c <= range.last && range_name(range, c) == upper) return c;
  }
  return std::nullopt;
}

std::optional<uint32_t> lookup_stored(const std::string& upper) {
  const auto* end = std::end(kNameOrder);
  const auto* it = std::lower_bound(
      std::begin(kNameOrder), end, upper,
      [](uint16_t index, const std::string& key) { return stored_name(index) < key; });
  if (it != end && stored_name(*it) == upper) return kNamedCodePoints[*it];
  return std::nullopt;
}

template <typename Entry, size_t N>
const Entry* find_by_name(const Entry (&table)[N], const std::string& upper) {
  const auto* it = std::lower_bound(
      std::begin(table), std::end(table), upper,
      [](const Entry& e, const std::string& key) { return key.compare(e.name) > 0; });
  return (it != std::end(table) && upper == it->name) ? it : nullptr;
}

}  // namespace

bool unicode_character_name(uint32_t code_point, std::string* name, UnicodeVersion version) {
  if (version == UnicodeVersion::kVersion320 && unicode_assigned_after_3_2(code_point))
    return false;
  if (code_point >= kHangulFirst && code_point < kHangulFirst + kHangulCount) {
    const uint32_t index = code_point - kHangulFirst;
    *name = std::string(kHangulPrefix) + kLeadingJamo[index / kSyllablesPerLeading] +
            kVowelJamo[(index % kSyllablesPerLeading) / kTrailingCount] +
            kTrailingJamo[index % kTrailingCount];
    return true;
  }
  for (const NameRange& range : kNameRanges) {
    if (code_point >= range.first && code_point <= range.last) {
      *name = range_name(range, code_point);
      return true;
    }
  }
  const auto* end = std::end(kNamedCodePoints);
  const auto* it = std::lower_bound(std::begin(kNamedCodePoints), end, code_point);
  if (it == end || *it != code_point) return false;
  *name = stored_name(static_cast<uint32_t>(it - std::begin(kNamedCodePoints)));
  return true;
}

std::optional<std::u32string> unicode_lookup_name(std::string_view name, bool allow_sequences,
                                                  UnicodeVersion version) {
  auto single = [](uint32_t c) { return std::u32string(1, c); };
  if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix) {
    if (auto c = lookup_hangul(name.substr(kHangulPrefix.size()))) return single(*c);
  }
  if (name.substr(0, kCjkUnifiedPrefix.size()) == kCjkUnifiedPrefix) {
    if (auto c = lookup_cjk_unified(name.substr(kCjkUnifiedPrefix.size()))) return single(*c);
    return std::nullopt;
  }
  std::string upper(name);
  for (char& ch : upper) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  // In the 3.2.0 view a name counts only if its character existed then
  // (CPython checks the computed CJK and Hangul names above by range only).
  const bool old_view = version == UnicodeVersion::kVersion320;
  auto existed = [&](uint32_t c) { return !old_view || !unicode_assigned_after_3_2(c); };
  if (auto c = lookup_range(upper); c && existed(*c)) return single(*c);
  if (auto c = lookup_stored(upper); c && existed(*c)) return single(*c);
  if (old_view) return std::nullopt;
  if (const NameAlias* alias = find_by_name(kNameAliases, upper)) return single(alias->code_point);
  if (!allow_sequences) return std::nullopt;
  if (const NamedSequence* sequence = find_by_name(kNamedSequences, upper)) {
    std::u32string code_points;
    for (const uint32_t c : sequence->code_points) {
      if (c != 0) code_points.push_back(c);
    }
    return code_points;
  }
  return std::nullopt;
}

}  // namespace pyvm
