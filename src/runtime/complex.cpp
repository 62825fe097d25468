// SPDX-License-Identifier: GPL-3.0-or-later
// complex: CPython's complex numbers (see complex.h). The first half is plain
// C++ on ComplexParts -- arithmetic, hashing, repr, parsing and format() --
// ported from Objects/complexobject.c and Python/formatter_unicode.c; the
// second half is the Python type: its slots, methods and constructor.
#include "runtime/complex.h"

#include <cerrno>
#include <cmath>
#include <limits>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

namespace pyvm {

// ======================================================= arithmetic (pure)

namespace {

constexpr ComplexParts kOne{1.0, 0.0};

ComplexParts product(ComplexParts a, ComplexParts b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// x ** n for n >= 0 by repeated squaring (CPython's c_powu).
ComplexParts unsigned_power(ComplexParts x, long n) {
  ComplexParts result = kOne;
  ComplexParts square = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) result = product(result, square);
    square = product(square, square);
  }
  return result;
}

// x ** n for a small integer n (c_powi); EDOM in *error when a negative
// power of zero divides by zero.
ComplexParts integer_power(ComplexParts x, long n, int* error) {
  if (n > 0) return unsigned_power(x, n);
  std::optional<ComplexParts> inverse = complex_quotient(kOne, unsigned_power(x, -n));
  if (!inverse) {
    *error = EDOM;
    return {0.0, 0.0};
  }
  return *inverse;
}

// a ** b in polar form (_Py_c_pow). CPython lets the C library report
// through errno -- cos(inf) sets EDOM, an overflowing exp ERANGE -- and that
// decides which exception a strange power raises, so errno is read here too.
ComplexParts polar_power(ComplexParts a, ComplexParts b, int* error) {
  if (b.real == 0.0 && b.imag == 0.0) return kOne;
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) *error = EDOM;
    return {0.0, 0.0};
  }
  errno = 0;
  const double magnitude = std::hypot(a.real, a.imag);
  double length = std::pow(magnitude, b.real);
  const double angle = std::atan2(a.imag, a.real);
  double phase = angle * b.real;
  if (b.imag != 0.0) {
    length /= std::exp(angle * b.imag);
    phase += b.imag * std::log(magnitude);
  }
  const ComplexParts result{length * std::cos(phase), length * std::sin(phase)};
  *error = errno;
  return result;
}

}  // namespace

std::optional<ComplexParts> complex_quotient(ComplexParts a, ComplexParts b) {
  // Smith's algorithm: divide through by the larger of b's parts, which
  // avoids the spurious overflow of dividing by |b|**2.
  const double abs_real = std::fabs(b.real);
  const double abs_imag = std::fabs(b.imag);
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) return std::nullopt;
    const double ratio = b.imag / b.real;
    const double denominator = b.real + b.imag * ratio;
    return ComplexParts{(a.real + a.imag * ratio) / denominator,
                        (a.imag - a.real * ratio) / denominator};
  }
  if (abs_imag >= abs_real) {
    const double ratio = b.real / b.imag;
    const double denominator = b.real * ratio + b.imag;
    return ComplexParts{(a.real * ratio + a.imag) / denominator,
                        (a.imag * ratio - a.real) / denominator};
  }
  // At least one of b's parts is a NaN.
  const double nan = std::numeric_limits<double>::quiet_NaN();
  return ComplexParts{nan, nan};
}

ComplexPowerResult complex_power(ComplexParts base, ComplexParts exponent) {
  int error = 0;
  ComplexParts value;
  // A small integer exponent takes the faster, more accurate path.
  if (exponent.imag == 0.0 && exponent.real == std::floor(exponent.real) &&
      std::fabs(exponent.real) <= 100.0) {
    value = integer_power(base, static_cast<long>(exponent.real), &error);
  } else {
    value = polar_power(base, exponent, &error);
  }
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow; a range error
  // whose result is finite (an underflow) is not an error.
  if (std::isinf(value.real) || std::isinf(value.imag)) {
    if (error == 0) error = ERANGE;
  } else if (error == ERANGE) {
    error = 0;
  }
  if (error == EDOM) return {value, ComplexPowerError::kZeroToNegativePower};
  if (error == ERANGE) return {value, ComplexPowerError::kOverflow};
  return {value, ComplexPowerError::kNone};
}

