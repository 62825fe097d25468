// SPDX-License-Identifier: GPL-3.0-or-later
// Python's text formatting of numbers and strings, as plain C++ functions.
//
// This is the engine behind repr(float), format() / str.format() / f-strings
// (the format-spec mini-language), the numeric and string conversions of the
// `%` operator, round(float, ndigits) and float(str). It knows nothing about
// pyvm objects: the runtime converts its values to plain C++ ones (a double,
// a sign plus the digits of an int's magnitude, UTF-8 text), calls in here,
// and turns a returned error into the Python exception it names. Every
// function is pure and thread-safe.
//
// The results follow CPython 3.11 exactly, including every error message
// (Python/formatter_unicode.c, Python/pystrtod.c, Objects/unicodeobject.c,
// Objects/floatobject.c). Text in and out is UTF-8; widths and precisions of
// strings count code points, as Python does. Code points are read and written
// in generalized UTF-8: a surrogate (which a Python str may hold) is its
// three-byte sequence, and an invalid byte counts as one code point.
//
// Typical use, for `format(value, spec)`:
//
//   FormatSpecResult parsed = parse_format_spec(spec, FormatTarget::kInteger, "int");
//   if (!parsed.ok()) raise(*parsed.error);
//   int base = integer_format_base(parsed.spec);
//   FormatResult out = base == 0
//       ? format_float(parsed.spec, int_to_double(value))  // may raise OverflowError first
//       : format_integer(parsed.spec, value < 0, magnitude_digits(value, base));
//   if (!out.ok()) raise(*out.error);
//
// Allocation failure (e.g. a width of 10**15) surfaces as std::bad_alloc, like
// everywhere else in the runtime.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyvm {

// Which Python exception a formatting error must become.
enum class FormatErrorKind { kValueError, kOverflowError };

struct FormatError {
  FormatErrorKind kind = FormatErrorKind::kValueError;
  std::string message;  // CPython's message, without the "ValueError: " prefix
};

struct FormatResult {
  std::string text;                  // UTF-8; meaningful only when ok()
  std::optional<FormatError> error;  // set on failure
  bool ok() const { return !error; }
};

// ---------------------------------------------------------------------------
// repr / str of a float
// ---------------------------------------------------------------------------

// repr(value) (== str(value)): the shortest digits that round-trip, in
// positional notation when 1e-4 <= |value| < 1e16 and in exponent notation
// otherwise, always with a '.0' or an exponent: "1.0", "1e+16", "1e-05",
// "-0.0", "inf", "nan".
std::string float_repr(double value);

// ---------------------------------------------------------------------------
// The format-spec mini-language: format(value, spec)
// ---------------------------------------------------------------------------

// The kind of object being formatted. It decides the defaults (type 's' and
// left alignment for str, 'd' and right alignment for int, no type and right
// alignment for float) and which presentation types are known.
enum class FormatTarget { kString, kInteger, kFloat };

// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
// with defaults already resolved, as CPython's InternalFormatSpec.
struct FormatSpec {
  char32_t fill = U' ';
  char align = '>';               // '<', '>', '^' or '='
  char sign = '\0';               // '+', '-', ' ' or '\0' when not given
  bool no_negative_zero = false;  // 'z'
  bool alternate = false;         // '#'
  std::int64_t width = -1;        // -1: not given
  char grouping = '\0';           // ',', '_' or '\0'
  std::int64_t precision = -1;    // -1: not given
  char32_t type = U'\0';          // presentation type; '\0' only for a float without one
};

struct FormatSpecResult {
  FormatSpec spec;                   // meaningful only when ok()
  std::optional<FormatError> error;  // set on failure
  bool ok() const { return !error; }
};

// Parses a UTF-8 spec for an object of `target` kind whose Python type is
// named `type_name` (used in messages such as "Unknown format code 'd' for
// object of type 'float'"). Besides the syntax, this checks everything CPython
// checks before it looks at the value: grouping against the type and whether
// the type is known for the target. The empty spec parses to the defaults, and
// formatting with them gives str(value) -- except for objects whose str()
// differs from their format(), like bool: for an empty spec the caller should
// call str() on such objects instead.
FormatSpecResult parse_format_spec(std::string_view spec, FormatTarget target,
                                   std::string_view type_name);

