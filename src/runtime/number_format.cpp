// SPDX-License-Identifier: GPL-3.0-or-later
// Python's text formatting of numbers and strings (see number_format.h).
//
// Digits come from std::to_chars, which is exact: shortest round-trip digits
// for repr, correctly rounded (ties to even) digits for a fixed precision.
// On top of that sit ports of CPython's layout rules: format_float_short()
// in Python/pystrtod.c (where the point and exponent go), calc_number_widths()
// and _PyUnicode_InsertThousandsGrouping() (padding and grouping), and the
// `%` operator's unicode_format_arg_output().
#include "runtime/number_format.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <new>
#include <string>
#include <system_error>

#include "runtime/out_of_memory.h"

namespace pyvm {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// ---------------------------------------------------------------------------
// UTF-8 and the few Unicode properties Python's parsers consult
// ---------------------------------------------------------------------------

// Decodes the code point starting at text[*pos] and advances *pos. Lenient on
// purpose: a byte that cannot start a sequence, or a truncated sequence,
// stands for itself, so counting and slicing never fail on odd input.
char32_t next_code_point(std::string_view text, std::size_t* pos) {
  const auto lead = static_cast<unsigned char>(text[*pos]);
  std::size_t length = 1;
  char32_t value = lead;
  if (lead >= 0xF0 && lead <= 0xF7) {
    length = 4;
    value = lead & 0x07;
  } else if (lead >= 0xE0) {
    length = 3;
    value = lead & 0x0F;
  } else if (lead >= 0xC0) {
    length = 2;
    value = lead & 0x1F;
  }
  if (lead >= 0xF8 || *pos + length > text.size()) {
    length = 1;
    value = lead;
  }
  for (std::size_t i = 1; i < length; ++i) {
    value = (value << 6) | (static_cast<unsigned char>(text[*pos + i]) & 0x3F);
  }
  *pos += length;
  return value;
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

std::u32string decode_utf8(std::string_view text) {
  std::u32string code_points;
  for (std::size_t pos = 0; pos < text.size();) code_points.push_back(next_code_point(text, &pos));
  return code_points;
}

std::int64_t count_code_points(std::string_view text) {
  std::int64_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) next_code_point(text, &pos);
  return count;
}

// The first `count` code points of text.
std::string_view prefix_code_points(std::string_view text, std::int64_t count) {
  std::size_t pos = 0;
  for (std::int64_t i = 0; i < count && pos < text.size(); ++i) next_code_point(text, &pos);
  return text.substr(0, pos);
}

// Fails with std::bad_alloc (see the header) when `bytes` of padding cannot
// be allocated, before a std::string grows towards it: sanitizer builds end
// the process when the standard allocator fails.
void check_room_for_padding(std::int64_t bytes) {
  constexpr std::int64_t kUnchecked = std::int64_t{1} << 24;
  if (bytes > kUnchecked && !memory_available(static_cast<std::size_t>(bytes) * 2)) throw std::bad_alloc();
}

void append_repeated(std::string* out, char32_t code_point, std::int64_t count) {
  if (count <= 0) return;
  // A width near the largest int64 (CPython's ssize_t) is no allocation.
  if (count > std::numeric_limits<std::int64_t>::max() / 8) throw std::bad_alloc();
  check_room_for_padding(count * 4);
  if (code_point < 0x80) {
    out->append(static_cast<std::size_t>(count), static_cast<char>(code_point));
    return;
  }
  std::string one;
  append_utf8(&one, code_point);
  out->reserve(out->size() + one.size() * static_cast<std::size_t>(count));
  for (std::int64_t i = 0; i < count; ++i) out->append(one);
}

// The code points of digit zero of every run of ten Unicode decimal digits
// (category Nd), as of Unicode 14.0 (CPython 3.11). Python accepts any of them
// where it reads a number: in format-spec widths and in float(str).
constexpr std::array<char32_t, 66> kDecimalZeros = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
    0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,
    0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,
    0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

// Py_UNICODE_TODECIMAL: the digit's value, or -1.
int decimal_value(char32_t code_point) {
  if (code_point < 0x80) {
    return code_point >= U'0' && code_point <= U'9' ? static_cast<int>(code_point - U'0') : -1;
  }
  auto after = std::upper_bound(kDecimalZeros.begin(), kDecimalZeros.end(), code_point);
  if (after == kDecimalZeros.begin()) return -1;
  const char32_t offset = code_point - *(after - 1);
  return offset < 10 ? static_cast<int>(offset) : -1;
}

// Py_UNICODE_ISSPACE.
bool is_unicode_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// Py_ISSPACE: ASCII whitespace only.
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// ---------------------------------------------------------------------------
// Decimal digits of a double (the role of _Py_dg_dtoa)
// ---------------------------------------------------------------------------

// |value| == 0.D1D2...Dn * 10**decimal_point, with no trailing zeros. Zero is
// "0" with decimal_point 1; a fixed-precision result that rounds to zero may
// also be "" (as dtoa returns it).
struct DecimalDigits {
  std::string digits;
  std::int64_t decimal_point = 0;
};

// No double has more than 767 significant decimal digits or more than 1074
// digits after the point, so asking to_chars for more only adds zeros.
constexpr int kMaxSignificantDigits = 770;
constexpr int kMaxFractionDigits = 1080;
// Room for the longest fixed rendering: 309 integer digits, the point and
// kMaxFractionDigits.
using CharsBuffer = std::array<char, 1500>;

void strip_trailing_zeros(DecimalDigits* digits) {
  const std::size_t last = digits->digits.find_last_not_of('0');
  digits->digits.erase(last == std::string::npos ? 0 : last + 1);
}

// Reads to_chars' scientific form "d[.ddd]e[+-]xx" of a non-negative value.
DecimalDigits from_scientific(std::string_view text) {
  DecimalDigits result;
  const std::size_t e = text.find('e');
  for (char c : text.substr(0, e)) {
    if (c != '.') result.digits.push_back(c);
  }
  int exponent = 0;
  std::string_view exponent_text = text.substr(e + 1);
  if (exponent_text.front() == '+') exponent_text.remove_prefix(1);
  std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
  result.decimal_point = exponent + 1;
  strip_trailing_zeros(&result);
  if (result.digits.empty()) result = {"0", 1};
  return result;
}

// dtoa mode 0: the shortest digits that round-trip.
DecimalDigits shortest_digits(double magnitude) {
  CharsBuffer buffer;
  auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                           std::chars_format::scientific)
                 .ptr;
  return from_scientific(std::string_view(buffer.data(), end - buffer.data()));
}