std::optional<double> complex_magnitude(ComplexParts z) {
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    // C99: an infinite part makes the result infinite, even with a NaN.
    if (std::isinf(z.real)) return std::fabs(z.real);
    if (std::isinf(z.imag)) return std::fabs(z.imag);
    return std::numeric_limits<double>::quiet_NaN();
  }
  const double result = std::hypot(z.real, z.imag);
  if (!std::isfinite(result)) return std::nullopt;
  return result;
}

int64_t complex_hash(ComplexParts z, const void* identity) {
  constexpr uint64_t kImagMultiplier = 1000003;  // CPython's _PyHASH_IMAG
  auto part_hash = [identity](double part) {
    return static_cast<uint64_t>(std::isnan(part) ? pointer_hash(identity) : float_hash(part));
  };
  // Unsigned, so that the combination wraps around as CPython's does.
  const uint64_t combined = part_hash(z.real) + kImagMultiplier * part_hash(z.imag);
  const auto hash = static_cast<int64_t>(combined);
  return hash == -1 ? -2 : hash;
}

// ============================================================= text (pure)

namespace {

// A part as repr shows it: the float's repr without the ".0" that float
// adds to integral values (CPython's 'r' format without Py_DTSF_ADD_DOT_0).
std::string part_repr(double value) {
  std::string text = float_repr(value);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

}  // namespace

std::string complex_repr(ComplexParts z) {
  // A real part of +0 is left out, and so are the parentheses.
  if (z.real == 0.0 && !std::signbit(z.real)) return cat(part_repr(z.imag), 'j');
  const std::string imag = part_repr(z.imag);
  // The imaginary part always has a sign (a NaN shows as "+nan" whatever its sign).
  return cat('(', part_repr(z.real), imag.front() == '-' ? "" : "+", imag, "j)");
}

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
// Py_ISSPACE: ASCII whitespace only.
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ',
// Unicode decimal digits their ASCII digit; any other non-ASCII character
// becomes '?' and ends the text (which can then only be malformed).
std::string ascii_for_parsing(std::string_view text) {
  std::string ascii;
  ascii.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const uint32_t c = utf8_decode_at(text, &pos);
    if (c < 127) {
      ascii.push_back(static_cast<char>(c));
    } else if (unicode_is_space(c)) {
      ascii.push_back(' ');
    } else if (const int digit = unicode_decimal_value(c); digit >= 0) {
      ascii.push_back(static_cast<char>('0' + digit));
    } else {
      ascii.push_back('?');
      break;
    }
  }
  return ascii;
}

