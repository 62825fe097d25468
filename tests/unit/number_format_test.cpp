// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests for runtime/number_format: every expected string below was
// produced by CPython 3.11 (tests/unit/number_format_cases.py prints the
// tables; paste its output over them to regenerate or extend).
#include "runtime/number_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace pyvm {
namespace {

using namespace std::string_view_literals;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// A result as Python would show it: the text, or "Kind: message".
std::string describe(const FormatResult& result) {
  if (result.ok()) return result.text;
  const char* kind =
      result.error->kind == FormatErrorKind::kValueError ? "ValueError: " : "OverflowError: ";
  return kind + result.error->message;
}

std::string describe_error(const FormatError& error) { return describe(FormatResult{"", error}); }

// |value| of a decimal literal in `base`, lowercase, as the runtime renders
// an int's magnitude before calling format_integer().
std::string magnitude_in_base(std::string_view decimal, int base) {
  if (!decimal.empty() && decimal.front() == '-') decimal.remove_prefix(1);
  std::string number(decimal);
  std::string digits;
  while (number != "0" && !number.empty()) {
    std::string quotient;
    int remainder = 0;
    for (char c : number) {
      remainder = remainder * 10 + (c - '0');
      if (!quotient.empty() || remainder / base != 0) {
        quotient.push_back(static_cast<char>('0' + remainder / base));
      }
      remainder %= base;
    }
    digits.insert(digits.begin(), "0123456789abcdef"[remainder]);
    number = quotient.empty() ? "0" : quotient;
  }
  return digits.empty() ? "0" : digits;
}

// format(value, spec) the way the runtime does it.
std::string format_float_value(double value, std::string_view spec) {
  const FormatSpecResult parsed = parse_format_spec(spec, FormatTarget::kFloat, "float");
  if (!parsed.ok()) return describe_error(*parsed.error);
  return describe(format_float(parsed.spec, value));
}

std::string format_integer_value(std::string_view decimal, std::string_view spec) {
  const FormatSpecResult parsed = parse_format_spec(spec, FormatTarget::kInteger, "int");
  if (!parsed.ok()) return describe_error(*parsed.error);
  const int base = integer_format_base(parsed.spec);
  if (base == 0) return describe(format_float(parsed.spec, std::stod(std::string(decimal))));
  return describe(
      format_integer(parsed.spec, decimal.front() == '-', magnitude_in_base(decimal, base)));
}

std::string format_string_value(std::string_view text, std::string_view spec) {
  const FormatSpecResult parsed = parse_format_spec(spec, FormatTarget::kString, "str");
  if (!parsed.ok()) return describe_error(*parsed.error);
  return describe(format_string(parsed.spec, text));
}

// Splits "%-#08.3x|" into its PrintfSpec and the literal text after it.
PrintfSpec parse_printf(std::string_view format, std::string_view* tail) {
  PrintfSpec spec;
  std::size_t pos = 1;  // past '%'
  for (;; ++pos) {
    const char c = format[pos];
    if (c == '-') {
      spec.left_adjust = true;
    } else if (c == '+') {
      spec.plus_sign = true;
    } else if (c == ' ') {
      spec.space_sign = true;
    } else if (c == '#') {
      spec.alternate = true;
    } else if (c == '0') {
      spec.zero_pad = true;
    } else {
      break;
    }
  }
  auto read_number = [&] {
    std::int64_t value = 0;
    while (format[pos] >= '0' && format[pos] <= '9') value = value * 10 + (format[pos++] - '0');
    return value;
  };
  if (format[pos] >= '1' && format[pos] <= '9') spec.width = read_number();
  if (format[pos] == '.') {
    ++pos;
    spec.precision = read_number();
  }
  spec.conversion = format[pos];
  *tail = format.substr(pos + 1);
  return spec;
}

std::string printf_integer_value(std::string_view format, std::string_view decimal) {
  std::string_view tail;
  const PrintfSpec spec = parse_printf(format, &tail);
  return printf_integer(spec, decimal.front() == '-',
                        magnitude_in_base(decimal, printf_integer_base(spec.conversion))) +
         std::string(tail);
}

std::string printf_float_value(std::string_view format, double value) {
  std::string_view tail;
  const PrintfSpec spec = parse_printf(format, &tail);
  return printf_float(spec, value) + std::string(tail);
}

std::string printf_string_value(std::string_view format, std::string_view text) {
  std::string_view tail;
  const PrintfSpec spec = parse_printf(format, &tail);
  return printf_string(spec, text) + std::string(tail);
}

std::string round_value(double value, std::int64_t ndigits) {
  const std::optional<double> rounded = round_double(value, ndigits);
  return rounded ? float_repr(*rounded) : "OverflowError: rounded value too large to represent";
}

// The tables below are number_format_cases.py's output, one per function.

struct ReprCase {
  double value;
  std::string_view expected;
};

constexpr ReprCase kReprCases[] = {
    {0.0, "0.0"sv},
    {-0.0, "-0.0"sv},
    {1.0, "1.0"sv},
    {-1.0, "-1.0"sv},
    {0.1, "0.1"sv},
    {0.5, "0.5"sv},
    {1.5, "1.5"sv},
    {2.5, "2.5"sv},
    {1e+16, "1e+16"sv},
    {1000000000000000.0, "1000000000000000.0"sv},
    {9999999999999998.0, "9999999999999998.0"sv},
    {1e-05, "1e-05"sv},
    {0.0001, "0.0001"sv},
    {1.5e-07, "1.5e-07"sv},
    {123456789.0, "123456789.0"sv},
    {1.7976931348623157e+308, "1.7976931348623157e+308"sv},
    {5e-324, "5e-324"sv},
    {2.2250738585072014e-308, "2.2250738585072014e-308"sv},
    {1e+22, "1e+22"sv},
    {1e+23, "1e+23"sv},
    {1e+23, "1e+23"sv},
    {0.30000000000000004, "0.30000000000000004"sv},
    {0.3333333333333333, "0.3333333333333333"sv},
    {9007199254740992.0, "9007199254740992.0"sv},
    {9007199254740994.0, "9007199254740994.0"sv},
    {123.456, "123.456"sv},
    {1e+100, "1e+100"sv},
    {-1.25e-10, "-1.25e-10"sv},
    {2.000000000000001e+16, "2.000000000000001e+16"sv},
    {kInf, "inf"sv},
    {-kInf, "-inf"sv},
    {kNan, "nan"sv},
    {4.35, "4.35"sv},
    {100.0, "100.0"sv},
    {1e-07, "1e-07"sv},
    {3.141592653589793, "3.141592653589793"sv},
};

struct FloatFormatCase {
  double value;
  std::string_view spec;
  std::string_view expected;
};

constexpr FloatFormatCase kFloatFormatCases[] = {
    {1.5, ""sv, "1.5"sv},
    {1e+16, ""sv, "1e+16"sv},
    {1.5, "10"sv, "       1.5"sv},
    {1e+16, ".3"sv, "1e+16"sv},
    {100.0, ".3"sv, "1e+02"sv},
    {1.5, ".0"sv, "2e+00"sv},
    {0.0, ".3"sv, "0.0"sv},
    {123456789.0, ".3"sv, "1.23e+08"sv},
    {1.0, "#"sv, "1.0"sv},
    {1e+16, "#"sv, "1.e+16"sv},
    {-0.0, "z"sv, "0.0"sv},
    {-0.0, "z.1f"sv, "0.0"sv},
    {-0.001, "z.1f"sv, "0.0"sv},
    {-0.001, ".1f"sv, "-0.0"sv},
    {-1.5, "z"sv, "-1.5"sv},
    {kNan, "+"sv, "+nan"sv},
    {kNan, "F"sv, "NAN"sv},
    {kInf, "F"sv, "INF"sv},
    {-kInf, "e"sv, "-inf"sv},
    {kInf, "010"sv, "0000000inf"sv},
    {kInf, "010,"sv, "0000000inf"sv},
    {-kInf, "=+8"sv, "-    inf"sv},
    {3.14159, "f"sv, "3.141590"sv},
    {3.14159, ".2f"sv, "3.14"sv},
    {2.675, ".2f"sv, "2.67"sv},
    {0.5, ".0f"sv, "0"sv},
    {1.5, ".0f"sv, "2"sv},
    {2.5, ".0f"sv, "2"sv},
    {0.125, ".2f"sv, "0.12"sv},
    {1e+100, "f"sv,
     "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"sv},
    {1e+22, "f"sv, "10000000000000000000000.000000"sv},
    {1e+23, "f"sv, "99999999999999991611392.000000"sv},
    {1e+23, "f"sv, "99999999999999991611392.000000"sv},
    {0.1, ".30f"sv, "0.100000000000000005551115123126"sv},
    {5e-324, ".30e"sv, "4.940656458412465441765687928682e-324"sv},
    {5e-324, "f"sv, "0.000000"sv},
    {5e-324, "g"sv, "4.94066e-324"sv},
    {1e-07, "g"sv, "1e-07"sv},
    {1e-05, "g"sv, "1e-05"sv},
    {0.0001, "g"sv, "0.0001"sv},
    {123456.0, "g"sv, "123456"sv},
    {1234567.0, "g"sv, "1.23457e+06"sv},
    {1234567.0, "G"sv, "1.23457E+06"sv},
    {1e-10, "G"sv, "1E-10"sv},
    {1.0, "#g"sv, "1.00000"sv},
    {1.0, "#.0f"sv, "1."sv},
    {1.0, "#.0e"sv, "1.e+00"sv},
    {0.0, "#.3g"sv, "0.00"sv},
    {123456789.0, "e"sv, "1.234568e+08"sv},
    {12345.678, "E"sv, "1.234568E+04"sv},
    {0.0, "e"sv, "0.000000e+00"sv},
    {-0.0, "e"sv, "-0.000000e+00"sv},
    {1e+300, ".2e"sv, "1.00e+300"sv},
    {5e-324, ".0e"sv, "5e-324"sv},
    {12.0, "%"sv, "1200.000000%"sv},
    {0.5, ".1%"sv, "50.0%"sv},
    {-0.25, "+.0%"sv, "-25%"sv},
    {1234567.891, ",.2f"sv, "1,234,567.89"sv},
    {1234567.891, "_.2f"sv, "1_234_567.89"sv},
    {1234567.891, ","sv, "1,234,567.891"sv},
    {1234.5, "012,.1f"sv, "00,001,234.5"sv},
    {1234.5, "0=12,.1f"sv, "00,001,234.5"sv},
    {-1234.5, "012,.1f"sv, "-0,001,234.5"sv},
    {1234.5, "*^15,.2f"sv, "***1,234.50****"sv},
    {1e+16, ","sv, "1e+16"sv},
    {1.5, "=+10"sv, "+      1.5"sv},
    {1.5, "010"sv, "00000001.5"sv},
    {-1.5, "010"sv, "-0000001.5"sv},
    {1.5, "<010"sv, "1.50000000"sv},
    {1.5, "^9"sv, "   1.5   "sv},
    {1.5, "x^10.3f"sv, "xx1.500xxx"sv},
    {-1.5, " "sv, "-1.5"sv},
    {1.5, " "sv, " 1.5"sv},
    {1.5, "+"sv, "+1.5"sv},
    {1.5, "-"sv, "1.5"sv},
    {1.5, "é>8"sv, "ééééé1.5"sv},
    {1e+16, "n"sv, "1e+16"sv},
    {1234567.0, "n"sv, "1.23457e+06"sv},
    {1.5, "n"sv, "1.5"sv},
    {0.1, ".17g"sv, "0.10000000000000001"sv},
    {0.1, ".55g"sv, "0.1000000000000000055511151231257827021181583404541015625"sv},
    {0.0001, ".3"sv, "0.0001"sv},
    {1e-05, ".3"sv, "1e-05"sv},
    {1234.0, ".2"sv, "1.2e+03"sv},
    {12.0, ".2"sv, "1.2e+01"sv},
    {1.0, ".1"sv, "1e+00"sv},
    {9.5, ".1"sv, "1e+01"sv},
    {1.5, "30"sv, "                           1.5"sv},
    {1.5, "1000"sv,
     "                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     1.5"sv},
    {1.152921504606847e+18, "f"sv, "1152921504606846976.000000"sv},
    {123.0, "_"sv, "123.0"sv},
    {1.5,
     "\x00"
     ""sv,
     "1.5"sv},
    {1.5, ".3000000000f"sv, "ValueError: precision too big"sv},
    {1.5, "d"sv, "ValueError: Unknown format code 'd' for object of type 'float'"sv},
    {1.5, "c"sv, "ValueError: Unknown format code 'c' for object of type 'float'"sv},
    {1.5, "s"sv, "ValueError: Unknown format code 's' for object of type 'float'"sv},
    {1.5, "é"sv, "ValueError: Unknown format code '\\xe9' for object of type 'float'"sv},
    {1.5, ".f"sv, "ValueError: Format specifier missing precision"sv},
    {1.5, "abc"sv, "ValueError: Invalid format specifier 'abc' for object of type 'float'"sv},
    {1.5, ",_"sv, "ValueError: Cannot specify both ',' and '_'."sv},
    {1.5, "_,"sv, "ValueError: Cannot specify both ',' and '_'."sv},
    {1.5, ",,"sv, "ValueError: Cannot specify ',' with ','."sv},
    {1.5, ",n"sv, "ValueError: Cannot specify ',' with 'n'."sv},
    {1.5, "_n"sv, "ValueError: Cannot specify '_' with 'n'."sv},
    {-0.0001, "z.1%"sv, "0.0%"sv},
    {-0.0, "z%"sv, "0.000000%"sv},
    {-1e-09, "z.2e"sv, "-1.00e-09"sv},
    {-0.0, "+z08.3f"sv, "+000.000"sv},
    {1.5, "99999999999999999999"sv, "ValueError: Too many decimal digits in format string"sv},
    {1.5, ".99999999999999999999"sv, "ValueError: Too many decimal digits in format string"sv},
    {1.5,
     "\x01"
     ""sv,
     "ValueError: Unknown format code '\\x1' for object of type 'float'"sv},
};

struct IntegerFormatCase {
  std::string_view decimal;  // the int, as a Python literal
  std::string_view spec;
  std::string_view expected;
};

constexpr IntegerFormatCase kIntegerFormatCases[] = {
    {"0"sv, ""sv, "0"sv},
    {"1234"sv, ""sv, "1234"sv},
    {"-1234"sv, ""sv, "-1234"sv},
    {"1234"sv, "d"sv, "1234"sv},
    {"1234"sv, ","sv, "1,234"sv},
    {"1234567"sv, ","sv, "1,234,567"sv},
    {"1234567"sv, "_"sv, "1_234_567"sv},
    {"-1234567"sv, ",d"sv, "-1,234,567"sv},
    {"1234"sv, "012,"sv, "0,000,001,234"sv},
    {"1234"sv, "09,"sv, "0,001,234"sv},
    {"1234"sv, "010,"sv, "00,001,234"sv},
    {"1234"sv, "0=12,"sv, "0,000,001,234"sv},
    {"1234"sv, "0>12,"sv, "00000001,234"sv},
    {"1234"sv, "<012,"sv, "1,2340000000"sv},
    {"1234"sv, "x=12,"sv, "xxxxxxx1,234"sv},
    {"1234"sv, "08_x"sv, "000_04d2"sv},
    {"-1234"sv, "_x"sv, "-4d2"sv},
    {"255"sv, "#010b"sv, "0b11111111"sv},
    {"255"sv, "#b"sv, "0b11111111"sv},
    {"255"sv, "_b"sv, "1111_1111"sv},
    {"8"sv, "#o"sv, "0o10"sv},
    {"255"sv, "#x"sv, "0xff"sv},
    {"255"sv, "#X"sv, "0XFF"sv},
    {"255"sv, "X"sv, "FF"sv},
    {"-255"sv, "#010X"sv, "-0X00000FF"sv},
    {"3"sv, "=+5"sv, "+   3"sv},
    {"3"sv, "+"sv, "+3"sv},
    {"-3"sv, "+"sv, "-3"sv},
    {"3"sv, " "sv, " 3"sv},
    {"-3"sv, " "sv, "-3"sv},
    {"3"sv, "-"sv, "3"sv},
    {"42"sv, "^7"sv, "  42   "sv},
    {"42"sv, "*<6"sv, "42****"sv},
    {"42"sv, "é>6"sv, "éééé42"sv},
    {"65"sv, "c"sv, "A"sv},
    {"65"sv, "05c"sv, "0000A"sv},
    {"65"sv, ">5c"sv, "    A"sv},
    {"128512"sv, "^5c"sv, "  😀  "sv},
    {"233"sv, "c"sv, "é"sv},
    {"0"sv, "c"sv,
     "\x00"
     ""sv},
    {"1234"sv, "n"sv, "1234"sv},
    {"1234"sv, "010n"sv, "0000001234"sv},
    {"123456789012345678901234567890"sv, ","sv, "123,456,789,012,345,678,901,234,567,890"sv},
    {"-123456789012345678901234567890"sv, "_x"sv, "-1_8ee9_0ff6_c373_e0ee_4e3f_0ad2"sv},
    {"1"sv, "%"sv, "100.000000%"sv},
    {"1"sv, ".2%"sv, "100.00%"sv},
    {"1234567"sv, ",.2f"sv, "1,234,567.00"sv},
    {"3"sv, "e"sv, "3.000000e+00"sv},
    {"123456789"sv, "e"sv, "1.234568e+08"sv},
    {"10"sv, "g"sv, "10"sv},
    {"10"sv, ".0f"sv, "10"sv},
    {"-7"sv, "F"sv, "-7.000000"sv},
    {"0"sv, "#x"sv, "0x0"sv},
    {"0"sv, "#o"sv, "0o0"sv},
    {"9"sv, "1000"sv,
     "                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       9"sv},
    {"1"sv, "z"sv,
     "ValueError: Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"5"sv, ".2"sv, "ValueError: Precision not allowed in integer format specifier"sv},
    {"5"sv, "+c"sv, "ValueError: Sign not allowed with integer format specifier 'c'"sv},
    {"5"sv, "#c"sv,
     "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"5"sv, ",c"sv, "ValueError: Cannot specify ',' with 'c'."sv},
    {"-1"sv, "c"sv, "OverflowError: %c arg not in range(0x110000)"sv},
    {"1114112"sv, "c"sv, "OverflowError: %c arg not in range(0x110000)"sv},
    {"9223372036854775808"sv, "c"sv, "OverflowError: Python int too large to convert to C long"sv},
    {"-9223372036854775808"sv, "c"sv, "OverflowError: %c arg not in range(0x110000)"sv},
    {"1"sv, "s"sv, "ValueError: Unknown format code 's' for object of type 'int'"sv},
    {"1"sv, "#s"sv, "ValueError: Unknown format code 's' for object of type 'int'"sv},
    {"1"sv,
     "\x00"
     ""sv,
     "ValueError: Unknown format code '\\x0' for object of type 'int'"sv},
    {"1"sv, "é"sv, "ValueError: Unknown format code '\\xe9' for object of type 'int'"sv},
    {"1"sv, "x,"sv, "ValueError: Invalid format specifier 'x,' for object of type 'int'"sv},
    {"1"sv, "_n"sv, "ValueError: Cannot specify '_' with 'n'."sv},
    {"1"sv, ",n"sv, "ValueError: Cannot specify ',' with 'n'."sv},
    {"1"sv, ",,"sv, "ValueError: Cannot specify ',' with ','."sv},
    {"1"sv, "__"sv, "ValueError: Cannot specify '_' with '_'."sv},
    {"1"sv, ",b"sv, "ValueError: Cannot specify ',' with 'b'."sv},
    {"1"sv, "abc"sv, "ValueError: Invalid format specifier 'abc' for object of type 'int'"sv},
    {"1"sv, "."sv, "ValueError: Format specifier missing precision"sv},
};

struct StringFormatCase {
  std::string_view text;
  std::string_view spec;
  std::string_view expected;
};

constexpr StringFormatCase kStringFormatCases[] = {
    {"ab"sv, ""sv, "ab"sv},
    {"ab"sv, "^7"sv, "  ab   "sv},
    {"ab"sv, "*>5.1"sv, "****a"sv},
    {"ab"sv, "05"sv, "ab000"sv},
    {"ab"sv, "<5"sv, "ab   "sv},
    {"ab"sv, ">5"sv, "   ab"sv},
    {"abc"sv, "^6"sv, " abc  "sv},
    {"abcdef"sv, ".3"sv, "abc"sv},
    {"abcdef"sv, "10.3"sv, "abc       "sv},
    {"é"sv, "x^6"sv, "xxéxxx"sv},
    {"ab"sv, "é>5"sv, "éééab"sv},
    {"日本語"sv, ".2"sv, "日本"sv},
    {"日本語"sv, "*^7"sv, "**日本語**"sv},
    {"😀x"sv, ".1"sv, "😀"sv},
    {"ab"sv, "s"sv, "ab"sv},
    {"ab"sv, "1"sv, "ab"sv},
    {""sv, "3"sv, "   "sv},
    {"ab"sv, "+"sv, "ValueError: Sign not allowed in string format specifier"sv},
    {"ab"sv, " "sv, "ValueError: Space not allowed in string format specifier"sv},
    {"ab"sv, "z"sv,
     "ValueError: Negative zero coercion (z) not allowed in string format specifier"sv},
    {"ab"sv, "#"sv, "ValueError: Alternate form (#) not allowed in string format specifier"sv},
    {"ab"sv, "="sv, "ValueError: '=' alignment not allowed in string format specifier"sv},
    {"ab"sv, "0="sv, "ValueError: '=' alignment not allowed in string format specifier"sv},
    {"ab"sv, ","sv, "ValueError: Cannot specify ',' with 's'."sv},
    {"ab"sv, "_"sv, "ValueError: Cannot specify '_' with 's'."sv},
    {"ab"sv, "d"sv, "ValueError: Unknown format code 'd' for object of type 'str'"sv},
    {"ab"sv, ",d"sv, "ValueError: Unknown format code 'd' for object of type 'str'"sv},
    {"ab"sv, "+d"sv, "ValueError: Unknown format code 'd' for object of type 'str'"sv},
    {"ab"sv, "x,"sv, "ValueError: Invalid format specifier 'x,' for object of type 'str'"sv},
};

struct PrintfIntegerCase {
  std::string_view format;
  std::string_view decimal;
  std::string_view expected;
};

constexpr PrintfIntegerCase kPrintfIntegerCases[] = {
    {"%d"sv, "42"sv, "42"sv},
    {"%i"sv, "-42"sv, "-42"sv},
    {"%u"sv, "7"sv, "7"sv},
    {"%5d"sv, "42"sv, "   42"sv},
    {"%-5d|"sv, "42"sv, "42   |"sv},
    {"%05d"sv, "-42"sv, "-0042"sv},
    {"%+d"sv, "5"sv, "+5"sv},
    {"% d"sv, "5"sv, " 5"sv},
    {"% d"sv, "-5"sv, "-5"sv},
    {"%+05d"sv, "42"sv, "+0042"sv},
    {"% 05d"sv, "42"sv, " 0042"sv},
    {"%-05d|"sv, "3"sv, "3    |"sv},
    {"%.5d"sv, "3"sv, "00003"sv},
    {"%.0d"sv, "0"sv, "0"sv},
    {"%+.3d"sv, "-7"sv, "-007"sv},
    {"%05.3d"sv, "7"sv, "00007"sv},
    {"%8.3d"sv, "-7"sv, "    -007"sv},
    {"%x"sv, "255"sv, "ff"sv},
    {"%X"sv, "255"sv, "FF"sv},
    {"%#x"sv, "255"sv, "0xff"sv},
    {"%#X"sv, "255"sv, "0XFF"sv},
    {"%#o"sv, "8"sv, "0o10"sv},
    {"%o"sv, "8"sv, "10"sv},
    {"%#08x"sv, "-255"sv, "-0x000ff"sv},
    {"%#8x"sv, "255"sv, "    0xff"sv},
    {"%-#8x|"sv, "255"sv, "0xff    |"sv},
    {"%#.3x"sv, "5"sv, "0x005"sv},
    {"%#05o"sv, "8"sv, "0o010"sv},
    {"%+x"sv, "255"sv, "+ff"sv},
    {"% x"sv, "255"sv, " ff"sv},
    {"%#.3o"sv, "0"sv, "0o000"sv},
    {"%x"sv, "-255"sv, "-ff"sv},
    {"%d"sv, "123456789012345678901234567890"sv, "123456789012345678901234567890"sv},
};

struct PrintfFloatCase {
  std::string_view format;
  double value;
  std::string_view expected;
};

constexpr PrintfFloatCase kPrintfFloatCases[] = {
    {"%f"sv, 3.14159, "3.141590"sv},
    {"%.3g"sv, 3.14159, "3.14"sv},
    {"%08.2f"sv, -3.14159, "-0003.14"sv},
    {"%e"sv, 12345.678, "1.234568e+04"sv},
    {"%g"sv, 1e-05, "1e-05"sv},
    {"%g"sv, 0.0001, "0.0001"sv},
    {"%g"sv, 1e+16, "1e+16"sv},
    {"%g"sv, 123456.0, "123456"sv},
    {"%g"sv, 1234567.0, "1.23457e+06"sv},
    {"%G"sv, 1e-10, "1E-10"sv},
    {"%#g"sv, 1.0, "1.00000"sv},
    {"%#.0f"sv, 1.0, "1."sv},
    {"%#.0e"sv, 1.0, "1.e+00"sv},
    {"%.0g"sv, 123.0, "1e+02"sv},
    {"%.0f"sv, 0.5, "0"sv},
    {"%.0f"sv, 1.5, "2"sv},
    {"%.2f"sv, 2.675, "2.67"sv},
    {"%-8.3f|"sv, -1.5, "-1.500  |"sv},
    {"%+f"sv, 1.5, "+1.500000"sv},
    {"% f"sv, 1.5, " 1.500000"sv},
    {"%+.1e"sv, -0.0, "-0.0e+00"sv},
    {"%f"sv, kInf, "inf"sv},
    {"%F"sv, kInf, "INF"sv},
    {"%E"sv, -kInf, "-INF"sv},
    {"%F"sv, kNan, "NAN"sv},
    {"%+f"sv, kNan, "+nan"sv},
    {"% f"sv, kInf, " inf"sv},
    {"%05f"sv, kInf, "00inf"sv},
    {"%-6f|"sv, kNan, "nan   |"sv},
    {"%.30f"sv, 0.1, "0.100000000000000005551115123126"sv},
    {"%f"sv, 1e+100,
     "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"sv},
    {"%10.4E"sv, 0.000123, "1.2300E-04"sv},
    {"%.1f"sv, 0.05, "0.1"sv},
    {"%.1f"sv, 0.25, "0.2"sv},
    {"%.1f"sv, 0.35, "0.3"sv},
};

struct PrintfStringCase {
  std::string_view format;
  std::string_view text;
  std::string_view expected;
};

constexpr PrintfStringCase kPrintfStringCases[] = {
    {"%s"sv, "abc"sv, "abc"sv},
    {"%5s"sv, "ab"sv, "   ab"sv},
    {"%-5s|"sv, "ab"sv, "ab   |"sv},
    {"%05s"sv, "ab"sv, "   ab"sv},
    {"%-05s|"sv, "ab"sv, "ab   |"sv},
    {"%.2s"sv, "abc"sv, "ab"sv},
    {"%010.3s"sv, "abcdef"sv, "       abc"sv},
    {"%.0s"sv, "abc"sv, ""sv},
    {"%4s"sv, "é"sv, "   é"sv},
    {"%.1s"sv, "日本"sv, "日"sv},
    {"%5c"sv, "a"sv, "    a"sv},
    {"%-5c|"sv, "a"sv, "a    |"sv},
    {"%.0c"sv, "a"sv, "a"sv},
};

struct RoundCase {
  double value;
  std::int64_t ndigits;
  std::string_view expected;  // repr() of the result
};

constexpr RoundCase kRoundCases[] = {
    {2.675, 2, "2.67"sv},
    {0.125, 2, "0.12"sv},
    {0.375, 2, "0.38"sv},
    {1.005, 2, "1.0"sv},
    {1234.5678, -2, "1200.0"sv},
    {2.5, 0, "2.0"sv},
    {3.5, 0, "4.0"sv},
    {-0.4, 0, "-0.0"sv},
    {-2.5, 0, "-2.0"sv},
    {0.5, 0, "0.0"sv},
    {50.0, -2, "0.0"sv},
    {150.0, -2, "200.0"sv},
    {250.0, -2, "200.0"sv},
    {14.6, -1, "10.0"sv},
    {15.0, -1, "20.0"sv},
    {25.0, -1, "20.0"sv},
    {5e-324, 323, "0.0"sv},
    {5e-324, 324, "5e-324"sv},
    {1.7976931348623157e+308, -308, "OverflowError: rounded value too large to represent"sv},
    {1e+300, -300, "1e+300"sv},
    {1e+300, -301, "0.0"sv},
    {123.456, 1, "123.5"sv},
    {123.456, 5, "123.456"sv},
    {0.1, 20, "0.1"sv},
    {-123.456, -1, "-120.0"sv},
    {1e+22, -22, "1e+22"sv},
    {4.35, 1, "4.3"sv},
    {0.285, 2, "0.28"sv},
    {1.15, 1, "1.1"sv},
    {kInf, 2, "inf"sv},
    {-kInf, -2, "-inf"sv},
    {kNan, 0, "nan"sv},
    {123.456, -309, "0.0"sv},
    {-123.456, -309, "-0.0"sv},
    {123.456, 400, "123.456"sv},
    {0.0, 2, "0.0"sv},
    {-0.0, -3, "-0.0"sv},
    {5.5e-300, 300, "5e-300"sv},
    {9.5, -1, "10.0"sv},
    {999.9, -3, "1000.0"sv},
    {1.1805916207174113e+21, -5, "1.1805916207174113e+21"sv},
};

struct RoundHalfEvenCase {
  double value;
  double expected;
};

constexpr RoundHalfEvenCase kRoundHalfEvenCases[] = {
    {0.5, 0.0},
    {1.5, 2.0},
    {2.5, 2.0},
    {-0.5, 0.0},
    {-1.5, -2.0},
    {-2.5, -2.0},
    {2.4, 2.0},
    {2.6, 3.0},
    {-2.6, -3.0},
    {0.49999999999999994, 0.0},
    {4503599627370497.0, 4503599627370497.0},
    {1e+300, 1e+300},
    {-0.0, 0.0},
};

struct ParseFloatCase {
  std::string_view text;
  const char* expected;  // repr() of float(text); nullptr when it raises
};

constexpr ParseFloatCase kParseFloatCases[] = {
    {"1.5"sv, "1.5"},
    {" 1.5\n"sv, "1.5"},
    {"-0"sv, "-0.0"},
    {"  -0  "sv, "-0.0"},
    {"+1e5"sv, "100000.0"},
    {"1e-5"sv, "1e-05"},
    {"1E+05"sv, "100000.0"},
    {".5"sv, "0.5"},
    {"5."sv, "5.0"},
    {"1.e5"sv, "100000.0"},
    {"1_000.5"sv, "1000.5"},
    {" 1_0 "sv, "10.0"},
    {"1e1_0"sv, "10000000000.0"},
    {"1_2.3_4e5_6"sv, "1.234e+57"},
    {"inf"sv, "inf"},
    {"-iNF"sv, "-inf"},
    {"+infinity"sv, "inf"},
    {"InFiNiTy"sv, "inf"},
    {"nan"sv, "nan"},
    {"-nan"sv, "nan"},
    {"NaN"sv, "nan"},
    {"1e5000"sv, "inf"},
    {"-1e5000"sv, "-inf"},
    {"1e-5000"sv, "0.0"},
    {"1e99999999999999999999"sv, "inf"},
    {"-1e-99999999999999999999"sv, "-0.0"},
    {"2.4703282292062328e-324"sv, "5e-324"},
    {"2.4703282292062327e-324"sv, "0.0"},
    {"1.7976931348623158e308"sv, "1.7976931348623157e+308"},
    {"1.7976931348623159e308"sv, "inf"},
    {"0.1"sv, "0.1"},
    {"9007199254740993"sv, "9007199254740992.0"},
    {"0.30000000000000004"sv, "0.30000000000000004"},
    {"１２.５"sv, "12.5"},
    {"١٢٣"sv, "123.0"},
    {" 1.5　"sv, "1.5"},
    {"\t\n\x0b"
     "\x0c"
     "\x0d"
     " 7"sv,
     "7.0"},
    {"00000000000000000000000000001.5"sv, "1.5"},
    {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e400"sv,
     "0.1"},
    {"1__0"sv, nullptr},
    {"_1"sv, nullptr},
    {"1_"sv, nullptr},
    {"1_.5"sv, nullptr},
    {"1._5"sv, nullptr},
    {"1e_10"sv, nullptr},
    {"1_e5"sv, nullptr},
    {".e5"sv, nullptr},
    {"."sv, nullptr},
    {""sv, nullptr},
    {"  "sv, nullptr},
    {"+-1"sv, nullptr},
    {"--1"sv, nullptr},
    {"- 1"sv, nullptr},
    {"infinit"sv, nullptr},
    {"infinityy"sv, nullptr},
    {"nan(1)"sv, nullptr},
    {"0x10"sv, nullptr},
    {"1e"sv, nullptr},
    {"1e+"sv, nullptr},
    {"1e5.5"sv, nullptr},
    {"1.5.5"sv, nullptr},
    {"1\x00"
     ""sv,
     nullptr},
    {"\x1c"
     "1"sv,
     nullptr},
    {"1 2"sv, nullptr},
    {"é"sv, nullptr},
    {"+"sv, nullptr},
    {"e5"sv, nullptr},
    {"in f"sv, nullptr},
    {"1,5"sv, nullptr},
};

TEST(FloatRepr, MatchesPython) {
  for (const ReprCase& c : kReprCases) {
    EXPECT_EQ(float_repr(c.value), c.expected) << "repr(" << c.expected << ")";
  }
}

TEST(FloatRepr, RoundTripsEveryPowerOfTwo) {
  // Shortest digits must read back as the same double across the whole range.
  for (int exponent = -1074; exponent <= 1023; ++exponent) {
    const double value = std::ldexp(1.0, exponent);
    const std::optional<double> back = parse_float(float_repr(value));
    ASSERT_TRUE(back.has_value()) << float_repr(value);
    EXPECT_EQ(*back, value) << float_repr(value);
  }
}

TEST(FormatFloat, MatchesPython) {
  for (const FloatFormatCase& c : kFloatFormatCases) {
    EXPECT_EQ(format_float_value(c.value, c.spec), c.expected)
        << "format(" << float_repr(c.value) << ", '" << c.spec << "')";
  }
}

TEST(FormatInteger, MatchesPython) {
  for (const IntegerFormatCase& c : kIntegerFormatCases) {
    EXPECT_EQ(format_integer_value(c.decimal, c.spec), c.expected)
        << "format(" << c.decimal << ", '" << c.spec << "')";
  }
}

TEST(FormatString, MatchesPython) {
  for (const StringFormatCase& c : kStringFormatCases) {
    EXPECT_EQ(format_string_value(c.text, c.spec), c.expected)
        << "format('" << c.text << "', '" << c.spec << "')";
  }
}

TEST(FormatSpec, ParsesEveryField) {
  const FormatSpecResult parsed = parse_format_spec("é^+z#015_.3e", FormatTarget::kFloat, "float");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.spec.fill, U'é');
  EXPECT_EQ(parsed.spec.align, '^');
  EXPECT_EQ(parsed.spec.sign, '+');
  EXPECT_TRUE(parsed.spec.no_negative_zero);
  EXPECT_TRUE(parsed.spec.alternate);
  EXPECT_EQ(parsed.spec.width, 15);  // the '0' after a given fill is part of the width
  EXPECT_EQ(parsed.spec.grouping, '_');
  EXPECT_EQ(parsed.spec.precision, 3);
  EXPECT_EQ(parsed.spec.type, U'e');
}

TEST(FormatSpec, DefaultsDependOnTarget) {
  const FormatSpec text = parse_format_spec("", FormatTarget::kString, "str").spec;
  EXPECT_EQ(text.align, '<');
  EXPECT_EQ(text.type, U's');
  const FormatSpec integer = parse_format_spec("08", FormatTarget::kInteger, "int").spec;
  EXPECT_EQ(integer.align, '=');
  EXPECT_EQ(integer.fill, U'0');
  EXPECT_EQ(integer.type, U'd');
  EXPECT_EQ(integer.width, 8);
  const FormatSpec real = parse_format_spec("", FormatTarget::kFloat, "float").spec;
  EXPECT_EQ(real.align, '>');
  EXPECT_EQ(real.type, U'\0');
  EXPECT_EQ(real.width, -1);
  EXPECT_EQ(real.precision, -1);
}

TEST(FormatSpec, NonAsciiDigitsAndTypeNames) {
  // Widths may use any Unicode decimal digits, as in CPython.
  EXPECT_EQ(parse_format_spec("١٢", FormatTarget::kInteger, "int").spec.width, 12);
  EXPECT_EQ(describe_error(*parse_format_spec("q", FormatTarget::kInteger, "bool").error),
            "ValueError: Unknown format code 'q' for object of type 'bool'");
  EXPECT_EQ(describe_error(*parse_format_spec("xyz", FormatTarget::kString, "MyStr").error),
            "ValueError: Invalid format specifier 'xyz' for object of type 'MyStr'");
}

TEST(FormatInteger, UsesBaseTheSpecAsksFor) {
  auto base = [](std::string_view spec) {
    return integer_format_base(parse_format_spec(spec, FormatTarget::kInteger, "int").spec);
  };
  EXPECT_EQ(base(""), 10);
  EXPECT_EQ(base("b"), 2);
  EXPECT_EQ(base("#o"), 8);
  EXPECT_EQ(base("_X"), 16);
  EXPECT_EQ(base("c"), 10);
  EXPECT_EQ(base("n"), 10);
  EXPECT_EQ(base(".2f"), 0);
  EXPECT_EQ(base("%"), 0);
}

TEST(FormatFloat, HugePrecisionPadsWithZeros) {
  const std::string text = format_float_value(0.5, ".2000f");
  ASSERT_EQ(text.size(), 2002u);
  EXPECT_EQ(text.substr(0, 3), "0.5");
  EXPECT_EQ(text.find_first_not_of('0', 3), std::string::npos);
  // The exact binary value of 0.1 has 55 significant digits, then zeros.
  EXPECT_EQ(format_float_value(0.1, ".60g"),
            "0.1000000000000000055511151231257827021181583404541015625");
}

TEST(FormatFloat, HugeWidth) {
  const std::string text = format_float_value(-1.5, "0100000");
  ASSERT_EQ(text.size(), 100000u);
  EXPECT_EQ(text.substr(0, 3), "-00");
  EXPECT_EQ(text.substr(text.size() - 4), "01.5");
}

TEST(Printf, IntegersMatchPython) {
  for (const PrintfIntegerCase& c : kPrintfIntegerCases) {
    EXPECT_EQ(printf_integer_value(c.format, c.decimal), c.expected)
        << "'" << c.format << "' % " << c.decimal;
  }
}

TEST(Printf, FloatsMatchPython) {
  for (const PrintfFloatCase& c : kPrintfFloatCases) {
    EXPECT_EQ(printf_float_value(c.format, c.value), c.expected)
        << "'" << c.format << "' % " << float_repr(c.value);
  }
}

TEST(Printf, StringsMatchPython) {
  for (const PrintfStringCase& c : kPrintfStringCases) {
    EXPECT_EQ(printf_string_value(c.format, c.text), c.expected)
        << "'" << c.format << "' % '" << c.text << "'";
  }
}

TEST(Round, MatchesPython) {
  for (const RoundCase& c : kRoundCases) {
    EXPECT_EQ(round_value(c.value, c.ndigits), c.expected)
        << "round(" << float_repr(c.value) << ", " << c.ndigits << ")";
  }
}

TEST(Round, KeepsTheSignOfZero) {
  EXPECT_TRUE(std::signbit(*round_double(-0.4, 0)));
  EXPECT_TRUE(std::signbit(*round_double(-1e-300, -400)));
  EXPECT_FALSE(std::signbit(*round_double(0.4, 0)));
}

TEST(Round, HalfEvenWithoutDigits) {
  for (const RoundHalfEvenCase& c : kRoundHalfEvenCases) {
    EXPECT_EQ(round_half_even(c.value), c.expected) << "round(" << float_repr(c.value) << ")";
  }
}

TEST(ParseFloat, MatchesPython) {
  for (const ParseFloatCase& c : kParseFloatCases) {
    const std::optional<double> parsed = parse_float(c.text);
    if (c.expected == nullptr) {
      EXPECT_FALSE(parsed.has_value()) << "float('" << c.text << "')";
    } else {
      ASSERT_TRUE(parsed.has_value()) << "float('" << c.text << "')";
      EXPECT_EQ(float_repr(*parsed), c.expected) << "float('" << c.text << "')";
    }
  }
}

TEST(ParseFloat, KeepsSigns) {
  EXPECT_TRUE(std::signbit(*parse_float("-0.0")));
  EXPECT_TRUE(std::signbit(*parse_float("-nan")));
  EXPECT_FALSE(std::signbit(*parse_float("nan")));
  EXPECT_TRUE(std::signbit(*parse_float("-1e-999")));
}

}  // namespace
}  // namespace pyvm
