// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests for runtime/complex: the plain C++ half (parsing, repr, hash,
// format, the division and power algorithms). Every expected value was
// produced by CPython 3.11; doubles are compared exactly, since pyvm runs
// the same algorithms on the same IEEE operations.
#include "runtime/complex.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>

namespace pyvm {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// A parse result as Python shows it: repr of the value, or the error kind.
std::string parsed(std::string_view text) {
  const ComplexParseResult result = parse_complex(text);
  switch (result.error) {
    case ComplexParseError::kNone: return complex_repr(result.value);
    case ComplexParseError::kMalformed: return "malformed";
    case ComplexParseError::kBadUnderscore: return "bad underscore";
  }
  return "?";
}

std::string formatted(ComplexParts z, std::string_view spec) {
  const FormatSpecResult parsed_spec = parse_format_spec(spec, FormatTarget::kFloat, "complex");
  if (!parsed_spec.ok()) return "spec error: " + parsed_spec.error->message;
  const FormatResult result = format_complex(parsed_spec.spec, "complex", z);
  if (!result.ok()) return "error: " + result.error->message;
  return result.text;
}

void expect_same(ComplexParts expected, ComplexParts actual) {
  EXPECT_EQ(expected.real, actual.real);
  EXPECT_EQ(expected.imag, actual.imag);
}

TEST(ComplexRepr, OmitsPositiveZeroRealPart) {
  EXPECT_EQ(complex_repr({0.0, 1.0}), "1j");
  EXPECT_EQ(complex_repr({0.0, 0.0}), "0j");
  EXPECT_EQ(complex_repr({0.0, -0.0}), "-0j");
  EXPECT_EQ(complex_repr({0.0, 2.5}), "2.5j");
  EXPECT_EQ(complex_repr({0.0, kInf}), "infj");
  EXPECT_EQ(complex_repr({0.0, kNan}), "nanj");
}

TEST(ComplexRepr, ParenthesesAndSignedImaginaryPart) {
  EXPECT_EQ(complex_repr({1.0, 2.0}), "(1+2j)");
  EXPECT_EQ(complex_repr({-0.0, -1.0}), "(-0-1j)");
  EXPECT_EQ(complex_repr({-0.0, 0.0}), "(-0+0j)");
  EXPECT_EQ(complex_repr({1.0, kNan}), "(1+nanj)");
  EXPECT_EQ(complex_repr({1.0, -kNan}), "(1+nanj)");
  EXPECT_EQ(complex_repr({kNan, -kInf}), "(nan-infj)");
  EXPECT_EQ(complex_repr({1e300, 1.0}), "(1e+300+1j)");
  EXPECT_EQ(complex_repr({1e16, 1e-5}), "(1e+16+1e-05j)");
  EXPECT_EQ(complex_repr({1e15, 123456789.125}), "(1000000000000000+123456789.125j)");
  EXPECT_EQ(complex_repr({0.1, 0.2}), "(0.1+0.2j)");
  EXPECT_EQ(complex_repr({5e-324, 1.7976931348623157e308}), "(5e-324+1.7976931348623157e+308j)");
}

TEST(ComplexParse, AllForms) {
  EXPECT_EQ(parsed("1+2j"), "(1+2j)");
  EXPECT_EQ(parsed(" ( 1-2.5e3J ) "), "(1-2500j)");
  EXPECT_EQ(parsed("1"), "(1+0j)");
  EXPECT_EQ(parsed("j"), "1j");
  EXPECT_EQ(parsed("-J"), "-1j");
  EXPECT_EQ(parsed("1+j"), "(1+1j)");
  EXPECT_EQ(parsed("1-j"), "(1-1j)");
  EXPECT_EQ(parsed(".5j"), "0.5j");
  EXPECT_EQ(parsed("5.j"), "5j");
  EXPECT_EQ(parsed("-nan-infj"), "(nan-infj)");
  EXPECT_EQ(parsed("infinityj"), "infj");
  EXPECT_EQ(parsed("1e400+1e400j"), "(inf+infj)");
  EXPECT_EQ(parsed("1e-400j"), "0j");
  EXPECT_EQ(parsed("-0"), "(-0+0j)");
  EXPECT_EQ(parsed("0-0j"), "-0j");
  EXPECT_EQ(parsed("(j)"), "1j");
}

TEST(ComplexParse, UnicodeDigitsSpacesAndUnderscores) {
  EXPECT_EQ(parsed("\u0661+\u0662j"), "(1+2j)");
  EXPECT_EQ(parsed("\u20031j\u2003"), "1j");
  EXPECT_EQ(parsed("1_0+2_0j"), "(10+20j)");
  EXPECT_EQ(parsed("1e1_0j"), "10000000000j");
  EXPECT_EQ(parsed("1__0j"), "bad underscore");
  EXPECT_EQ(parsed("_1j"), "bad underscore");
  EXPECT_EQ(parsed("1_j"), "bad underscore");
  EXPECT_EQ(parsed("1_0_"), "bad underscore");
  EXPECT_EQ(parsed(std::string_view("1_0\0", 4)), "bad underscore");
  EXPECT_EQ(parsed(std::string_view("1\0", 2)), "malformed");
  EXPECT_EQ(parsed("1\xc3\xa9_"), "malformed");  // 1é_: the é ends the text first
}

TEST(ComplexParse, Malformed) {
  for (const char* text : {"", " ", "(", "()", "(1+2j", "1+2j)", "1+ 2j", " 1 + 2j", "1e+j", "1e",
                           ".j", ".", "+", "j1", "1+2jj", "1+2j+3", "0x10", "1+infinity", "1+2i",
                           "\xc3\xa9", "2\x1cj"}) {
    EXPECT_EQ(parsed(text), "malformed") << text;
  }
}

TEST(ComplexHash, MatchesCPython) {
  EXPECT_EQ(complex_hash({0.0, 0.0}, nullptr), 0);
  EXPECT_EQ(complex_hash({1.0, 0.0}, nullptr), 1);
  EXPECT_EQ(complex_hash({1.5, 0.0}, nullptr), 1152921504606846977);
  EXPECT_EQ(complex_hash({-1.0, 0.0}, nullptr), -2);
  EXPECT_EQ(complex_hash({0.0, 1.0}, nullptr), 1000003);
  EXPECT_EQ(complex_hash({-0.0, -1.0}, nullptr), -2000006);
  EXPECT_EQ(complex_hash({1.0, 1.0}, nullptr), 1000004);
  EXPECT_EQ(complex_hash({3.0, -4.0}, nullptr), -4000009);
  EXPECT_EQ(complex_hash({1e300, 1e-300}, nullptr), -3889407508137364311);
  EXPECT_EQ(complex_hash({kInf, 0.0}, nullptr), 314159);
  EXPECT_EQ(complex_hash({0.0, kInf}, nullptr), 314159942477);
  EXPECT_EQ(complex_hash({-kInf, kInf}, nullptr), 314159628318);
  EXPECT_EQ(complex_hash({12345.678, -9876.54321}, nullptr), -6805994989716770947);
  EXPECT_EQ(complex_hash({0.5, 0.25}, nullptr), 2882303761517117440);
}

TEST(ComplexHash, NanPartsHashByIdentity) {
  int a = 0, b = 0;
  EXPECT_EQ(complex_hash({kNan, 1.0}, &a), complex_hash({kNan, 1.0}, &a));
  EXPECT_NE(complex_hash({kNan, 1.0}, &a), complex_hash({kNan, 1.0}, &b));
}

TEST(ComplexArithmetic, Quotient) {
  expect_same({0.44, 0.08}, *complex_quotient({1, 2}, {3, 4}));
  expect_same({-3.176470588235294, 2.7058823529411766}, *complex_quotient({5, -7}, {-2, 0.5}));
  expect_same({1, -1}, *complex_quotient({1e300, 1e300}, {1e-300, 1e300}));
  expect_same({kInf, 0}, *complex_quotient({1e308, 1e308}, {1e-308, 1e-308}));
  EXPECT_FALSE(complex_quotient({1, 1}, {0, 0}).has_value());
  EXPECT_FALSE(complex_quotient({1, 1}, {-0.0, -0.0}).has_value());
  const ComplexParts nan_divisor = *complex_quotient({1, 1}, {kNan, 1});
  EXPECT_TRUE(std::isnan(nan_divisor.real) && std::isnan(nan_divisor.imag));
}

TEST(ComplexArithmetic, Power) {
  expect_same({-1125899906842634.5, -1125899906842629.5}, complex_power({1, 1}, {101, 0}).value);
  expect_same({-4.440892098500606e-16, 4.440892098500586e-16},
              complex_power({1, 1}, {-101, 0}).value);
  expect_same({0.129009594074467, 0.03392409290517014}, complex_power({1, 2}, {3, 4}).value);
  expect_same({0.7692389013639721, 0.6389612763136348}, complex_power({2, 0}, {0, 1}).value);
  expect_same({0.40224793209535525, 0.24860289393928922}, complex_power({0.1, 0.2}, {0.5, 0}).value);
  expect_same({0, -1}, complex_power({0, 1}, {-1, 0}).value);
  expect_same({1, 0}, complex_power({0, 0}, {0, 0}).value);
  expect_same({1, 0}, complex_power({kNan, 0}, {0, 0}).value);
}

TEST(ComplexArithmetic, PowerErrors) {
  EXPECT_EQ(complex_power({0, 0}, {-1, 0}).error, ComplexPowerError::kZeroToNegativePower);
  EXPECT_EQ(complex_power({0, 0}, {0, 1}).error, ComplexPowerError::kZeroToNegativePower);
  EXPECT_EQ(complex_power({0, 1e-200}, {-2, 0}).error, ComplexPowerError::kZeroToNegativePower);
  EXPECT_EQ(complex_power({2, 0}, {1024, 0}).error, ComplexPowerError::kOverflow);
  EXPECT_EQ(complex_power({2, 0}, {1024.5, 0}).error, ComplexPowerError::kOverflow);
  EXPECT_EQ(complex_power({0, 2}, {1e300, 0}).error, ComplexPowerError::kOverflow);
  // The C library's errno decides these, as in CPython: cos(inf) is a domain error.
  EXPECT_EQ(complex_power({-1, 0}, {1e308, 0}).error, ComplexPowerError::kZeroToNegativePower);
  EXPECT_EQ(complex_power({kInf, 0}, {0, 1}).error, ComplexPowerError::kZeroToNegativePower);
  // Overflow to nan (not inf) in the integer path is no error.
  const ComplexPowerResult nan_result = complex_power({1e300, 1e300}, {2, 0});
  EXPECT_EQ(nan_result.error, ComplexPowerError::kNone);
  EXPECT_TRUE(std::isnan(nan_result.value.real));
  // An underflow is no error either.
  EXPECT_EQ(complex_power({1e-200, 0}, {2, 0}).error, ComplexPowerError::kNone);
}

TEST(ComplexArithmetic, Magnitude) {
  EXPECT_EQ(*complex_magnitude({3, 4}), 5.0);
  EXPECT_EQ(*complex_magnitude({1e-320, 1e-320}), 1.414e-320);
  EXPECT_EQ(*complex_magnitude({1.7976931348623157e308, 1}), 1.7976931348623157e308);
  EXPECT_EQ(*complex_magnitude({kInf, kNan}), kInf);
  EXPECT_EQ(*complex_magnitude({kNan, -kInf}), kInf);
  EXPECT_TRUE(std::isnan(*complex_magnitude({kNan, 1})));
  EXPECT_FALSE(complex_magnitude({1.7976931348623157e308, 1.7976931348623157e308}).has_value());
}

TEST(ComplexFormat, NoTypeIsReprLike) {
  EXPECT_EQ(formatted({1, 1}, "<20"), "(1+1j)              ");
  EXPECT_EQ(formatted({0, 1}, "^8"), "   1j   ");
  EXPECT_EQ(formatted({1, 1}, "#"), "(1.+1.j)");
  EXPECT_EQ(formatted({1000, 0}, ","), "(1,000+0j)");
  EXPECT_EQ(formatted({1000, 0}, ".3"), "(1e+03+0j)");
  EXPECT_EQ(formatted({1, 1}, "#.3"), "(1.00+1.00j)");
  EXPECT_EQ(formatted({1, 1}, "+"), "(+1+1j)");
  EXPECT_EQ(formatted({0, 1}, "+"), "+1j");
  EXPECT_EQ(formatted({-0.0, -0.0}, "z"), "(0+0j)");
  EXPECT_EQ(formatted({1, 1}, "\xe2\x98\x85>9"), "\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85(1+1j)");
}

TEST(ComplexFormat, TypesHaveNoParentheses) {
  EXPECT_EQ(formatted({1, 1}, "g"), "1+1j");
  EXPECT_EQ(formatted({0, 1}, "g"), "0+1j");
  EXPECT_EQ(formatted({1.5, -2.25}, ".2f"), "1.50-2.25j");
  EXPECT_EQ(formatted({1000, 0}, "_.2f"), "1_000.00+0.00j");
  EXPECT_EQ(formatted({1, 1}, "E"), "1.000000E+00+1.000000E+00j");
  EXPECT_EQ(formatted({kNan, kInf}, "F"), "NAN+INFj");
  EXPECT_EQ(formatted({1.5, -2.25}, "#.0f"), "2.-2.j");
}

TEST(ComplexFormat, Errors) {
  EXPECT_EQ(formatted({1, 2}, "%"), "error: Unknown format code '%' for object of type 'complex'");
  EXPECT_EQ(formatted({1, 2}, "010"),
            "error: Zero padding is not allowed in complex format specifier");
  EXPECT_EQ(formatted({1, 2}, "0<10"),
            "error: Zero padding is not allowed in complex format specifier");
  EXPECT_EQ(formatted({1, 2}, "=10"),
            "error: '=' alignment flag is not allowed in complex format specifier");
  EXPECT_EQ(formatted({1, 2}, ".2147483648f"), "error: precision too big");
  EXPECT_EQ(formatted({1, 2}, "d"),
            "spec error: Unknown format code 'd' for object of type 'complex'");
}

}  // namespace
}  // namespace pyvm
