// SPDX-License-Identifier: GPL-3.0-or-later
// Character properties, decompositions, numeric values and normalization for
// the unicodedata module, from the tables of tools/gen_unicodedata_tables.py.
#include "runtime/unicode_data.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>

#include "runtime/str.h"

namespace pyvm {
namespace {

struct PropertyRecord {
  uint8_t category;
  uint8_t bidirectional;
  uint8_t combining;
  uint8_t east_asian_width;
  uint8_t mirrored;
};

struct Decomposition {
  uint32_t code_point;
  uint32_t offset;  // into kDecompositionData: (tag << 8 | length), code points
};

struct Composition {
  uint32_t first;
  uint32_t second;
  uint32_t composite;
};

struct QuickCheckRange {
  uint32_t first;
  uint8_t flags;  // kQuick... bits
};

struct NumericEntry {
  uint32_t code_point;
  uint8_t kind;  // 0 numeric only, 1 also a digit, 2 also a decimal
  uint8_t value_index;
};

struct CodePointRange {
  uint32_t first;
  uint32_t last;
};

struct PropertyChange {
  uint32_t code_point;
  PropertyRecord record;  // the properties in Unicode 3.2.0
};

struct NumericChange {
  uint32_t code_point;
  int8_t decimal;  // -1: none
  double numeric;  // NaN: none
};

struct CodePointMapping {
  uint32_t code_point;
  uint32_t to;
};

[[maybe_unused]] constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

#include "runtime/unicode_properties.inc"

constexpr uint32_t kMaxCodePoint = 0x10FFFF;

// Hangul syllables decompose and compose by arithmetic (Unicode 3.12).
constexpr uint32_t kHangulFirst = 0xAC00;
constexpr uint32_t kLeadingFirst = 0x1100;
constexpr uint32_t kVowelFirst = 0x1161;
constexpr uint32_t kTrailingFirst = 0x11A7;  // one before the first trailing jamo
constexpr uint32_t kLeadingCount = 19;
constexpr uint32_t kVowelCount = 21;
constexpr uint32_t kTrailingCount = 28;
constexpr uint32_t kSyllablesPerLeading = kVowelCount * kTrailingCount;
constexpr uint32_t kHangulCount = kLeadingCount * kSyllablesPerLeading;

bool is_hangul_syllable(uint32_t c) { return c >= kHangulFirst && c < kHangulFirst + kHangulCount; }

const PropertyRecord& record_of(uint32_t c) {
  if (c > kMaxCodePoint) c = 0x10FFFF;  // unassigned, like any noncharacter
  const uint32_t block = kPropertyBlockIndex[c >> kPropertyShift];
  return kPropertyRecords[kPropertyBlocks[(block << kPropertyShift) |
                                          (c & ((1u << kPropertyShift) - 1))]];
}

int combining_class(uint32_t c) { return c < 0x300 ? 0 : record_of(c).combining; }

const Decomposition* find_decomposition(uint32_t c) {
  const auto* end = std::end(kDecompositions);
  const auto* it =
      std::lower_bound(std::begin(kDecompositions), end, c,
                       [](const Decomposition& d, uint32_t v) { return d.code_point < v; });
  return (it != end && it->code_point == c) ? it : nullptr;
}

// The entry for `c` of a table sorted by code point, or null.
template <typename Entry, size_t N>
const Entry* find_entry(const Entry (&table)[N], uint32_t c) {
  const auto* end = std::end(table);
  const auto* it = std::lower_bound(std::begin(table), end, c,
                                    [](const Entry& e, uint32_t v) { return e.code_point < v; });
  return (it != end && it->code_point == c) ? it : nullptr;
}

void append_decomposed(std::u32string& out, uint32_t c, bool compatibility,
                       UnicodeVersion version) {
  if (is_hangul_syllable(c)) {
    const uint32_t index = c - kHangulFirst;
    out.push_back(kLeadingFirst + index / kSyllablesPerLeading);
    out.push_back(kVowelFirst + (index % kSyllablesPerLeading) / kTrailingCount);
    if (index % kTrailingCount != 0) out.push_back(kTrailingFirst + index % kTrailingCount);
    return;
  }
  if (version == UnicodeVersion::kVersion320) {
    // Decompositions corrected after 3.2 keep their old mapping there.
    if (const CodePointMapping* corrected = find_entry(kNormalizationCorrections32, c)) {
      append_decomposed(out, corrected->to, compatibility, version);
      return;
    }
    if (unicode_assigned_after_3_2(c)) {
      out.push_back(c);
      return;
    }
  }
  const Decomposition* d = find_decomposition(c);
  const uint32_t header = d != nullptr ? kDecompositionData[d->offset] : 0;
  const bool canonical = (header >> 8) == 0;
  if (d == nullptr || (!canonical && !compatibility)) {
    out.push_back(c);
    return;
  }
  for (uint32_t i = 1; i <= (header & 0xFF); ++i) {
    append_decomposed(out, kDecompositionData[d->offset + i], compatibility, version);
  }
}

// Canonical ordering: each run of non-starters sorted by combining class,
// keeping the order of equal classes (an insertion sort: runs are short).
void reorder_canonically(std::u32string& text) {
  for (size_t i = 1; i < text.size(); ++i) {
    const uint32_t c = text[i];
    const int cc = combining_class(c);
    if (cc == 0) continue;
    size_t j = i;
    while (j > 0 && combining_class(text[j - 1]) > cc) {
      text[j] = text[j - 1];
      --j;
    }
    text[j] = c;
  }
}

// The primary composite of a pair, 0 when they do not compose.
uint32_t compose_pair(uint32_t first, uint32_t second) {
  if (first >= kLeadingFirst && first < kLeadingFirst + kLeadingCount && second >= kVowelFirst &&
      second < kVowelFirst + kVowelCount) {
    return kHangulFirst +
           ((first - kLeadingFirst) * kVowelCount + (second - kVowelFirst)) * kTrailingCount;
  }
  if (is_hangul_syllable(first) && (first - kHangulFirst) % kTrailingCount == 0 &&
      second > kTrailingFirst && second < kTrailingFirst + kTrailingCount) {
    return first + (second - kTrailingFirst);
  }
  const auto* end = std::end(kCompositions);
  const auto* it = std::lower_bound(std::begin(kCompositions), end, std::pair{first, second},
                                    [](const Composition& c, std::pair<uint32_t, uint32_t> key) {
                                      return std::pair{c.first, c.second} < key;
                                    });
  return (it != end && it->first == first && it->second == second) ? it->composite : 0;
}

// Canonical composition of a decomposed, canonically ordered text: each
// character joins the last starter unless a character between them blocks
// it (a starter, or one of the same or a higher combining class; in ordered
// text the last one between is the highest).
std::u32string compose(const std::u32string& text) {
  std::u32string out;
  out.reserve(text.size());
  size_t starter = std::u32string::npos;
  int last_class = 0;
  for (const uint32_t c : text) {
    const int cc = combining_class(c);
    if (starter != std::u32string::npos) {
      const bool adjacent = starter == out.size() - 1;
      if (adjacent || (last_class != 0 && last_class < cc)) {
        if (const uint32_t composite = compose_pair(out[starter], c)) {
          out[starter] = composite;
          continue;
        }
      }
    }
    if (cc == 0) starter = out.size();
    out.push_back(c);
    last_class = cc;
  }
  return out;
}

}  // namespace

bool unicode_assigned_after_3_2(uint32_t code_point) {
  const auto* end = std::end(kUnassignedIn32);
  const auto* it =
      std::upper_bound(std::begin(kUnassignedIn32), end, code_point,
                       [](uint32_t v, const CodePointRange& r) { return v < r.first; });
  return it != std::begin(kUnassignedIn32) && code_point <= (it - 1)->last;
}

UnicodeProperties unicode_properties(uint32_t code_point, UnicodeVersion version) {
  const PropertyRecord* record = &record_of(code_point);
  if (version == UnicodeVersion::kVersion320) {
    if (const PropertyChange* change = find_entry(kPropertiesIn32, code_point)) {
      record = &change->record;
    } else if (unicode_assigned_after_3_2(code_point)) {
      record = &kUnassignedIn32Record;
    }
  }
  const PropertyRecord& r = *record;
  return {kCategoryNames[r.category], kBidirectionalNames[r.bidirectional], r.combining,
          kEastAsianWidthNames[r.east_asian_width], r.mirrored != 0};
}

std::string unicode_decomposition(uint32_t code_point, UnicodeVersion version) {
  if (version == UnicodeVersion::kVersion320 && unicode_assigned_after_3_2(code_point)) return "";
  const Decomposition* d = find_decomposition(code_point);
  if (d == nullptr) return "";
  const uint32_t header = kDecompositionData[d->offset];
  std::string text = kDecompositionTags[header >> 8];
  for (uint32_t i = 1; i <= (header & 0xFF); ++i) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", kDecompositionData[d->offset + i]);
    if (!text.empty()) text += ' ';
    text += hex;
  }
  return text;
}