// dtoa mode 2: `count` (>= 1) significant digits, correctly rounded.
DecimalDigits significant_digits(double magnitude, std::int64_t count) {
  CharsBuffer buffer;
  const int precision = static_cast<int>(std::min<std::int64_t>(count, kMaxSignificantDigits)) - 1;
  auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                           std::chars_format::scientific, precision)
                 .ptr;
  return from_scientific(std::string_view(buffer.data(), end - buffer.data()));
}

// dtoa mode 3: `count` (>= 0) digits after the point, correctly rounded.
DecimalDigits fixed_digits(double magnitude, std::int64_t count) {
  CharsBuffer buffer;
  const int precision = static_cast<int>(std::min<std::int64_t>(count, kMaxFractionDigits));
  auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                           std::chars_format::fixed, precision)
                 .ptr;
  DecimalDigits result;
  std::int64_t integer_digits = 0;
  bool seen_point = false;
  for (const char* p = buffer.data(); p != end; ++p) {
    if (*p == '.') {
      seen_point = true;
      continue;
    }
    if (!seen_point) ++integer_digits;
    // Leading zeros move the point left instead of being stored.
    if (result.digits.empty() && *p == '0') {
      --integer_digits;
      continue;
    }
    result.digits.push_back(*p);
  }
  result.decimal_point = integer_digits;
  strip_trailing_zeros(&result);
  if (result.digits.empty()) {
    result.decimal_point = -count;
    if (magnitude == 0) result = {"0", 1};
  }
  return result;
}

// dtoa mode 3 with a negative count: round to a multiple of 10**-count. The
// exact digits are rounded by hand so a tie is judged on the exact value.
DecimalDigits rounded_to_power_of_ten(double magnitude, std::int64_t count) {
  DecimalDigits exact = significant_digits(magnitude, kMaxSignificantDigits);
  const std::int64_t keep = exact.decimal_point + count;
  const auto length = static_cast<std::int64_t>(exact.digits.size());
  if (keep >= length) return exact;
  DecimalDigits zero{"", -count};
  if (keep < 0) return zero;
  const char dropped = exact.digits[keep];
  const bool rest_nonzero = exact.digits.find_first_not_of('0', keep + 1) != std::string::npos;
  const bool kept_odd = keep > 0 && (exact.digits[keep - 1] - '0') % 2 == 1;
  const bool round_up = dropped > '5' || (dropped == '5' && (rest_nonzero || kept_odd));
  DecimalDigits result{exact.digits.substr(0, keep), exact.decimal_point};
  if (round_up) {
    std::int64_t i = keep - 1;
    while (i >= 0 && result.digits[i] == '9') result.digits[i--] = '0';
    if (i >= 0) {
      ++result.digits[i];
    } else {
      result.digits.insert(result.digits.begin(), '1');
      ++result.decimal_point;
    }
  }
  strip_trailing_zeros(&result);
  return result.digits.empty() ? zero : result;
}

// ---------------------------------------------------------------------------
// PyOS_double_to_string
// ---------------------------------------------------------------------------