// _Py_string_to_number_with_underscores: removes underscores that each sit
// between two digits; false if any does not (or the text holds a NUL).
bool remove_underscores(std::string* text) {
  // CPython looks for '_' with strchr, which stops at a NUL.
  const size_t nul = text->find('\0');
  if (text->substr(0, nul).find('_') == std::string::npos) return true;
  if (nul != std::string::npos) return false;
  std::string without;
  char previous = '\0';
  for (const char c : *text) {
    if (c == '_') {
      if (!is_ascii_digit(previous)) return false;
    } else {
      if (previous == '_' && !is_ascii_digit(c)) return false;
      without.push_back(c);
    }
    previous = c;
  }
  if (previous == '_') return false;
  *text = std::move(without);
  return true;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view lower) {
  if (text.size() < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if ((text[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

// How many characters at the start of `text` PyOS_string_to_double reads
// as a float (0: none): a sign, digits with an optional point, an optional
// exponent that has digits; or else inf, infinity or nan in any case.
size_t float_prefix_length(std::string_view text) {
  const size_t n = text.size();
  const size_t sign = n > 0 && (text[0] == '+' || text[0] == '-') ? 1 : 0;
  size_t pos = sign;
  size_t digits = 0;
  for (; pos < n && is_ascii_digit(text[pos]); ++pos) ++digits;
  if (pos < n && text[pos] == '.') {
    for (++pos; pos < n && is_ascii_digit(text[pos]); ++pos) ++digits;
  }
  if (digits > 0) {
    if (pos < n && (text[pos] == 'e' || text[pos] == 'E')) {
      size_t exponent = pos + 1;
      if (exponent < n && (text[exponent] == '+' || text[exponent] == '-')) ++exponent;
      const size_t exponent_digits = exponent;
      while (exponent < n && is_ascii_digit(text[exponent])) ++exponent;
      if (exponent > exponent_digits) pos = exponent;  // else the 'e' is not part of it
    }
    return pos;
  }
  const std::string_view rest = text.substr(sign);
  if (starts_with_ignoring_case(rest, "inf")) {
    return sign + (starts_with_ignoring_case(rest, "infinity") ? 8 : 3);
  }
  if (starts_with_ignoring_case(rest, "nan")) return sign + 3;
  return 0;
}

// Reads a float at text[*pos]; false (and *pos unchanged) if there is none.
bool read_float(std::string_view text, size_t* pos, double* out) {
  const size_t length = float_prefix_length(text.substr(*pos));
  if (length == 0) return false;
  // The prefix is plain ASCII float syntax, which parse_float always accepts.
  *out = parse_float(text.substr(*pos, length)).value_or(0.0);
  *pos += length;
  return true;
}

// complex_from_string_inner: <float>, <float>j, <float><signed-float>j, and
// the older forms <float><sign>j, <sign>j and j; optionally in parentheses,
// with whitespace around.
std::optional<ComplexParts> parse_complex_ascii(std::string_view s) {
  size_t pos = 0;
  auto at = [&](size_t i) { return i < s.size() ? s[i] : '\0'; };
  auto skip_spaces = [&] {
    while (is_ascii_space(at(pos))) ++pos;
  };
  auto at_j = [&] { return at(pos) == 'j' || at(pos) == 'J'; };
  auto is_sign = [](char c) { return c == '+' || c == '-'; };

  ComplexParts z;
  skip_spaces();
  const bool bracketed = at(pos) == '(';
  if (bracketed) {
    ++pos;
    skip_spaces();
  }
  double first;
  if (read_float(s, &pos, &first)) {
    if (is_sign(at(pos))) {  // <float><signed-float>j or <float><sign>j
      z.real = first;
      if (!read_float(s, &pos, &z.imag)) z.imag = s[pos++] == '+' ? 1.0 : -1.0;
      if (!at_j()) return std::nullopt;
      ++pos;
    } else if (at_j()) {  // <float>j
      z.imag = first;
      ++pos;
    } else {  // <float>
      z.real = first;
    }
  } else {  // <sign>j or j
    z.imag = 1.0;
    if (is_sign(at(pos))) z.imag = s[pos++] == '+' ? 1.0 : -1.0;
    if (!at_j()) return std::nullopt;
    ++pos;
  }
  skip_spaces();
  if (bracketed) {
    if (at(pos) != ')') return std::nullopt;
    ++pos;
    skip_spaces();
  }
  if (pos != s.size()) return std::nullopt;  // also catches an embedded NUL
  return z;
}

}  // namespace

ComplexParseResult parse_complex(std::string_view text) {
  std::string ascii = ascii_for_parsing(text);
  if (!remove_underscores(&ascii)) return {{}, ComplexParseError::kBadUnderscore};
  std::optional<ComplexParts> z = parse_complex_ascii(ascii);
  if (!z) return {{}, ComplexParseError::kMalformed};
  return {*z, ComplexParseError::kNone};
}

namespace {

FormatError format_value_error(std::string message) {
  return FormatError{FormatErrorKind::kValueError, std::move(message)};
}

// One part of format(z, spec), without padding, as format_complex_internal
// renders it: a float with the spec's type, precision and flags -- except
// that with no type, the part is like repr's (no ".0" for an integral
// value) and a precision makes it 'g' (again without the ".0").
FormatResult format_part(const FormatSpec& spec, double value, char sign) {
  FormatSpec part = spec;
  part.fill = U' ';
  part.align = '<';
  part.width = -1;
  part.sign = sign;
  const bool repr_like = spec.type == U'\0' && spec.precision < 0;
  if (spec.type == U'\0' && spec.precision >= 0) part.type = U'g';
  FormatResult result = format_float(part, value);
  // format_float gives float's form of the no-type case ("1.0", "1,000.0");
  // a complex part drops the "0", and the "." too unless '#' keeps it.
  if (result.ok() && repr_like && result.text.ends_with(".0")) {
    result.text.resize(result.text.size() - (spec.alternate ? 1 : 2));
  }
  return result;
}

}  // namespace

FormatResult format_complex(const FormatSpec& spec, std::string_view type_name, ComplexParts z) {
  FormatResult result;
  if (spec.type == U'%') {  // the float spec parser knows '%'; complex does not
    result.error = format_value_error(cat("Unknown format code '%' for object of type '",
                                          type_name.substr(0, 200), "'"));
    return result;
  }
  if (spec.precision > std::numeric_limits<int>::max()) {
    result.error = format_value_error("precision too big");
  } else if (spec.fill == U'0') {
    result.error = format_value_error("Zero padding is not allowed in complex format specifier");
  } else if (spec.align == '=') {
    result.error =
        format_value_error("'=' alignment flag is not allowed in complex format specifier");
  }
  if (result.error) return result;

  // With no type the result looks like repr: the real part is left out
  // when it is +0, and otherwise the whole is in parentheses.
  const bool no_type = spec.type == U'\0';
  const bool skip_real = no_type && z.real == 0.0 && !std::signbit(z.real);
  const bool parentheses = no_type && !skip_real;
  FormatResult real = format_part(spec, z.real, spec.sign);
  FormatResult imag = format_part(spec, z.imag, skip_real ? spec.sign : '+');
  if (!real.ok()) return real;
  if (!imag.ok()) return imag;

  std::string body;
  if (parentheses) body += '(';
  if (!skip_real) body += real.text;
  body += imag.text;
  body += 'j';
  if (parentheses) body += ')';

  // The parts are ASCII, so bytes count characters.
  const int64_t padding = std::max<int64_t>(0, spec.width - static_cast<int64_t>(body.size()));
  const int64_t left = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
  std::string fill;
  utf8_append(fill, spec.fill);
  for (int64_t i = 0; i < left; ++i) result.text += fill;
  result.text += body;
  for (int64_t i = left; i < padding; ++i) result.text += fill;
  return result;
}

// ============================================================ the type

bool is_complex(Runtime& rt, const Value& value) {
  return value.is_object() && value.as_object()->type->layout == rt.complex_type;
}

Value make_complex(Runtime& rt, ComplexParts value) {
  Complex* c = new_object<Complex>(rt.gc, rt.complex_type, 0);
  c->real = value.real;
  c->imag = value.imag;
  return Value::steal(c);
}

namespace {

// An instance of complex or of a subclass (whose instances may have room
// for a __dict__ after the Complex layout).
Value make_complex_of_type(Runtime& rt, Type* type, ComplexParts value) {
  if (type == rt.complex_type) return make_complex(rt, value);
  Complex* c = new_object<Complex>(rt.gc, type, type->instance_size - sizeof(Complex));
  c->real = value.real;
  c->imag = value.imag;
  return Value::steal(c);
}

// A float result; a NaN gets its own identity, as a new float object would
// in CPython (see float.h, distinct_nan).
Value float_result(Runtime& rt, double value) {
  return Value::floating(std::isnan(value) ? distinct_nan(rt, std::signbit(value)) : value);
}

enum class Conversion { kDone, kNotANumber, kFailed };

// An int, float or complex operand as ComplexParts (CPython's to_complex);
// an int too large for a float raises OverflowError.
Conversion to_parts(Runtime& rt, const Value& value, ComplexParts* out) {
  if (is_complex(rt, value)) {
    *out = complex_parts(value);
    return Conversion::kDone;
  }
  if (is_float(value) || is_int(value)) {
    *out = {0.0, 0.0};
    return to_double(rt, value, &out->real) ? Conversion::kDone : Conversion::kFailed;
  }
  return Conversion::kNotANumber;
}

Value raise_power_error(Runtime& rt, ComplexPowerError error) {
  if (error == ComplexPowerError::kZeroToNegativePower) {
    return rt.raise(Exc::kZeroDivisionError, "0.0 to a negative or complex power");
  }
  return rt.raise(Exc::kOverflowError, "complex exponentiation");
}

}  // namespace

Value complex_power_value(Runtime& rt, ComplexParts base, ComplexParts exponent) {
  const ComplexPowerResult result = complex_power(base, exponent);
  if (result.error != ComplexPowerError::kNone) return raise_power_error(rt, result.error);
  return make_complex(rt, result.value);
}

Value complex_binary(Runtime& rt, BinaryOp op, const Value& a, const Value& b) {
  ComplexParts x, y;
  // Both operands convert before anything is computed, left first.
  for (const auto& [operand, parts] : {std::pair{&a, &x}, std::pair{&b, &y}}) {
    const Conversion conversion = to_parts(rt, *operand, parts);
    if (conversion == Conversion::kFailed) return Value();
    if (conversion == Conversion::kNotANumber) return rt.not_implemented();
  }
  switch (op) {
    case BinaryOp::kAdd: return make_complex(rt, {x.real + y.real, x.imag + y.imag});
    case BinaryOp::kSubtract: return make_complex(rt, {x.real - y.real, x.imag - y.imag});
    case BinaryOp::kMultiply: return make_complex(rt, product(x, y));
    case BinaryOp::kTrueDivide: {
      std::optional<ComplexParts> quotient = complex_quotient(x, y);
      if (!quotient) return rt.raise(Exc::kZeroDivisionError, "complex division by zero");
      return make_complex(rt, *quotient);
    }
    case BinaryOp::kPower: return complex_power_value(rt, x, y);
    default: return rt.not_implemented();
  }
}

namespace {

// ------------------------------------------------------------------- slots

template <BinaryOp kOp>
Value complex_binary_slot(Runtime& rt, const Value& a, const Value& b) {
  return complex_binary(rt, kOp, a, b);
}

// pow(a, b, modulus): complex has no modular power, whatever the modulus.
Value complex_power_slot(Runtime& rt, const Value& a, const Value& b, const Value& modulus) {
  if (modulus.is_null() || modulus.is_none()) return complex_binary(rt, BinaryOp::kPower, a, b);
  ComplexParts x, y;
  for (const auto& [operand, parts] : {std::pair{&a, &x}, std::pair{&b, &y}}) {
    const Conversion conversion = to_parts(rt, *operand, parts);
    if (conversion == Conversion::kFailed) return Value();
    if (conversion == Conversion::kNotANumber) return rt.not_implemented();
  }
  return rt.raise(Exc::kValueError, "complex modulo");
}

Value complex_repr_slot(Runtime& rt, const Value& self) {
  return make_str(rt, complex_repr(complex_parts(self)));
}

bool complex_hash_slot(Runtime&, const Value& self, int64_t* out) {
  *out = complex_hash(complex_parts(self), self.as_object());
  return true;
}

// Only == and != (complex numbers are not ordered); an int compares exactly,
// however large.
Value complex_compare_slot(Runtime& rt, const Value& self, const Value& other, CompareOp op) {
  if ((op != CompareOp::kEqual && op != CompareOp::kNotEqual) || !is_complex(rt, self)) {
    return rt.not_implemented();
  }
  const ComplexParts z = complex_parts(self);
  bool equal;
  if (is_int(other)) {
    equal = z.imag == 0.0 && int_compare_double(other, z.real) == 0;
  } else if (is_float(other)) {
    equal = z.real == float_value(other) && z.imag == 0.0;
  } else if (is_complex(rt, other)) {
    const ComplexParts w = complex_parts(other);
    equal = z.real == w.real && z.imag == w.imag;
  } else {
    return rt.not_implemented();
  }
  return Value::boolean(equal == (op == CompareOp::kEqual));
}

int complex_truth(Runtime&, const Value& self) {
  const ComplexParts z = complex_parts(self);
  return z.real != 0.0 || z.imag != 0.0;
}

Value complex_negative(Runtime& rt, const Value& self) {
  const ComplexParts z = complex_parts(self);
  return make_complex(rt, {-z.real, -z.imag});
}

// +z is z itself, or for a subclass instance an exact complex equal to it.
Value complex_positive(Runtime& rt, const Value& self) {
  if (rt.type_of(self) == rt.complex_type) return self;
  return make_complex(rt, complex_parts(self));
}

Value complex_absolute(Runtime& rt, const Value& self) {
  std::optional<double> magnitude = complex_magnitude(complex_parts(self));
  if (!magnitude) return rt.raise(Exc::kOverflowError, "absolute value too large");
  return float_result(rt, *magnitude);
}

// ----------------------------------------------------------------- methods

Value complex_conjugate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "complex.conjugate", nargs - 1, kwnames)) return Value();
  const ComplexParts z = complex_parts(args[0]);
  return make_complex(rt, {z.real, -z.imag});
}

Value complex_getnewargs(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "complex.__getnewargs__", nargs - 1, kwnames)) return Value();
  const ComplexParts z = complex_parts(args[0]);
  return make_tuple(rt, {float_result(rt, z.real), float_result(rt, z.imag)});
}