std::optional<double> unicode_numeric_value(uint32_t code_point, NumericKind kind,
                                            UnicodeVersion version) {
  // As in CPython, digit() answers from the current database in either view.
  if (version == UnicodeVersion::kVersion320 && kind != NumericKind::kDigit) {
    if (unicode_assigned_after_3_2(code_point)) return std::nullopt;
    if (const NumericChange* change = find_entry(kNumericIn32, code_point)) {
      if (kind == NumericKind::kDecimal) {
        return change->decimal >= 0 ? std::optional<double>(change->decimal) : std::nullopt;
      }
      return std::isnan(change->numeric) ? std::nullopt : std::optional<double>(change->numeric);
    }
  }
  const auto* end = std::end(kNumericEntries);
  const auto* it =
      std::lower_bound(std::begin(kNumericEntries), end, code_point,
                       [](const NumericEntry& e, uint32_t v) { return e.code_point < v; });
  if (it == end || it->code_point != code_point || it->kind < static_cast<int>(kind))
    return std::nullopt;
  return kNumericValues[it->value_index];
}

bool unicode_quick_check_yes(std::string_view text, NormalForm form) {
  const uint8_t ruled_out = form == NormalForm::kNfd    ? kQuickNfdNo
                            : form == NormalForm::kNfkd ? kQuickNfkdNo
                            : form == NormalForm::kNfc  ? kQuickNfcNo | kQuickNfcMaybe
                                                        : kQuickNfkcNo | kQuickNfkcMaybe;
  int previous_class = 0;
  for (size_t pos = 0; pos < text.size();) {
    const uint32_t c = utf8_decode_at(text, &pos);
    if (c < 0x80) {
      previous_class = 0;
      continue;
    }
    const int cc = combining_class(c);
    if (cc != 0 && previous_class > cc) return false;
    previous_class = cc;
    const auto* it =
        std::upper_bound(std::begin(kQuickCheckRanges), std::end(kQuickCheckRanges), c,
                         [](uint32_t v, const QuickCheckRange& r) { return v < r.first; });
    if (((it - 1)->flags & ruled_out) != 0) return false;
  }
  return true;
}

std::string unicode_normalize(std::string_view text, NormalForm form, UnicodeVersion version) {
  const bool compatibility = form == NormalForm::kNfkc || form == NormalForm::kNfkd;
  std::u32string decomposed;
  decomposed.reserve(text.size());
  for (size_t pos = 0; pos < text.size();)
    append_decomposed(decomposed, utf8_decode_at(text, &pos), compatibility, version);
  reorder_canonically(decomposed);
  const bool composed = form == NormalForm::kNfc || form == NormalForm::kNfkc;
  const std::u32string result = composed ? compose(decomposed) : decomposed;
  std::string out;
  out.reserve(text.size());
  for (const uint32_t c : result) utf8_append(out, c);
  return out;
}

}  // namespace pyvm