struct DoubleStyle {
  bool add_dot_0 = false;         // Py_DTSF_ADD_DOT_0: "1.0", not "1"
  bool alternate = false;         // Py_DTSF_ALT: keep the point and 'g' zeros
  bool no_negative_zero = false;  // Py_DTSF_NO_NEG_0: the 'z' option
};

void append_exponent(std::string* out, std::int64_t exponent, bool upper) {
  out->push_back(upper ? 'E' : 'e');
  out->push_back(exponent < 0 ? '-' : '+');
  const std::int64_t magnitude = exponent < 0 ? -exponent : exponent;
  if (magnitude < 10) out->push_back('0');
  out->append(std::to_string(magnitude));
}

// `code` is one of e E f F g G, or 'r' for repr's shortest digits (precision
// unused). The result has a '-' for negative values and no other sign.
std::string render_double(double value, char code, std::int64_t precision, DoubleStyle style) {
  const bool upper = code == 'E' || code == 'F' || code == 'G';
  if (std::isnan(value)) return upper ? "NAN" : "nan";  // the sign of a NaN is never shown
  bool negative = std::signbit(value);
  if (std::isinf(value)) return std::string(negative ? "-" : "") + (upper ? "INF" : "inf");
  code = static_cast<char>(upper ? code - 'A' + 'a' : code);
  const double magnitude = std::fabs(value);
  DecimalDigits digits;
  switch (code) {
    case 'e':
      ++precision;  // the digit before the point counts too
      digits = significant_digits(magnitude, precision);
      break;
    case 'f':
      digits = fixed_digits(magnitude, precision);
      break;
    case 'g':
      if (precision == 0) precision = 1;
      digits = significant_digits(magnitude, precision);
      break;
    default:
      digits = shortest_digits(magnitude);
      break;
  }
  if (style.no_negative_zero && negative && (digits.digits.empty() || digits.digits == "0")) {
    negative = false;
  }

  // Output is a slice [start, end) of the digit string extended with zeros
  // on both sides, with the point before index `point`.
  const auto length = static_cast<std::int64_t>(digits.digits.size());
  std::int64_t point = digits.decimal_point;
  std::int64_t end = length;
  bool use_exponent = false;
  switch (code) {
    case 'e':
      use_exponent = true;
      end = precision;
      break;
    case 'f':
      end = point + precision;
      break;
    case 'g':
      use_exponent = point <= -4 || point > (style.add_dot_0 ? precision - 1 : precision);
      if (style.alternate) end = precision;
      break;
    default:
      // repr switches to exponent notation at 1e16, where a 17-digit
      // integer would show digits that the shortest repr does not have.
      use_exponent = point <= -4 || point > 16;
      break;
  }
  std::int64_t exponent = 0;
  if (use_exponent) {
    exponent = point - 1;
    point = 1;
  }
  const std::int64_t start = point <= 0 ? point - 1 : 0;
  end = std::max(end, !use_exponent && style.add_dot_0 ? point + 1 : point);

  std::string out;
  out.reserve(static_cast<std::size_t>(end - start) + 8);
  if (negative) out.push_back('-');
  for (std::int64_t i = start; i < end; ++i) {
    if (i == point) out.push_back('.');
    out.push_back(i >= 0 && i < length ? digits.digits[i] : '0');
  }
  if (point == end && style.alternate) out.push_back('.');
  if (use_exponent) append_exponent(&out, exponent, upper);
  return out;
}

// ---------------------------------------------------------------------------
// Number layout: sign, prefix, padding, grouping (calc_number_widths)
// ---------------------------------------------------------------------------

// A number split the way CPython's parse_number() splits it.
struct NumberParts {
  bool negative = false;
  std::string_view prefix = {};     // "0x" and the like
  std::string_view digits = {};     // the integer digits, which grouping applies to
  bool has_decimal = false;         // a '.' follows the digits
  std::string_view remainder = {};  // after the point (or the digits): fraction, exponent, '%'
};

NumberParts split_number(std::string_view text) {
  NumberParts parts;
  if (!text.empty() && text.front() == '-') {
    parts.negative = true;
    text.remove_prefix(1);
  }
  std::size_t digits_end = 0;
  while (digits_end < text.size() && is_ascii_digit(text[digits_end])) ++digits_end;
  parts.digits = text.substr(0, digits_end);
  parts.has_decimal = digits_end < text.size() && text[digits_end] == '.';
  parts.remainder = text.substr(digits_end + (parts.has_decimal ? 1 : 0));
  return parts;
}

