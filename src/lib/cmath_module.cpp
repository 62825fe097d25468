// SPDX-License-Identifier: GPL-3.0-or-later
// The cmath module: CPython 3.11's complex functions, result for result.
//
// Finite arguments go through the same formulas as CPython (W. Kahan,
// "Branch Cuts for Complex Elementary Functions": square roots taken so
// that no intermediate overflows, separate paths for huge and tiny
// arguments), so values agree to the last bit; arguments with an infinite
// or NaN part take C99 Annex G's values from the tables in
// cmath_special_values.inc. Errors follow CPython's errno rules: a finite
// argument whose result is infinite is "math range error" (OverflowError),
// a result that does not exist is "math domain error" (ValueError).
#include <array>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <limits>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/complex.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.141592653589793;
constexpr double kE = 2.718281828459045;
constexpr double kLn2 = 0.6931471805599453;
constexpr double kLn10 = 2.302585092994046;

// Above these, squaring or doubling an argument could overflow, so the
// functions switch to asymptotic forms.
const double kLargeDouble = DBL_MAX / 4.0;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
// sqrt scales subnormal arguments up by 2**53 and its result down by 2**27.
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

using SpecialTable = std::array<std::array<ComplexParts, 7>, 7>;
#include "lib/cmath_special_values.inc"

enum SpecialClass {
  kNegativeInfinity,
  kNegative,
  kNegativeZero,
  kPositiveZero,
  kPositive,
  kPositiveInfinity,
  kNotANumber
};

SpecialClass special_class(double x) {
  if (std::isnan(x)) return kNotANumber;
  if (std::isinf(x)) return x > 0 ? kPositiveInfinity : kNegativeInfinity;
  if (x == 0) return std::signbit(x) ? kNegativeZero : kPositiveZero;
  return x > 0 ? kPositive : kNegative;
}

bool is_finite(ComplexParts z) { return std::isfinite(z.real) && std::isfinite(z.imag); }

ComplexParts special_value(const SpecialTable& table, ComplexParts z) {
  return table[special_class(z.real)][special_class(z.imag)];
}

// What CPython's errno says after a function: which exception, if any.
enum class MathError { kNone, kDomain, kRange };

ComplexParts negate(ComplexParts z) { return {-z.real, -z.imag}; }
// i*z and -i*z turn the circular functions into hyperbolic ones.
ComplexParts times_i(ComplexParts z) { return {-z.imag, z.real}; }
ComplexParts times_minus_i(ComplexParts z) { return {z.imag, -z.real}; }

// log(|z|) for a huge z, halving first so that hypot cannot overflow.
double log_of_huge_magnitude(ComplexParts z) {
  return std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + kLn2 * 2.0;
}

ComplexParts complex_sqrt(ComplexParts z, MathError* error) {
  *error = MathError::kNone;
  if (!is_finite(z)) return special_value(kSqrtSpecialValues, z);
  if (z.real == 0.0 && z.imag == 0.0) return {0.0, z.imag};
  double ax = std::fabs(z.real);
  const double ay = std::fabs(z.imag);
  double s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal and lose precision.
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  const double d = ay / (2.0 * s);
  if (z.real >= 0.0) return {s, std::copysign(d, z.imag)};
  return {d, std::copysign(s, z.imag)};
}

ComplexParts complex_acos(ComplexParts z, MathError* error) {
  *error = MathError::kNone;
  if (!is_finite(z)) return special_value(kAcosSpecialValues, z);
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    const double real = std::atan2(std::fabs(z.imag), z.real);
    // Written so that the branch cut keeps its continuity with signed zeros.
    if (z.real < 0.0) return {real, -std::copysign(log_of_huge_magnitude(z), z.imag)};
    return {real, std::copysign(log_of_huge_magnitude(z), -z.imag)};
  }
  MathError ignored;
  const ComplexParts s1 = complex_sqrt({1.0 - z.real, -z.imag}, &ignored);
  const ComplexParts s2 = complex_sqrt({1.0 + z.real, z.imag}, &ignored);
  return {2.0 * std::atan2(s1.real, s2.real), std::asinh(s2.real * s1.imag - s2.imag * s1.real)};
}