Value complex_complex_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "complex.__complex__", nargs - 1, kwnames)) return Value();
  return complex_positive(rt, args[0]);
}

Value complex_format_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "complex.__format__", nargs - 1, kwnames)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError,
                    cat("__format__() argument must be str, not ", type_name(rt, args[1])));
  }
  const std::string_view spec = as_str(args[1])->view();
  if (spec.empty()) return to_str(rt, args[0]);
  FormatSpecResult parsed = parse_format_spec(spec, FormatTarget::kFloat, type_name(rt, args[0]));
  if (!parsed.ok()) return rt.raise(Exc::kValueError, parsed.error->message);
  FormatResult result = format_complex(parsed.spec, type_name(rt, args[0]), complex_parts(args[0]));
  if (!result.ok()) return rt.raise(Exc::kValueError, result.error->message);
  return make_str(rt, result.text);
}

Value complex_real(Runtime& rt, const Value& self) {
  return float_result(rt, complex_parts(self).real);
}
Value complex_imag(Runtime& rt, const Value& self) {
  return float_result(rt, complex_parts(self).imag);
}
// CPython's real and imag are read-only members, with the members' message.
bool complex_set_part(Runtime& rt, const Value&, const Value&) {
  rt.raise(Exc::kAttributeError, "readonly attribute");
  return false;
}