// _PyUnicode_InsertThousandsGrouping: groups of `group_size` digits joined by
// `separator` ('\0': no grouping), padded with '0' digits (and separators) to
// at least `min_width` characters.
std::string group_digits(std::string_view digits, std::int64_t min_width, char separator,
                         std::int64_t group_size) {
  min_width = std::max<std::int64_t>(min_width, 0);
  check_room_for_padding(min_width);
  std::int64_t remaining = static_cast<std::int64_t>(digits.size());
  if (separator == '\0') {  // zeros to the width (at least one digit), then the digits
    const std::int64_t zeros = std::max<std::int64_t>(min_width, 1) - remaining;
    std::string out(static_cast<std::size_t>(std::max<std::int64_t>(0, zeros)), '0');
    out.append(digits);
    return out;
  }
  std::string reversed;  // built from the right
  auto take = [&](std::int64_t width) {
    const std::int64_t zeros = std::max<std::int64_t>(0, width - remaining);
    const std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, width));
    for (std::int64_t i = 0; i < chars; ++i) reversed.push_back(digits[remaining - 1 - i]);
    reversed.append(static_cast<std::size_t>(zeros), '0');
    remaining -= chars;
    min_width -= width;
  };
  for (bool first = true;; first = false) {
    if (!first) reversed.push_back(separator);
    take(std::min(group_size, std::max({remaining, min_width, std::int64_t{1}})));
    if (remaining <= 0 && min_width <= 0) break;
    --min_width;  // the separator about to be written takes one column
  }
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

std::string layout_number(const NumberParts& parts, const FormatSpec& spec, char separator,
                          std::int64_t group_size) {
  char sign = parts.negative ? '-' : '\0';
  if (spec.sign == '+' && !parts.negative) sign = '+';
  if (spec.sign == ' ' && !parts.negative) sign = ' ';
  const std::int64_t non_digits = (sign ? 1 : 0) + static_cast<std::int64_t>(parts.prefix.size()) +
                                  (parts.has_decimal ? 1 : 0) + count_code_points(parts.remainder);
  // Zero padding goes inside the digits, so that it is grouped too.
  const bool zero_fill = spec.fill == U'0' && spec.align == '=';
  // Digits that need neither grouping nor zeros are used as they are.
  std::string grouped_digits;
  std::string_view grouped = parts.digits;
  if (!parts.digits.empty() && (zero_fill || separator != '\0')) {
    grouped_digits =
        group_digits(parts.digits, zero_fill ? spec.width - non_digits : 0, separator, group_size);
    grouped = grouped_digits;
  }
  const std::int64_t padding = spec.width - non_digits - static_cast<std::int64_t>(grouped.size());
  std::int64_t left = 0, inner = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        right = padding;
        break;
      case '^':
        left = padding / 2;
        right = padding - left;
        break;
      case '=':
        inner = padding;
        break;
      default:
        left = padding;
        break;
    }
  }
  std::string out;
  append_repeated(&out, spec.fill, left);
  if (sign) out.push_back(sign);
  out.append(parts.prefix);
  append_repeated(&out, spec.fill, inner);
  out.append(grouped);
  if (parts.has_decimal) out.push_back('.');
  out.append(parts.remainder);
  append_repeated(&out, spec.fill, right);
  return out;
}

// ---------------------------------------------------------------------------
// Format-spec parsing
// ---------------------------------------------------------------------------

FormatError value_error(std::string message) {
  return {FormatErrorKind::kValueError, std::move(message)};
}

// A presentation type or separator as CPython's messages show it: the
// character itself when printable ASCII, else \x followed by its hex code.
std::string describe_char(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char hex[16];
  const auto end = std::to_chars(hex, hex + sizeof hex, static_cast<std::uint32_t>(c), 16).ptr;
  return "\\x" + std::string(hex, end);
}

// CPython prints type names with "%.200s".
std::string_view clip_type_name(std::string_view type_name) {
  if (type_name.size() <= 200) return type_name;
  std::size_t cut = 200;
  while (cut > 0 && (static_cast<unsigned char>(type_name[cut]) & 0xC0) == 0x80) --cut;
  return type_name.substr(0, cut);
}

bool is_alignment(char32_t c) { return c == U'<' || c == U'>' || c == U'=' || c == U'^'; }

bool is_known_type(char32_t type, FormatTarget target) {
  std::u32string_view known;
  switch (target) {
    case FormatTarget::kString:
      known = U"s";
      break;
    case FormatTarget::kInteger:
      known = U"bcdoxXneEfFgG%";
      break;
    case FormatTarget::kFloat:
      if (type == U'\0') return true;
      known = U"eEfFgGn%";
      break;
  }
  return known.find(type) != std::u32string_view::npos;
}

// get_integer(): a run of (Unicode) decimal digits. Returns false on overflow
// of a Py_ssize_t; *value stays -1 when there are no digits.
bool read_integer(std::u32string_view spec, std::size_t* pos, std::int64_t* value) {
  std::int64_t accumulator = 0;
  std::size_t start = *pos;
  for (; *pos < spec.size(); ++*pos) {
    const int digit = decimal_value(spec[*pos]);
    if (digit < 0) break;
    if (accumulator > (INT64_MAX - digit) / 10) return false;
    accumulator = accumulator * 10 + digit;
  }
  if (*pos > start) *value = accumulator;
  return true;
}