ComplexParts complex_acosh(ComplexParts z, MathError* error) {
  *error = MathError::kNone;
  if (!is_finite(z)) return special_value(kAcoshSpecialValues, z);
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    return {log_of_huge_magnitude(z), std::atan2(z.imag, z.real)};
  }
  MathError ignored;
  const ComplexParts s1 = complex_sqrt({z.real - 1.0, z.imag}, &ignored);
  const ComplexParts s2 = complex_sqrt({z.real + 1.0, z.imag}, &ignored);
  return {std::asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * std::atan2(s1.imag, s2.real)};
}

ComplexParts complex_asinh(ComplexParts z, MathError* error) {
  *error = MathError::kNone;
  if (!is_finite(z)) return special_value(kAsinhSpecialValues, z);
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    const double real = z.imag >= 0.0 ? std::copysign(log_of_huge_magnitude(z), z.real)
                                      : -std::copysign(log_of_huge_magnitude(z), -z.real);
    return {real, std::atan2(z.imag, std::fabs(z.real))};
  }
  MathError ignored;
  const ComplexParts s1 = complex_sqrt({1.0 + z.imag, -z.real}, &ignored);
  const ComplexParts s2 = complex_sqrt({1.0 - z.imag, z.real}, &ignored);
  return {std::asinh(s1.real * s2.imag - s2.real * s1.imag),
          std::atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag)};
}

// asin(z) = -i asinh(iz)
ComplexParts complex_asin(ComplexParts z, MathError* error) {
  return times_minus_i(complex_asinh(times_i(z), error));
}

ComplexParts complex_atanh(ComplexParts z, MathError* error) {
  *error = MathError::kNone;
  if (!is_finite(z)) return special_value(kAtanhSpecialValues, z);
  // atanh is odd: work with a non-negative real part.
  if (z.real < 0.0) return negate(complex_atanh(negate(z), error));
  const double ay = std::fabs(z.imag);
  if (z.real > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    // For a huge z, atanh(z) ~ 1/z +/- i*pi/2.
    const double h = std::hypot(z.real / 2.0, z.imag / 2.0);
    return {z.real / 4.0 / h / h, -std::copysign(kPi / 2.0, -z.imag)};
  }
  if (z.real == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) {
      *error = MathError::kDomain;  // the pole at 1: C99's inf +/- 0i
      return {kInf, z.imag};
    }
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
            std::copysign(std::atan2(2.0, -ay) / 2.0, z.imag)};
  }
  return {std::log1p(4.0 * z.real / ((1.0 - z.real) * (1.0 - z.real) + ay * ay)) / 4.0,
          -std::atan2(-2.0 * z.imag, (1.0 - z.real) * (1.0 + z.real) - ay * ay) / 2.0};
}

// atan(z) = -i atanh(iz)
ComplexParts complex_atan(ComplexParts z, MathError* error) {
  return times_minus_i(complex_atanh(times_i(z), error));
}

// An infinite result is an overflow of a finite argument.
MathError range_check(ComplexParts r) {
  return (std::isinf(r.real) || std::isinf(r.imag)) ? MathError::kRange : MathError::kNone;
}

ComplexParts complex_cosh(ComplexParts z, MathError* error) {
  if (!is_finite(z)) {
    *error = (std::isinf(z.imag) && !std::isnan(z.real)) ? MathError::kDomain : MathError::kNone;
    if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
      const double imag = std::copysign(kInf, std::sin(z.imag));
      return {std::copysign(kInf, std::cos(z.imag)), z.real > 0 ? imag : -imag};
    }
    return special_value(kCoshSpecialValues, z);
  }
  ComplexParts r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    // cosh(x) overflows before cosh(x) * cos(y) does.
    const double x_minus_one = z.real - std::copysign(1.0, z.real);
    r = {std::cos(z.imag) * std::cosh(x_minus_one) * kE,
         std::sin(z.imag) * std::sinh(x_minus_one) * kE};
  } else {
    r = {std::cos(z.imag) * std::cosh(z.real), std::sin(z.imag) * std::sinh(z.real)};
  }
  *error = range_check(r);
  return r;
}