const MethodDef kComplexMethods[] = {
    {"conjugate", complex_conjugate},
    {"__getnewargs__", complex_getnewargs},
    {"__format__", complex_format_method},
    {"__complex__", complex_complex_method},
};

const GetSetDef kComplexGetSets[] = {
    {"real", complex_real, complex_set_part},
    {"imag", complex_imag, complex_set_part},
};

// ------------------------------------------------------------- constructor

Value complex_from_string(Runtime& rt, Type* type, const Value& text) {
  const ComplexParseResult parsed = parse_complex(as_str(text)->view());
  switch (parsed.error) {
    case ComplexParseError::kNone: return make_complex_of_type(rt, type, parsed.value);
    case ComplexParseError::kMalformed:
      return rt.raise(Exc::kValueError, "complex() arg is a malformed string");
    case ComplexParseError::kBadUnderscore:
      return rt.raise(Exc::kValueError, cat("could not convert string to complex: ",
                                            str_repr(as_str(text)->view())));
  }
  return Value();
}

// value.__complex__() when its type defines it: a complex (subclasses
// accepted), or null -- with the error set if the call failed, without one
// if there is no __complex__.
Value call_dunder_complex(Runtime& rt, const Value& value) {
  Str* name = rt.names.dunder_complex;
  if (lookup_in_mro(rt.type_of(value), name) == nullptr) return Value();
  Value result = call_special_method(rt, value, name, nullptr, 0);
  if (result.is_null() || is_complex(rt, result)) return result;
  return rt.raise(Exc::kTypeError,
                  cat("__complex__ returned non-complex (type ", type_name(rt, result), ")"));
}