// format(str, spec): precision truncates, width pads, both in code points.
FormatResult format_string(const FormatSpec& spec, std::string_view text);

// The base an int's magnitude must be rendered in for format_integer():
// 2, 8, 10 or 16 (10 for 'c', 'd' and 'n'). 0 means the spec's type is a
// float presentation (e E f F g G %): convert the int to a double (raising
// "OverflowError: int too large to convert to float" if it does not fit) and
// call format_float() with the same spec.
int integer_format_base(const FormatSpec& spec);

// format(int, spec) for a spec parsed with FormatTarget::kInteger whose
// integer_format_base() is not 0. `magnitude` holds the digits of |value| in
// that base, most significant first, lowercase, no prefix and no sign ("0" for
// zero). The prefix (#), case ('X'), sign, grouping and padding are added
// here. Errors: precision or 'z' given, and for 'c' a sign, '#', or a value
// outside range(0x110000) (OverflowError).
FormatResult format_integer(const FormatSpec& spec, bool negative, std::string_view magnitude);

// format(float, spec) for a spec parsed with FormatTarget::kFloat, or with
// kInteger when integer_format_base() is 0. Types e E f F g G n % and none
// ('n' behaves as 'g' in the "C" locale); no type means repr-like shortest
// digits, or with a precision 'g'-like but always with a digit after the
// point or an exponent.
FormatResult format_float(const FormatSpec& spec, double value);

// ---------------------------------------------------------------------------
// printf-style conversions of the `%` operator
// ---------------------------------------------------------------------------

// One already-parsed `%[flags][width][.precision]conversion`. The caller
// handles '*', mapping keys and the "precision too large" checks, and converts
// the argument (int() for d i u o x X, float() for e E f F g G, str()/repr()/
// ascii()/chr() for s r a c) before calling the matching function below.
struct PrintfSpec {
  bool left_adjust = false;  // '-'
  bool plus_sign = false;    // '+'
  bool space_sign = false;   // ' '
  bool alternate = false;    // '#'
  bool zero_pad = false;     // '0'
  std::int64_t width = -1;   // -1: not given
  std::int64_t precision = -1;
  char conversion = 's';
};

// 8 for 'o', 16 for 'x' and 'X', 10 for 'd', 'i' and 'u'.
int printf_integer_base(char conversion);

// '%d' % value and friends. `magnitude` is |value| in printf_integer_base()'s
// base, as for format_integer(). Precision is a minimum digit count.
std::string printf_integer(const PrintfSpec& spec, bool negative, std::string_view magnitude);

// '%f' % value and friends (e E f F g G): precision defaults to 6; infinities
// and NaN are spelled inf/nan, INF/NAN for the uppercase conversions.
std::string printf_float(const PrintfSpec& spec, double value);

// Pads (and, for the s, r and a conversions, truncates to the precision) an
// already converted string. The '0' flag has no effect on strings.
std::string printf_string(const PrintfSpec& spec, std::string_view text);
// The same for a bytes % operation: width and precision count bytes.
std::string printf_bytes(const PrintfSpec& spec, std::string_view data);

// ---------------------------------------------------------------------------
// round() and float()
// ---------------------------------------------------------------------------

// round(value) without ndigits, as a double: the nearest integer, ties to
// even. The caller converts it to an int (raising for inf and nan).
double round_half_even(double value);

// round(value, ndigits): correctly rounded to a multiple of 10**-ndigits, ties
// to even on the exact binary value (so round(2.675, 2) == 2.67). Returns
// nullopt when the result overflows: the caller raises "OverflowError: rounded
// value too large to represent". The caller clamps a huge int ndigits to the
// int64 range first, as CPython clips to Py_ssize_t.
std::optional<double> round_double(double value, std::int64_t ndigits);

// float(text) for a str: surrounding whitespace, a sign, digits with single
// underscores between them, an optional point and exponent, or inf, infinity
// and nan in any case; non-ASCII decimal digits and spaces count as their
// ASCII equivalents. Out-of-range values become inf or 0.0, as in CPython.
// nullopt when the text is not a float: the caller raises "ValueError: could
// not convert string to float: " followed by repr(text).
std::optional<double> parse_float(std::string_view text);

}  // namespace pyvm