// ---------------------------------------------------------------------------
// printf-style output (unicode_format_arg_output)
// ---------------------------------------------------------------------------

std::string printf_number(const PrintfSpec& spec, bool negative, std::string_view prefix,
                          std::string_view body) {
  char sign = '\0';
  if (negative) {
    sign = '-';
  } else if (spec.plus_sign) {
    sign = '+';
  } else if (spec.space_sign) {
    sign = ' ';
  }
  const auto length = (sign ? 1 : 0) + static_cast<std::int64_t>(prefix.size() + body.size());
  const std::int64_t padding = std::max<std::int64_t>(0, spec.width - length);
  check_room_for_padding(padding);
  std::string out;
  out.reserve(static_cast<std::size_t>(length + padding));
  // With '0' the zeros go between the sign/prefix and the digits; with '-'
  // the padding is always spaces on the right.
  if (!spec.left_adjust && !spec.zero_pad) out.append(static_cast<std::size_t>(padding), ' ');
  if (sign) out.push_back(sign);
  out.append(prefix);
  if (!spec.left_adjust && spec.zero_pad) out.append(static_cast<std::size_t>(padding), '0');
  out.append(body);
  if (spec.left_adjust) out.append(static_cast<std::size_t>(padding), ' ');
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------

std::string float_repr(double value) {
  return render_double(value, 'r', 0, DoubleStyle{.add_dot_0 = true});
}

namespace {

FormatSpecResult parse_format_spec_text(std::string_view text, FormatTarget target,
                                        std::string_view type_name);

// The specs parsed last on this thread: an f-string in a loop formats with
// the same few specs over and over (`{i:06d}`), and parsing one costs more
// than the formatting. Only specs that parsed cleanly are kept (an error's
// message names the type); a spec is found by its text and target.
struct ParsedSpec {
  char text[14];
  uint8_t length = 0xFF;  // (no entry)
  FormatTarget target;
  FormatSpec spec;
};
thread_local ParsedSpec g_parsed_specs[8];

}  // namespace

FormatSpecResult parse_format_spec(std::string_view text, FormatTarget target,
                                   std::string_view type_name) {
  if (text.size() > sizeof(ParsedSpec::text)) return parse_format_spec_text(text, target, type_name);
  const size_t slot = (text.size() * 7 + (text.empty() ? 0 : static_cast<unsigned char>(text.back())) +
                       static_cast<size_t>(target) * 3) % std::size(g_parsed_specs);
  ParsedSpec& entry = g_parsed_specs[slot];
  if (entry.length == text.size() && entry.target == target &&
      std::memcmp(entry.text, text.data(), text.size()) == 0) {
    return {entry.spec, std::nullopt};
  }
  FormatSpecResult result = parse_format_spec_text(text, target, type_name);
  if (result.ok()) {
    std::memcpy(entry.text, text.data(), text.size());
    entry.length = static_cast<uint8_t>(text.size());
    entry.target = target;
    entry.spec = result.spec;
  }
  return result;
}

namespace {

FormatSpecResult parse_format_spec_text(std::string_view text, FormatTarget target,
                                        std::string_view type_name) {
  FormatSpecResult result;
  FormatSpec& spec = result.spec;
  const char default_align = target == FormatTarget::kString ? '<' : '>';
  spec.align = default_align;
  spec.type = target == FormatTarget::kString    ? U's'
              : target == FormatTarget::kInteger ? U'd'
                                                 : U'\0';
  // (A spec is nearly always a few ASCII characters: widened in place.)
  char32_t ascii_points[32];
  std::u32string decoded;
  std::u32string_view code_points;
  auto is_ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
  if (text.size() <= std::size(ascii_points) && std::all_of(text.begin(), text.end(), is_ascii)) {
    std::copy(text.begin(), text.end(), ascii_points);
    code_points = std::u32string_view(ascii_points, text.size());
  } else {
    decoded = decode_utf8(text);
    code_points = decoded;
  }
  const std::size_t end = code_points.size();
  std::size_t pos = 0;
  auto at = [&](char32_t c) { return pos < end && code_points[pos] == c; };

  bool align_given = false;
  bool fill_given = false;
  if (end - pos >= 2 && is_alignment(code_points[pos + 1])) {
    spec.fill = code_points[pos];
    spec.align = static_cast<char>(code_points[pos + 1]);
    fill_given = align_given = true;
    pos += 2;
  } else if (pos < end && is_alignment(code_points[pos])) {
    spec.align = static_cast<char>(code_points[pos]);
    align_given = true;
    ++pos;
  }
  if (at(U'+') || at(U'-') || at(U' ')) spec.sign = static_cast<char>(code_points[pos++]);
  if (at(U'z')) {
    spec.no_negative_zero = true;
    ++pos;
  }
  if (at(U'#')) {
    spec.alternate = true;
    ++pos;
  }
  // The '0' flag: fill with zeros, and for numbers put them after the sign.
  if (!fill_given && at(U'0')) {
    spec.fill = U'0';
    if (!align_given && default_align == '>') spec.align = '=';
    ++pos;
  }
  auto too_many_digits = [] { return value_error("Too many decimal digits in format string"); };
  if (!read_integer(code_points, &pos, &spec.width)) {
    result.error = too_many_digits();
    return result;
  }
  auto comma_and_underscore = [] { return value_error("Cannot specify both ',' and '_'."); };
  if (at(U',')) {
    spec.grouping = ',';
    ++pos;
  }
  if (at(U'_')) {
    if (spec.grouping != '\0') {
      result.error = comma_and_underscore();
      return result;
    }
    spec.grouping = '_';
    ++pos;
  }
  // "_," is caught here; ",," is left for the type check below (type ',').
  if (at(U',') && spec.grouping == '_') {
    result.error = comma_and_underscore();
    return result;
  }
  if (at(U'.')) {
    ++pos;
    const std::size_t digits_start = pos;
    if (!read_integer(code_points, &pos, &spec.precision)) {
      result.error = too_many_digits();
      return result;
    }
    if (pos == digits_start) {
      result.error = value_error("Format specifier missing precision");
      return result;
    }
  }
  if (end - pos > 1) {
    result.error =
        value_error("Invalid format specifier '" + std::string(text) + "' for object of type '" +
                    std::string(clip_type_name(type_name)) + "'");
    return result;
  }
  if (end - pos == 1) spec.type = code_points[pos];

  if (spec.grouping != '\0') {
    const bool decimal_type =
        std::u32string_view(U"defgEGF%").find(spec.type) != std::u32string_view::npos ||
        spec.type == U'\0';
    const bool power_of_two_type =
        std::u32string_view(U"boxX").find(spec.type) != std::u32string_view::npos;
    if (!decimal_type && !(power_of_two_type && spec.grouping == '_')) {
      result.error = value_error("Cannot specify '" + std::string(1, spec.grouping) + "' with '" +
                                 describe_char(spec.type) + "'.");
      return result;
    }
  }
  if (!is_known_type(spec.type, target)) {
    result.error =
        value_error("Unknown format code '" + describe_char(spec.type) + "' for object of type '" +
                    std::string(clip_type_name(type_name)) + "'");
  }
  return result;
}

}  // namespace

FormatResult format_string(const FormatSpec& spec, std::string_view text) {
  FormatResult result;
  if (spec.sign == ' ') {
    result.error = value_error("Space not allowed in string format specifier");
  } else if (spec.sign != '\0') {
    result.error = value_error("Sign not allowed in string format specifier");
  } else if (spec.no_negative_zero) {
    result.error = value_error("Negative zero coercion (z) not allowed in string format specifier");
  } else if (spec.alternate) {
    result.error = value_error("Alternate form (#) not allowed in string format specifier");
  } else if (spec.align == '=') {
    result.error = value_error("'=' alignment not allowed in string format specifier");
  }
  if (result.error) return result;

  if (spec.precision >= 0) text = prefix_code_points(text, spec.precision);
  const std::int64_t length = count_code_points(text);
  const std::int64_t padding = std::max<std::int64_t>(0, spec.width - length);
  const std::int64_t left = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
  append_repeated(&result.text, spec.fill, left);
  result.text.append(text);
  append_repeated(&result.text, spec.fill, padding - left);
  return result;
}

int integer_format_base(const FormatSpec& spec) {
  switch (spec.type) {
    case U'b':
      return 2;
    case U'o':
      return 8;
    case U'x':
    case U'X':
      return 16;
    case U'c':
    case U'd':
    case U'n':
      return 10;
    default:
      return 0;
  }
}

FormatResult format_integer(const FormatSpec& spec, bool negative, std::string_view magnitude) {
  FormatResult result;
  if (spec.precision != -1) {
    result.error = value_error("Precision not allowed in integer format specifier");
    return result;
  }
  if (spec.no_negative_zero) {
    result.error =
        value_error("Negative zero coercion (z) not allowed in integer format specifier");
    return result;
  }
  if (spec.type == U'c') {
    if (spec.sign != '\0') {
      result.error = value_error("Sign not allowed with integer format specifier 'c'");
      return result;
    }
    if (spec.alternate) {
      result.error =
          value_error("Alternate form (#) not allowed with integer format specifier 'c'");
      return result;
    }
    // PyLong_AsLong first, so a value beyond a C long gets its own message.
    std::uint64_t value = 0;
    bool too_large = false;
    for (char digit : magnitude) {
      if (value > (UINT64_MAX - 9) / 10) too_large = true;
      if (!too_large) value = value * 10 + static_cast<std::uint64_t>(digit - '0');
    }
    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : INT64_MAX;
    if (too_large || value > limit) {
      result.error = {FormatErrorKind::kOverflowError, "Python int too large to convert to C long"};
      return result;
    }
    if ((negative && value != 0) || value > 0x10FFFF) {
      result.error = {FormatErrorKind::kOverflowError, "%c arg not in range(0x110000)"};
      return result;
    }
    std::string character;
    append_utf8(&character, static_cast<char32_t>(value));
    result.text = layout_number(NumberParts{.remainder = character}, spec, '\0', 3);
    return result;
  }

  std::string_view prefix;
  if (spec.alternate) {
    prefix = spec.type == U'b'   ? "0b"
             : spec.type == U'o' ? "0o"
             : spec.type == U'x' ? "0x"
             : spec.type == U'X' ? "0X"
                                 : "";
  }
  std::string digits(magnitude);
  if (spec.type == U'X') std::transform(digits.begin(), digits.end(), digits.begin(), ascii_upper);
  const std::int64_t group_size = integer_format_base(spec) == 10 ? 3 : 4;
  const NumberParts parts{.negative = negative, .prefix = prefix, .digits = digits};
  result.text = layout_number(parts, spec, spec.grouping, group_size);
  return result;
}

FormatResult format_float(const FormatSpec& spec, double value) {
  FormatResult result;
  if (spec.precision > INT_MAX) {
    result.error = value_error("precision too big");
    return result;
  }
  DoubleStyle style{.alternate = spec.alternate, .no_negative_zero = spec.no_negative_zero};
  char type = static_cast<char>(spec.type);
  std::int64_t precision = spec.precision;
  std::int64_t default_precision = 6;
  if (type == '\0') {
    // No type: repr's digits, or with a precision 'g' that keeps a ".0".
    style.add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  const bool percent = type == '%';
  if (percent) {
    type = 'f';
    value *= 100;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  std::string text = render_double(value, type, precision, style);
  if (percent) text.push_back('%');
  result.text = layout_number(split_number(text), spec, spec.grouping, 3);
  return result;
}

int printf_integer_base(char conversion) {
  switch (conversion) {
    case 'o':
      return 8;
    case 'x':
    case 'X':
      return 16;
    default:
      return 10;
  }
}

std::string printf_integer(const PrintfSpec& spec, bool negative, std::string_view magnitude) {
  std::string digits;
  const auto length = static_cast<std::int64_t>(magnitude.size());
  if (spec.precision > length)
    digits.append(static_cast<std::size_t>(spec.precision - length), '0');
  digits.append(magnitude);
  if (spec.conversion == 'X') {
    std::transform(digits.begin(), digits.end(), digits.begin(), ascii_upper);
  }
  std::string_view prefix;
  if (spec.alternate) {
    prefix = spec.conversion == 'o'   ? "0o"
             : spec.conversion == 'x' ? "0x"
             : spec.conversion == 'X' ? "0X"
                                      : "";
  }
  return printf_number(spec, negative, prefix, digits);
}

std::string printf_float(const PrintfSpec& spec, double value) {
  const std::int64_t precision = spec.precision < 0 ? 6 : spec.precision;
  std::string text =
      render_double(value, spec.conversion, precision, DoubleStyle{.alternate = spec.alternate});
  const bool negative = !text.empty() && text.front() == '-';
  return printf_number(spec, negative, "", std::string_view(text).substr(negative ? 1 : 0));
}

namespace {

// `text` between the spaces that pad it to the width, `length` long.
std::string printf_pad(const PrintfSpec& spec, std::string_view text, std::int64_t length) {
  const std::int64_t padding = std::max<std::int64_t>(0, spec.width - length);
  check_room_for_padding(padding);
  std::string out;
  if (!spec.left_adjust) out.append(static_cast<std::size_t>(padding), ' ');
  out.append(text);
  if (spec.left_adjust) out.append(static_cast<std::size_t>(padding), ' ');
  return out;
}

// The conversions whose precision truncates the text.
bool printf_truncates(const PrintfSpec& spec) {
  return spec.conversion == 's' || spec.conversion == 'r' || spec.conversion == 'a' ||
         spec.conversion == 'b';
}

}  // namespace

std::string printf_string(const PrintfSpec& spec, std::string_view text) {
  if (printf_truncates(spec) && spec.precision >= 0)
    text = prefix_code_points(text, spec.precision);
  return printf_pad(spec, text, count_code_points(text));
}

std::string printf_bytes(const PrintfSpec& spec, std::string_view data) {
  if (printf_truncates(spec) && spec.precision >= 0) {
    data = data.substr(0, static_cast<std::size_t>(std::min<std::int64_t>(
                              spec.precision, static_cast<std::int64_t>(data.size()))));
  }
  return printf_pad(spec, data, static_cast<std::int64_t>(data.size()));
}

double round_half_even(double value) {
  double rounded = std::round(value);
  if (std::fabs(value - rounded) == 0.5) rounded = 2.0 * std::round(value / 2.0);
  return rounded;
}

std::optional<double> round_double(double value, std::int64_t ndigits) {
  // Beyond these bounds every double rounds to itself, or to a signed zero
  // (CPython's NDIGITS_MAX and NDIGITS_MIN).
  constexpr std::int64_t kMaxDigits = 323;
  constexpr std::int64_t kMinDigits = -308;
  if (!std::isfinite(value) || ndigits > kMaxDigits) return value;
  if (ndigits < kMinDigits) return 0.0 * value;
  const double magnitude = std::fabs(value);
  const DecimalDigits digits =
      ndigits >= 0 ? fixed_digits(magnitude, ndigits) : rounded_to_power_of_ten(magnitude, ndigits);
  double rounded = 0.0;
  if (!digits.digits.empty()) {
    const std::string text =
        digits.digits + "e" +
        std::to_string(digits.decimal_point - static_cast<std::int64_t>(digits.digits.size()));
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), rounded);
    // Results are multiples of 10**-323 at the finest, so out of range can
    // only mean too large.
    if (error == std::errc::result_out_of_range) return std::nullopt;
  }
  return std::signbit(value) ? -rounded : rounded;
}

std::optional<double> parse_float(std::string_view text) {
  // _PyUnicode_TransformDecimalAndSpaceToASCII: any other non-ASCII character
  // makes the text invalid.
  std::string ascii;
  ascii.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = next_code_point(text, &pos);
    if (c < 127) {
      ascii.push_back(static_cast<char>(c));
    } else if (is_unicode_space(c)) {
      ascii.push_back(' ');
    } else if (const int digit = decimal_value(c); digit >= 0) {
      ascii.push_back(static_cast<char>('0' + digit));
    } else {
      return std::nullopt;
    }
  }
  // Underscores only between digits (checked on the whole text, so they
  // cannot touch the surrounding whitespace either).
  if (ascii.find('_') != std::string::npos) {
    std::string without;
    char previous = '\0';
    for (char c : ascii) {
      if (c == '_') {
        if (!is_ascii_digit(previous)) return std::nullopt;
      } else {
        if (previous == '_' && !is_ascii_digit(c)) return std::nullopt;
        without.push_back(c);
      }
      previous = c;
    }
    if (previous == '_') return std::nullopt;
    ascii = std::move(without);
  }
  std::string_view s = ascii;
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);

  double sign = 1.0;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
    if (s.front() == '-') sign = -1.0;
    s.remove_prefix(1);
  }
  auto equals_ignoring_case = [](std::string_view a, std::string_view lower) {
    if (a.size() != lower.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if ((a[i] | 0x20) != lower[i]) return false;
    }
    return true;
  };
  if (equals_ignoring_case(s, "inf") || equals_ignoring_case(s, "infinity")) {
    return std::copysign(kInfinity, sign);
  }
  if (equals_ignoring_case(s, "nan")) return std::copysign(kNan, sign);

  // digits [. digits] [(e|E) [sign] digits], with at least one mantissa digit.
  std::string mantissa;
  std::int64_t exponent = 0;  // of the last mantissa digit
  std::size_t pos = 0;
  for (; pos < s.size() && is_ascii_digit(s[pos]); ++pos) mantissa.push_back(s[pos]);
  if (pos < s.size() && s[pos] == '.') {
    for (++pos; pos < s.size() && is_ascii_digit(s[pos]); ++pos) {
      mantissa.push_back(s[pos]);
      --exponent;
    }
  }
  if (mantissa.empty()) return std::nullopt;
  if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
    ++pos;
    bool exponent_negative = false;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) exponent_negative = s[pos++] == '-';
    if (pos == s.size()) return std::nullopt;
    std::int64_t written = 0;
    for (; pos < s.size() && is_ascii_digit(s[pos]); ++pos) {
      // Saturate: anything this large already means inf or 0.
      written = std::min<std::int64_t>(written * 10 + (s[pos] - '0'), 1'000'000'000'000);
    }
    exponent += exponent_negative ? -written : written;
  }
  if (pos != s.size()) return std::nullopt;

  const std::size_t first = mantissa.find_first_not_of('0');
  if (first == std::string::npos) return std::copysign(0.0, sign);
  mantissa.erase(0, first);
  const std::size_t last = mantissa.find_last_not_of('0');
  exponent += static_cast<std::int64_t>(mantissa.size() - last - 1);
  mantissa.erase(last + 1);
  // |value| == 0.mantissa * 10**magnitude_exponent
  const std::int64_t magnitude_exponent = exponent + static_cast<std::int64_t>(mantissa.size());
  double magnitude = 0.0;
  if (magnitude_exponent > 310) {
    magnitude = kInfinity;
  } else if (magnitude_exponent >= -330) {
    const std::string digits = mantissa + "e" + std::to_string(exponent);
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
    if (error == std::errc::result_out_of_range) {
      magnitude = magnitude_exponent > 0 ? kInfinity : 0.0;
    }
  }
  return std::copysign(magnitude, sign);
}

}  // namespace pyvm