// cos(z) = cosh(iz)
ComplexParts complex_cos(ComplexParts z, MathError* error) {
  return complex_cosh(times_i(z), error);
}

ComplexParts complex_sinh(ComplexParts z, MathError* error) {
  if (!is_finite(z)) {
    *error = (std::isinf(z.imag) && !std::isnan(z.real)) ? MathError::kDomain : MathError::kNone;
    if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
      const double real = std::copysign(kInf, std::cos(z.imag));
      return {z.real > 0 ? real : -real, std::copysign(kInf, std::sin(z.imag))};
    }
    return special_value(kSinhSpecialValues, z);
  }
  ComplexParts r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    const double x_minus_one = z.real - std::copysign(1.0, z.real);
    r = {std::cos(z.imag) * std::sinh(x_minus_one) * kE,
         std::sin(z.imag) * std::cosh(x_minus_one) * kE};
  } else {
    r = {std::cos(z.imag) * std::sinh(z.real), std::sin(z.imag) * std::cosh(z.real)};
  }
  *error = range_check(r);
  return r;
}

// sin(z) = -i sinh(iz)
ComplexParts complex_sin(ComplexParts z, MathError* error) {
  return times_minus_i(complex_sinh(times_i(z), error));
}

ComplexParts complex_tanh(ComplexParts z, MathError* error) {
  if (!is_finite(z)) {
    *error = (std::isinf(z.imag) && std::isfinite(z.real)) ? MathError::kDomain : MathError::kNone;
    if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
      return {z.real > 0 ? 1.0 : -1.0,
              std::copysign(0.0, 2.0 * std::sin(z.imag) * std::cos(z.imag))};
    }
    return special_value(kTanhSpecialValues, z);
  }
  *error = MathError::kNone;
  if (std::fabs(z.real) > kLogLargeDouble) {
    // 2*z.real would overflow; tanh is +/-1 to double precision here.
    return {std::copysign(1.0, z.real),
            4.0 * std::sin(z.imag) * std::cos(z.imag) * std::exp(-2.0 * std::fabs(z.real))};
  }
  const double tx = std::tanh(z.real);
  const double ty = std::tan(z.imag);
  const double cx = 1.0 / std::cosh(z.real);
  const double txty = tx * ty;
  const double denominator = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denominator, ((ty / denominator) * cx) * cx};
}

// tan(z) = -i tanh(iz)
ComplexParts complex_tan(ComplexParts z, MathError* error) {
  return times_minus_i(complex_tanh(times_i(z), error));
}

ComplexParts complex_exp(ComplexParts z, MathError* error) {
  if (!is_finite(z)) {
    const bool infinite_imag_matters = std::isfinite(z.real) || (std::isinf(z.real) && z.real > 0);
    *error = (std::isinf(z.imag) && infinite_imag_matters) ? MathError::kDomain : MathError::kNone;
    if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
      const double magnitude = z.real > 0 ? kInf : 0.0;
      return {std::copysign(magnitude, std::cos(z.imag)),
              std::copysign(magnitude, std::sin(z.imag))};
    }
    return special_value(kExpSpecialValues, z);
  }
  ComplexParts r;
  if (z.real > kLogLargeDouble) {
    const double l = std::exp(z.real - 1.0);
    r = {l * std::cos(z.imag) * kE, l * std::sin(z.imag) * kE};
  } else {
    const double l = std::exp(z.real);
    r = {l * std::cos(z.imag), l * std::sin(z.imag)};
  }
  *error = range_check(r);
  return r;
}