// What complex() accepts as a number: a complex, or anything with
// __float__ or __index__.
bool is_number_argument(Runtime& rt, const Value& value) {
  const Type* type = rt.type_of(value);
  return is_complex(rt, value) || type->to_float != nullptr || type->index != nullptr;
}

// A real argument's value, through float() as CPython's PyNumber_Float.
bool real_value(Runtime& rt, const Value& value, double* out) {
  Value converted = call(rt, Value::from_object(rt.float_type), &value, 1);
  if (converted.is_null()) return false;
  *out = converted.as_float();
  return true;
}

// complex(real, imag) for numbers: real + imag*1j, where either may itself
// be complex (complex(1j, 1j) == -1+1j).
Value complex_from_numbers(Runtime& rt, Type* type, const Value& real, const Value& imag) {
  // Floats and small ints (most calls) have no __complex__ and are their
  // own float(): no protocol to look up.
  auto plain = [](const Value& v) { return v.is_float() || v.is_small_int(); };
  auto as_double = [](const Value& v) {
    return v.is_float() ? v.as_float() : static_cast<double>(v.as_small_int());
  };
  if (plain(real) && (imag.is_null() || plain(imag))) {
    const double imag_part = imag.is_null() ? 0.0 : as_double(imag);
    return make_complex_of_type(rt, type, {as_double(real), imag_part});
  }
  Value converted = call_dunder_complex(rt, real);
  if (converted.is_null() && rt.has_error()) return Value();
  const Value& r = converted.is_null() ? real : converted;
  if (!is_number_argument(rt, r)) {
    return rt.raise(Exc::kTypeError,
                    cat("complex() first argument must be a string or a number, not '",
                        type_name(rt, r), "'"));
  }
  if (!imag.is_null() && !is_number_argument(rt, imag)) {
    return rt.raise(Exc::kTypeError, cat("complex() second argument must be a number, not '",
                                         type_name(rt, imag), "'"));
  }
  ComplexParts real_part;  // r as a complex
  const bool real_is_complex = is_complex(rt, r);
  if (real_is_complex) {
    real_part = complex_parts(r);
  } else if (!real_value(rt, r, &real_part.real)) {
    return Value();
  }
  ComplexParts imag_part;  // imag as a complex
  const bool imag_is_complex = !imag.is_null() && is_complex(rt, imag);
  if (imag.is_null()) {
    imag_part.real = real_part.imag;
  } else if (imag_is_complex) {
    imag_part = complex_parts(imag);
  } else if (!real_value(rt, imag, &imag_part.real)) {
    return Value();
  }
  // real + imag*1j, when the arguments themselves have imaginary parts.
  if (imag_is_complex) real_part.real -= imag_part.imag;
  if (real_is_complex && !imag.is_null()) imag_part.real += real_part.imag;
  return make_complex_of_type(rt, type, {real_part.real, imag_part.real});
}

