// SPDX-License-Identifier: GPL-3.0-or-later
// complex: a pair of doubles, real and imaginary part.
//
// Unlike int and float, a complex number is a heap object (a Value has room
// for one double, not two). The arithmetic follows CPython's
// Objects/complexobject.c algorithm for algorithm, so that results, special
// values (inf, nan, signed zeros) and errors are the same: Smith's method
// for division, repeated squaring for small integer exponents, polar form
// for every other power. The plain C++ functions below (on ComplexParts)
// hold that logic; the type's slots convert operands and raise the errors.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/number_format.h"
#include "runtime/object.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

struct Complex : Object {
  double real = 0.0;
  double imag = 0.0;
};
bool has_layout(const Object* object, const Complex*);

// The value of a complex number as plain C++ (CPython's Py_complex).
struct ComplexParts {
  double real = 0.0;
  double imag = 0.0;
};

// Any instance of complex or of a class deriving from it.
bool is_complex(Runtime& rt, const Value& value);
inline ComplexParts complex_parts(const Value& complex) {
  const Complex* c = complex.as<Complex>();
  return {c->real, c->imag};
}
// A new exact complex.
Value make_complex(Runtime& rt, ComplexParts value);

// ---------------------------------------------------------------- arithmetic

// a / b; nullopt when b is zero ("complex division by zero").
std::optional<ComplexParts> complex_quotient(ComplexParts a, ComplexParts b);

enum class ComplexPowerError {
  kNone,
  kZeroToNegativePower,  // ZeroDivisionError "0.0 to a negative or complex power"
  kOverflow              // OverflowError "complex exponentiation"
};
struct ComplexPowerResult {
  ComplexParts value;
  ComplexPowerError error = ComplexPowerError::kNone;
};
// base ** exponent (CPython's complex_pow without the modulus).
ComplexPowerResult complex_power(ComplexParts base, ComplexParts exponent);

// abs(z); nullopt on overflow ("absolute value too large").
std::optional<double> complex_magnitude(ComplexParts z);

// hash(z), equal to hash(z.real) when z.imag is 0. A NaN part hashes by
// `identity` (the object), as CPython hashes a NaN by the object holding it.
int64_t complex_hash(ComplexParts z, const void* identity);

// ---------------------------------------------------------------------- text

// repr(z): "1j", "(1+2j)", "(-0-1j)", "(nan+infj)", "(1e+300+1j)".
std::string complex_repr(ComplexParts z);

enum class ComplexParseError {
  kNone,
  kMalformed,      // ValueError "complex() arg is a malformed string"
  kBadUnderscore   // ValueError "could not convert string to complex: " + repr(text)
};
struct ComplexParseResult {
  ComplexParts value;
  ComplexParseError error = ComplexParseError::kNone;
};
// complex(text) for a str (UTF-8): "1+2j", " (1-2.5e3J) ", "j", "-inf+nanj",
// with Unicode digits and spaces, and underscores between digits.
ComplexParseResult parse_complex(std::string_view text);

// format(z, spec) for a spec parsed with FormatTarget::kFloat, z being an
// instance of the type named `type_name`. Checks the rules only complex has
// (no '%' type, no zero padding, no '=' alignment).
FormatResult format_complex(const FormatSpec& spec, std::string_view type_name, ComplexParts z);

// ------------------------------------------------------------------ runtime

// a <op> b when either operand is a complex and the other an int, float or
// complex (+ - * / **); NotImplemented otherwise, null with the error set.
// Also used to fold constant expressions such as 1+2j at compile time.
Value complex_binary(Runtime& rt, BinaryOp op, const Value& a, const Value& b);
// base ** exponent as a complex value, raising as `**` does (float's power
// of a negative base to a fractional exponent ends up here).
Value complex_power_value(Runtime& rt, ComplexParts base, ComplexParts exponent);

void init_complex_type(Runtime& rt);

}  // namespace pyvm