ComplexParts complex_log(ComplexParts z, MathError* error) {
  *error = MathError::kNone;
  if (!is_finite(z)) return special_value(kLogSpecialValues, z);
  const double ax = std::fabs(z.real);
  const double ay = std::fabs(z.imag);
  double real;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    real = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0.0 && ay == 0.0) {
      *error = MathError::kDomain;
      return {-kInf, std::atan2(z.imag, z.real)};
    }
    // Scale a subnormal hypot into the normal range first.
    real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
           DBL_MANT_DIG * kLn2;
  } else {
    const double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      // Near the unit circle log(h) loses precision; log1p(h*h - 1) does not.
      const double larger = std::max(ax, ay);
      const double smaller = std::min(ax, ay);
      real = std::log1p((larger - 1) * (larger + 1) + smaller * smaller) / 2.0;
    } else {
      real = std::log(h);
    }
  }
  return {real, std::atan2(z.imag, z.real)};
}

ComplexParts complex_log10(ComplexParts z, MathError* error) {
  const ComplexParts r = complex_log(z, error);
  return {r.real / kLn10, r.imag / kLn10};
}

// ---- arguments and results

// A number argument as a complex: a complex, an object with __complex__, or
// a real number (float, int, __float__, __index__), as PyComplex_AsCComplex.
bool complex_argument(Runtime& rt, const Value& value, ComplexParts* out) {
  if (is_complex(rt, value)) {
    *out = complex_parts(value);
    return true;
  }
  Str* dunder = rt.names.dunder_complex;
  if (lookup_in_mro(rt.type_of(value), dunder) != nullptr) {
    Value result = call_special_method(rt, value, dunder, nullptr, 0);
    if (result.is_null()) return false;
    if (!is_complex(rt, result)) {
      rt.raise(Exc::kTypeError,
               cat("__complex__ returned non-complex (type ", type_name(rt, result), ")"));
      return false;
    }
    *out = complex_parts(result);
    return true;
  }
  out->imag = 0.0;
  if (is_float(value)) {
    out->real = float_value(value);
    return true;
  }
  if (is_int(value)) return to_double(rt, value, &out->real);
  const Type* type = rt.type_of(value);
  if (type->to_float || type->index) {
    Value converted = call(rt, Value::from_object(rt.float_type), &value, 1);
    if (converted.is_null()) return false;
    out->real = converted.as_float();
    return true;
  }
  rt.raise(Exc::kTypeError, cat("must be real number, not ", type_name(rt, value)));
  return false;
}

// A real argument (rect's), refusing complex numbers as CPython's "d".
bool real_argument(Runtime& rt, const Value& value, double* out) {
  if (is_complex(rt, value)) {
    rt.raise(Exc::kTypeError, cat("must be real number, not ", type_name(rt, value)));
    return false;
  }
  ComplexParts z;
  if (!complex_argument(rt, value, &z)) return false;
  *out = z.real;
  return true;
}

Value raise_math_error(Runtime& rt, MathError error) {
  if (error == MathError::kRange) return rt.raise(Exc::kOverflowError, "math range error");
  return rt.raise(Exc::kValueError, "math domain error");
}

Value complex_result(Runtime& rt, ComplexParts value, MathError error) {
  if (error != MathError::kNone) return raise_math_error(rt, error);
  return make_complex(rt, value);
}

using ComplexFunction = ComplexParts (*)(ComplexParts, MathError*);

Value apply_unary(Runtime& rt, std::string_view qualname, ComplexFunction function,
                  const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, qualname, nargs, kwnames)) return Value();
  ComplexParts z;
  if (!complex_argument(rt, args[0], &z)) return Value();
  MathError error;
  const ComplexParts r = function(z, &error);
  return complex_result(rt, r, error);
}