// complex(real=0, imag=0)
Value complex_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (nargs > 2) {
    return rt.raise(Exc::kTypeError, cat("complex() takes at most 2 ",
                                         positional == 0 ? "keyword " : "", "arguments (", nargs,
                                         " given)"));
  }
  static const Parameters kParameters{"complex", {"real", "imag"}, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  const Value real = bound[0].is_null() ? Value::small_int(0) : bound[0];
  const Value& imag = bound[1];
  // An exact complex alone is returned as it is.
  if (imag.is_null() && type == rt.complex_type && rt.type_of(real) == rt.complex_type) {
    return real;
  }
  if (is_str(real)) {
    if (!imag.is_null()) {
      return rt.raise(Exc::kTypeError, "complex() can't take second arg if first is a string");
    }
    return complex_from_string(rt, type, real);
  }
  if (!imag.is_null() && is_str(imag)) {
    return rt.raise(Exc::kTypeError, "complex() second arg can't be a string");
  }
  return complex_from_numbers(rt, type, real, imag);
}

void set_complex_number_slots(Type* type) {
  type->binary[static_cast<int>(BinaryOp::kAdd)] = complex_binary_slot<BinaryOp::kAdd>;
  type->binary[static_cast<int>(BinaryOp::kSubtract)] = complex_binary_slot<BinaryOp::kSubtract>;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = complex_binary_slot<BinaryOp::kMultiply>;
  type->binary[static_cast<int>(BinaryOp::kTrueDivide)] =
      complex_binary_slot<BinaryOp::kTrueDivide>;
  type->binary[static_cast<int>(BinaryOp::kPower)] = complex_binary_slot<BinaryOp::kPower>;
  type->power = complex_power_slot;
  type->negative = complex_negative;
  type->positive = complex_positive;
  type->absolute = complex_absolute;
}

}  // namespace

void init_complex_type(Runtime& rt) {
  Type* type = rt.complex_type;
  define_builtin_type(rt, type, "complex", rt.object_type, sizeof(Complex), kTypeBaseType,
                      dealloc_object<Complex>);
  type->repr = complex_repr_slot;
  type->hash = complex_hash_slot;
  type->compare = complex_compare_slot;
  type->truth = complex_truth;
  set_complex_number_slots(type);
  type->new_instance = complex_new;
  add_methods(rt, type, kComplexMethods);
  add_getsets(rt, type, kComplexGetSets);
}

bool has_layout(const Object* object, const Complex*) {
  return layout_extends(object, object->type->runtime->complex_type);
}

}  // namespace pyvm