#define UNARY_FUNCTION(name)                                                         \
  Value cmath_##name(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) { \
    return apply_unary(rt, "cmath." #name, complex_##name, args, nargs, kwnames);    \
  }

UNARY_FUNCTION(acos)
UNARY_FUNCTION(acosh)
UNARY_FUNCTION(asin)
UNARY_FUNCTION(asinh)
UNARY_FUNCTION(atan)
UNARY_FUNCTION(atanh)
UNARY_FUNCTION(cos)
UNARY_FUNCTION(cosh)
UNARY_FUNCTION(exp)
UNARY_FUNCTION(log10)
UNARY_FUNCTION(sin)
UNARY_FUNCTION(sinh)
UNARY_FUNCTION(sqrt)
UNARY_FUNCTION(tan)
UNARY_FUNCTION(tanh)
#undef UNARY_FUNCTION

// log(x[, base]) = log(x) / log(base). As in CPython only the last
// logarithm's error counts, so log(0, 2) is (-inf+nanj), not an error.
Value cmath_log(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "cmath.log", kwnames)) return Value();
  if (!expect_positional(rt, "log", nargs, kwnames, 1, 2)) return Value();
  ComplexParts x;
  if (!complex_argument(rt, args[0], &x)) return Value();
  MathError error;
  ComplexParts r = complex_log(x, &error);
  if (nargs == 2) {
    ComplexParts base;
    if (!complex_argument(rt, args[1], &base)) return Value();
    const ComplexParts log_base = complex_log(base, &error);
    const std::optional<ComplexParts> quotient = complex_quotient(r, log_base);
    if (quotient) {
      r = *quotient;
    } else {
      error = MathError::kDomain;
    }
  }
  return complex_result(rt, r, error);
}

// |z|; an overflow of finite parts is a range error, infinities are not.
double magnitude(ComplexParts z, MathError* error) {
  *error = MathError::kNone;
  if (!is_finite(z)) return (std::isinf(z.real) || std::isinf(z.imag)) ? kInf : kNan;
  const double r = std::hypot(z.real, z.imag);
  if (!std::isfinite(r)) *error = MathError::kRange;
  return r;
}

Value cmath_phase(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "cmath.phase", nargs, kwnames)) return Value();
  ComplexParts z;
  if (!complex_argument(rt, args[0], &z)) return Value();
  // CPython reports the C library's errno here: glibc's atan2 sets ERANGE
  // when the angle underflows (phase(2+5e-324j) is OverflowError).
  errno = 0;
  const double phi = std::atan2(z.imag, z.real);
  if (errno == ERANGE) return raise_math_error(rt, MathError::kRange);
  if (errno == EDOM) return raise_math_error(rt, MathError::kDomain);
  return Value::floating(phi);
}

Value cmath_polar(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "cmath.polar", nargs, kwnames)) return Value();
  ComplexParts z;
  if (!complex_argument(rt, args[0], &z)) return Value();
  const double phi = std::atan2(z.imag, z.real);
  MathError error;
  const double r = magnitude(z, &error);
  if (error != MathError::kNone) return raise_math_error(rt, error);
  return make_tuple(rt, {Value::floating(r), Value::floating(phi)});
}

Value cmath_rect(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "cmath.rect", kwnames)) return Value();
  if (!expect_positional(rt, "rect", nargs, kwnames, 2, 2)) return Value();
  double r, phi;
  if (!real_argument(rt, args[0], &r) || !real_argument(rt, args[1], &phi)) return Value();
  ComplexParts z;
  MathError error = MathError::kNone;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      const ComplexParts direction = {std::copysign(kInf, std::cos(phi)),
                                      std::copysign(kInf, std::sin(phi))};
      z = r > 0 ? direction : negate(direction);
    } else {
      z = special_value(kRectSpecialValues, {r, phi});
    }
    if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) error = MathError::kDomain;
  } else if (phi == 0.0) {
    z = {r, r * phi};  // keeps the sign of a zero phi without calling sin
  } else {
    z = {r * std::cos(phi), r * std::sin(phi)};
  }
  return complex_result(rt, z, error);
}

Value classify(Runtime& rt, std::string_view qualname, const Value* args, size_t nargs,
               Tuple* kwnames, bool (*test)(ComplexParts)) {
  if (!expect_exactly_one(rt, qualname, nargs, kwnames)) return Value();
  ComplexParts z;
  if (!complex_argument(rt, args[0], &z)) return Value();
  return Value::boolean(test(z));
}

Value cmath_isfinite(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return classify(rt, "cmath.isfinite", args, nargs, kwnames, is_finite);
}
Value cmath_isinf(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return classify(rt, "cmath.isinf", args, nargs, kwnames,
                  [](ComplexParts z) { return std::isinf(z.real) || std::isinf(z.imag); });
}
Value cmath_isnan(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return classify(rt, "cmath.isnan", args, nargs, kwnames,
                  [](ComplexParts z) { return std::isnan(z.real) || std::isnan(z.imag); });
}

Value cmath_isclose(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  const Parameters parameters{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2};
  Value bound[4];
  if (!bind_arguments(rt, parameters, args, nargs, kwnames, bound)) return Value();
  ComplexParts a, b;
  if (!complex_argument(rt, bound[0], &a) || !complex_argument(rt, bound[1], &b)) return Value();
  double relative = 1e-09, absolute = 0.0;
  if (!bound[2].is_null() && !real_argument(rt, bound[2], &relative)) return Value();
  if (!bound[3].is_null() && !real_argument(rt, bound[3], &absolute)) return Value();
  if (relative < 0.0 || absolute < 0.0)
    return rt.raise(Exc::kValueError, "tolerances must be non-negative");
  if (a.real == b.real && a.imag == b.imag) return Value::boolean(true);
  // Infinities are close only to themselves (caught above).
  if (std::isinf(a.real) || std::isinf(a.imag) || std::isinf(b.real) || std::isinf(b.imag)) {
    return Value::boolean(false);
  }
  MathError ignored;
  const double difference = magnitude({a.real - b.real, a.imag - b.imag}, &ignored);
  return Value::boolean(difference <= relative * magnitude(b, &ignored) ||
                        difference <= relative * magnitude(a, &ignored) || difference <= absolute);
}

const MethodDef kCmathFunctions[] = {
    {"acos", cmath_acos},       {"acosh", cmath_acosh},       {"asin", cmath_asin},
    {"asinh", cmath_asinh},     {"atan", cmath_atan},         {"atanh", cmath_atanh},
    {"cos", cmath_cos},         {"cosh", cmath_cosh},         {"exp", cmath_exp},
    {"isclose", cmath_isclose}, {"isfinite", cmath_isfinite}, {"isinf", cmath_isinf},
    {"isnan", cmath_isnan},     {"log", cmath_log},           {"log10", cmath_log10},
    {"phase", cmath_phase},     {"polar", cmath_polar},       {"rect", cmath_rect},
    {"sin", cmath_sin},         {"sinh", cmath_sinh},         {"sqrt", cmath_sqrt},
    {"tan", cmath_tan},         {"tanh", cmath_tanh},
};

}  // namespace

Value make_cmath_module(VM& vm) {
  Value module = make_module_with_functions(vm, "cmath", kCmathFunctions);
  Dict* dict = module_dict(module);
  auto set = [&](const char* name, Value value) { dict_set_str(vm, dict, vm.intern(name), value); };
  set("pi", Value::floating(kPi));
  set("e", Value::floating(kE));
  set("tau", Value::floating(2 * kPi));
  set("inf", Value::floating(kInf));
  set("infj", make_complex(vm, {0.0, kInf}));
  set("nan", Value::floating(kNan));
  set("nanj", make_complex(vm, {0.0, kNan}));
  return module;
}

}  // namespace pyvm
