// SPDX-License-Identifier: GPL-3.0-or-later
// The math module: CPython's math functions on floats and ints, with its
// error rules ("math domain error" when a finite input has no real result,
// "math range error" when the result overflows).
#include <gmp.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "lib/math_gamma.h"
#include "lib/native_modules.h"
#include "runtime/arguments.h"
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

// A real-number argument as a double (TypeError for anything else).
bool real_argument(Runtime& rt, const Value& value, double* out) {
  if (is_float(value)) {
    *out = float_value(value);
    return true;
  }
  if (is_int(value)) return to_double(rt, value, out);
  Type* type = rt.type_of(value);
  if (type->to_float || type->index) {
    Value converted = call(rt, Value::from_object(rt.float_type), &value, 1);
    if (converted.is_null()) return false;
    *out = converted.as_float();
    return true;
  }
  rt.raise(Exc::kTypeError, cat("must be real number, not ", type_name(rt, value)));
  return false;
}

Value domain_error(Runtime& rt) { return rt.raise(Exc::kValueError, "math domain error"); }
Value range_error(Runtime& rt) { return rt.raise(Exc::kOverflowError, "math range error"); }

// CPython's math_1: apply f, then classify a nan or inf result that a
// finite input should not have produced.
Value apply_unary(Runtime& rt, const Value& argument, double (*f)(double), bool can_overflow) {
  double x;
  if (!real_argument(rt, argument, &x)) return Value();
  const double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(rt);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(rt) : domain_error(rt);
  return Value::floating(r);
}

#define UNARY_FUNCTION(name, expression, can_overflow)                                    \
  Value math_##name(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {       \
    if (!expect_exactly_one(rt, "math." #name, nargs, kwnames)) return Value();                   \
    return apply_unary(rt, args[0], [](double x) -> double { return expression; },        \
                       can_overflow);                                                     \
  }

UNARY_FUNCTION(acos, std::acos(x), false)
UNARY_FUNCTION(acosh, std::acosh(x), false)
UNARY_FUNCTION(asin, std::asin(x), false)
UNARY_FUNCTION(asinh, std::asinh(x), false)
UNARY_FUNCTION(atan, std::atan(x), false)
UNARY_FUNCTION(atanh, std::fabs(x) >= 1.0 ? std::nan("") : std::atanh(x), false)
UNARY_FUNCTION(cbrt, std::cbrt(x), false)
UNARY_FUNCTION(cos, std::isinf(x) ? std::nan("") : std::cos(x), false)
UNARY_FUNCTION(cosh, std::cosh(x), true)
UNARY_FUNCTION(erf, std::erf(x), false)
UNARY_FUNCTION(erfc, std::erfc(x), false)
UNARY_FUNCTION(exp, std::exp(x), true)
UNARY_FUNCTION(exp2, std::exp2(x), true)
UNARY_FUNCTION(expm1, std::expm1(x), true)
UNARY_FUNCTION(fabs, std::fabs(x), false)
UNARY_FUNCTION(sin, std::isinf(x) ? std::nan("") : std::sin(x), false)
UNARY_FUNCTION(sinh, std::sinh(x), true)
UNARY_FUNCTION(sqrt, std::sqrt(x), false)
UNARY_FUNCTION(tan, std::isinf(x) ? std::nan("") : std::tan(x), false)
UNARY_FUNCTION(tanh, std::tanh(x), false)
UNARY_FUNCTION(degrees, x * (180.0 / 3.141592653589793), false)
UNARY_FUNCTION(radians, x * (3.141592653589793 / 180.0), false)
#undef UNARY_FUNCTION

// log(x) of a real or arbitrarily large int (through frexp for big ints).
bool log_of(Runtime& rt, const Value& value, double (*log_function)(double), double* out) {
  if (is_big_int(value) && !value.is_bool()) {
    if (int_sign(value) <= 0) {
      domain_error(rt);
      return false;
    }
    double d;
    if (int_to_double(value, &d)) {
      *out = log_function(d);
      return true;
    }
    // Too big for a double: log(m * 2**e) = log(m) + e * log(2).
    mpz_t z;
    mpz_init(z);
    int_to_mpz(value, z);
    long exponent;
    const double mantissa = mpz_get_d_2exp(&exponent, z);
    mpz_clear(z);
    *out = log_function(mantissa) + static_cast<double>(exponent) * log_function(2.0);
    return true;
  }
  double x;
  if (!real_argument(rt, value, &x)) return false;
  if (std::isnan(x)) {
    *out = x;
    return true;
  }
  if (x <= 0) {
    domain_error(rt);
    return false;
  }
  *out = log_function(x);
  return true;
}

double natural_log(double x) { return std::log(x); }
double log_base_2(double x) { return std::log2(x); }
double log_base_10(double x) { return std::log10(x); }

Value math_log(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1 || nargs > 2 || tuple_size(kwnames) > 0) {
    if (tuple_size(kwnames) > 0) return rt.raise(Exc::kTypeError, "math.log() takes no keyword arguments");
    return rt.raise(Exc::kTypeError, "math.log requires 1 to 2 arguments");
  }
  double numerator;
  if (!log_of(rt, args[0], natural_log, &numerator)) return Value();
  if (nargs == 1) return Value::floating(numerator);
  double denominator;
  if (!log_of(rt, args[1], natural_log, &denominator)) return Value();
  if (denominator == 0.0) return rt.raise(Exc::kZeroDivisionError, "float division by zero");
  return Value::floating(numerator / denominator);
}

Value math_log2(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.log2", nargs, kwnames)) return Value();
  double r;
  return log_of(rt, args[0], log_base_2, &r) ? Value::floating(r) : Value();
}

Value math_log10(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.log10", nargs, kwnames)) return Value();
  double r;
  return log_of(rt, args[0], log_base_10, &r) ? Value::floating(r) : Value();
}

Value math_log1p(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.log1p", nargs, kwnames)) return Value();
  double x;
  if (!real_argument(rt, args[0], &x)) return Value();
  if (x <= -1.0) return domain_error(rt);
  return Value::floating(std::log1p(x));
}

// floor/ceil/trunc: ints pass through, floats round, classes use the dunder.
Value rounding(Runtime& rt, const Value& value, const char* dunder, double (*f)(double)) {
  if (is_int(value)) return call(rt, Value::from_object(rt.int_type), &value, 1);
  if (value.is_float()) return int_from_double(rt, f(value.as_float()));
  Str* name = rt.intern(dunder);
  if (lookup_in_mro(rt.type_of(value), name)) return call_special_method(rt, value, name, nullptr, 0);
  double x;
  if (!real_argument(rt, value, &x)) return Value();
  return int_from_double(rt, f(x));
}

Value math_floor(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.floor", nargs, kwnames)) return Value();
  return rounding(rt, args[0], "__floor__", [](double x) { return std::floor(x); });
}
Value math_ceil(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.ceil", nargs, kwnames)) return Value();
  return rounding(rt, args[0], "__ceil__", [](double x) { return std::ceil(x); });
}
Value math_trunc(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.trunc", nargs, kwnames)) return Value();
  if (!args[0].is_float() && !is_int(args[0]) && !lookup_in_mro(rt.type_of(args[0]), rt.names.dunder_trunc)) {
    return rt.raise(Exc::kTypeError, cat("type ", type_name(rt, args[0]), " doesn't define __trunc__ method"));
  }
  return rounding(rt, args[0], "__trunc__", [](double x) { return std::trunc(x); });
}

// ---- integer functions, on GMP

class MpzHolder {
 public:
  MpzHolder() { mpz_init(value); }
  ~MpzHolder() { mpz_clear(value); }
  MpzHolder(const MpzHolder&) = delete;
  MpzHolder& operator=(const MpzHolder&) = delete;
  mpz_t value;
};

// What the budget charges for a product of `factors` numbers with a
// `result_bits` result (factorial, comb, perm): GMP multiplies them as a
// tree, and each of its log2(factors) levels costs about one product of
// the result's size.
uint64_t product_tree_bits(uint64_t result_bits, uint64_t factors) {
  const uint64_t levels = static_cast<uint64_t>(std::bit_width(factors | 1));
  return result_bits * levels;
}

bool integer_argument(Runtime& rt, const Value& value, MpzHolder* out) {
  Value index = index_value(rt, value);
  if (index.is_null()) return false;
  int_to_mpz(index, out->value);
  return true;
}

Value math_factorial(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.factorial", nargs, kwnames)) return Value();
  MpzHolder n;
  if (!integer_argument(rt, args[0], &n)) return Value();
  if (mpz_sgn(n.value) < 0) return rt.raise(Exc::kValueError, "factorial() not defined for negative values");
  if (!mpz_fits_ulong_p(n.value) || mpz_get_ui(n.value) > 100000000) {
    return rt.raise(Exc::kOverflowError, "factorial() argument should not exceed 9223372036854775807");
  }
  // One mpz_fac_ui: the budget pays for its n*log2(n) bits up front.
  const unsigned long count = mpz_get_ui(n.value);
  const uint64_t bits = static_cast<uint64_t>(count) * (64 - __builtin_clzl(count | 1));
  if (poll_before_int_work(rt, product_tree_bits(bits, count))) return Value();
  MpzHolder result;
  mpz_fac_ui(result.value, count);
  return int_from_mpz(rt, result.value);
}

Value gcd_or_lcm(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, bool gcd) {
  if (!expect_no_keywords(rt, gcd ? "gcd" : "lcm", kwnames)) return Value();
  MpzHolder result;
  mpz_set_ui(result.value, gcd ? 0 : 1);
  for (size_t i = 0; i < nargs; ++i) {
    MpzHolder n;
    if (!integer_argument(rt, args[i], &n)) return Value();
    if (gcd) {
      mpz_gcd(result.value, result.value, n.value);
    } else {
      mpz_lcm(result.value, result.value, n.value);
    }
  }
  return int_from_mpz(rt, result.value);
}

Value math_gcd(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return gcd_or_lcm(rt, args, nargs, kwnames, true);
}
Value math_lcm(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return gcd_or_lcm(rt, args, nargs, kwnames, false);
}

Value math_isqrt(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.isqrt", nargs, kwnames)) return Value();
  MpzHolder n;
  if (!integer_argument(rt, args[0], &n)) return Value();
  if (mpz_sgn(n.value) < 0) return rt.raise(Exc::kValueError, "isqrt() argument must be nonnegative");
  mpz_sqrt(n.value, n.value);
  return int_from_mpz(rt, n.value);
}

bool non_negative_pair(Runtime& rt, const Value& n_value, const Value& k_value, MpzHolder* n, MpzHolder* k) {
  if (!integer_argument(rt, n_value, n) || !integer_argument(rt, k_value, k)) return false;
  if (mpz_sgn(n->value) < 0) {
    rt.raise(Exc::kValueError, "n must be a non-negative integer");
    return false;
  }
  if (mpz_sgn(k->value) < 0) {
    rt.raise(Exc::kValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_comb(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "comb", nargs, kwnames, 2, 2)) return Value();
  MpzHolder n, k;
  if (!non_negative_pair(rt, args[0], args[1], &n, &k)) return Value();
  if (mpz_cmp(k.value, n.value) > 0) return Value::small_int(0);
  if (!mpz_fits_ulong_p(k.value)) return rt.raise(Exc::kOverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  // The result has at most k*log2(n) bits; the budget pays for them first.
  const unsigned long count = mpz_get_ui(k.value);
  if (poll_before_int_work(rt, product_tree_bits(count * mpz_sizeinbase(n.value, 2), count))) {
    return Value();
  }
  MpzHolder result;
  mpz_bin_ui(result.value, n.value, count);
  return int_from_mpz(rt, result.value);
}

Value math_perm(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "perm", nargs, kwnames, 1, 2)) return Value();
  MpzHolder n, k;
  if (nargs == 1 || args[1].is_none()) {
    if (!integer_argument(rt, args[0], &n)) return Value();
    if (mpz_sgn(n.value) < 0) return rt.raise(Exc::kValueError, "n must be a non-negative integer");
    mpz_set(k.value, n.value);
  } else if (!non_negative_pair(rt, args[0], args[1], &n, &k)) {
    return Value();
  }
  if (mpz_cmp(k.value, n.value) > 0) return Value::small_int(0);
  if (!mpz_fits_ulong_p(k.value)) {
    return rt.raise(Exc::kOverflowError, "k must not exceed 9223372036854775807");
  }
  // n! / (n-k)! = comb(n, k) * k!, two GMP calls the budget pays for up
  // front, and a product that polls (a loop of k products would take time
  // quadratic in k).
  const unsigned long count = mpz_get_ui(k.value);
  const uint64_t bits = 2 * static_cast<uint64_t>(count) * mpz_sizeinbase(n.value, 2);
  if (poll_before_int_work(rt, product_tree_bits(bits, count))) return Value();
  MpzHolder result, factorial;
  mpz_bin_ui(result.value, n.value, count);
  mpz_fac_ui(factorial.value, count);
  if (!multiply_interruptible(rt, result.value, result.value, factorial.value)) return Value();
  return int_from_mpz(rt, result.value);
}

// ---- functions of two floats

bool two_reals(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
               double* x, double* y) {
  if (!expect_positional(rt, name, nargs, kwnames, 2, 2)) return false;
  return real_argument(rt, args[0], x) && real_argument(rt, args[1], y);
}

Value math_atan2(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  double y, x;
  if (!two_reals(rt, args, nargs, kwnames, "atan2", &y, &x)) return Value();
  return Value::floating(std::atan2(y, x));
}

Value math_copysign(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals(rt, args, nargs, kwnames, "copysign", &x, &y)) return Value();
  return Value::floating(std::copysign(x, y));
}

Value math_fmod(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals(rt, args, nargs, kwnames, "fmod", &x, &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return Value::floating(x);
  const double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(rt);
  return Value::floating(r);
}

Value math_remainder(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals(rt, args, nargs, kwnames, "remainder", &x, &y)) return Value();
  const double r = std::remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(rt);
  return Value::floating(r);
}

Value math_pow(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals(rt, args, nargs, kwnames, "pow", &x, &y)) return Value();
  if (x == 0.0 && y < 0.0 && std::isfinite(y)) return domain_error(rt);
  if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) return domain_error(rt);
  const double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(rt);
  return Value::floating(r);
}

Value math_nextafter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  if (!two_reals(rt, args, nargs, kwnames, "nextafter", &x, &y)) return Value();
  return Value::floating(std::nextafter(x, y));
}

Value math_ldexp(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "ldexp", nargs, kwnames, 2, 2)) return Value();
  double x;
  if (!real_argument(rt, args[0], &x)) return Value();
  if (!is_int(args[1])) return rt.raise(Exc::kTypeError, "Expected an int as second argument to ldexp.");
  int64_t exponent;
  if (!int_to_int64_clamped(args[1], &exponent)) return Value();
  exponent = std::clamp<int64_t>(exponent, -100000, 100000);
  const double r = std::ldexp(x, static_cast<int>(exponent));
  if (std::isinf(r) && std::isfinite(x)) return range_error(rt);
  return Value::floating(r);
}

Value math_frexp(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.frexp", nargs, kwnames)) return Value();
  double x;
  if (!real_argument(rt, args[0], &x)) return Value();
  int exponent = 0;
  const double mantissa = std::isfinite(x) ? std::frexp(x, &exponent) : x;
  return make_tuple(rt, {Value::floating(mantissa), Value::small_int(exponent)});
}

Value math_modf(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.modf", nargs, kwnames)) return Value();
  double x;
  if (!real_argument(rt, args[0], &x)) return Value();
  if (std::isinf(x)) return make_tuple(rt, {Value::floating(std::copysign(0.0, x)), Value::floating(x)});
  double integral;
  const double fraction = std::modf(x, &integral);
  return make_tuple(rt, {Value::floating(fraction), Value::floating(integral)});
}

Value math_ulp(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.ulp", nargs, kwnames)) return Value();
  double x;
  if (!real_argument(rt, args[0], &x)) return Value();
  if (std::isnan(x)) return Value::floating(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::floating(x);
  const double next = std::nextafter(x, std::numeric_limits<double>::infinity());
  if (std::isinf(next)) return Value::floating(x - std::nextafter(x, 0.0));
  return Value::floating(next - x);
}

// ---- predicates

Value math_isfinite(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.isfinite", nargs, kwnames)) return Value();
  double x;
  return real_argument(rt, args[0], &x) ? Value::boolean(std::isfinite(x)) : Value();
}
Value math_isinf(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.isinf", nargs, kwnames)) return Value();
  double x;
  return real_argument(rt, args[0], &x) ? Value::boolean(std::isinf(x)) : Value();
}
Value math_isnan(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.isnan", nargs, kwnames)) return Value();
  double x;
  return real_argument(rt, args[0], &x) ? Value::boolean(std::isnan(x)) : Value();
}

Value math_isclose(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 2};
  Value bound[4];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  double a, b, relative = 1e-9, absolute_tolerance = 0.0;
  if (!real_argument(rt, bound[0], &a) || !real_argument(rt, bound[1], &b)) return Value();
  if (!bound[2].is_null() && !real_argument(rt, bound[2], &relative)) return Value();
  if (!bound[3].is_null() && !real_argument(rt, bound[3], &absolute_tolerance)) return Value();
  if (relative < 0.0 || absolute_tolerance < 0.0) {
    return rt.raise(Exc::kValueError, "tolerances must be non-negative");
  }
  if (a == b) return Value::boolean(true);
  if (std::isinf(a) || std::isinf(b)) return Value::boolean(false);
  const double difference = std::fabs(b - a);
  return Value::boolean((difference <= std::fabs(relative * b)) || (difference <= std::fabs(relative * a)) ||
                        difference <= absolute_tolerance);
}

// ---- gamma

Value apply_gamma(Runtime& rt, const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                  double (*f)(double, GammaStatus*)) {
  if (!expect_exactly_one(rt, name, nargs, kwnames)) return Value();
  double x;
  if (!real_argument(rt, args[0], &x)) return Value();
  GammaStatus status;
  const double r = f(x, &status);
  if (status == GammaStatus::kDomain) return domain_error(rt);
  if (status == GammaStatus::kRange) return range_error(rt);
  return Value::floating(r);
}

Value math_gamma(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return apply_gamma(rt, "math.gamma", args, nargs, kwnames, python_gamma);
}

Value math_lgamma(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return apply_gamma(rt, "math.lgamma", args, nargs, kwnames, python_lgamma);
}

// ---- sequences

// fsum: Shewchuk's exact summation of partial sums (CPython's algorithm).
Value math_fsum(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "math.fsum", nargs, kwnames)) return Value();
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  bool special = false;
  const bool ok = for_each(rt, args[0], [&](Value item) {
    double x;
    if (!real_argument(rt, item, &x)) return false;
    if (!std::isfinite(x)) {
      if (std::isinf(x)) inf_sum += x;
      special_sum += x;
      special = true;
      return true;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      const double high = x + y;
      const double low = y - (high - x);
      if (low != 0.0) partials[i++] = low;
      x = high;
    }
    partials.resize(i);
    if (!std::isfinite(x)) {  // finite items whose partial sum overflowed
      rt.raise(Exc::kOverflowError, "intermediate overflow in fsum");
      return false;
    }
    if (x != 0.0) partials.push_back(x);
    return true;
  });
  if (!ok) return Value();
  if (special) {
    if (std::isnan(inf_sum)) return rt.raise(Exc::kValueError, "-inf + inf in fsum");
    return Value::floating(special_sum);
  }
  if (partials.empty()) return Value::floating(0.0);
  size_t n = partials.size();
  double high = partials[--n];
  double low = 0.0;
  while (n > 0) {
    const double x = high;
    const double y = partials[--n];
    high = x + y;
    const double y_rounded = high - x;
    low = y - y_rounded;
    if (low != 0.0) break;
  }
  // Round half to even correctly when the remaining partials tip the balance.
  if (n > 0 && ((low < 0.0 && partials[n - 1] < 0.0) || (low > 0.0 && partials[n - 1] > 0.0))) {
    const double y = low * 2.0;
    const double x = high + y;
    if (y == x - high) high = x;
  }
  return Value::floating(high);
}

Value math_prod(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"prod", {"iterable", "start"}, 1, 1, 1};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Value result = bound[1].is_null() ? Value::small_int(1) : bound[1];
  const bool ok = for_each(rt, bound[0], [&](Value item) {
    result = binary_op(rt, BinaryOp::kMultiply, result, item);
    return !result.is_null();
  });
  return ok ? result : Value();
}

bool coordinates(Runtime& rt, const Value& sequence, std::vector<double>* out) {
  return for_each(rt, sequence, [&](Value item) {
    double x;
    if (!real_argument(rt, item, &x)) return false;
    out->push_back(x);
    return true;
  });
}

// A double-length number hi + lo, the exact result of one operation.
struct DoubleLength {
  double hi;
  double lo;
};

// x * y exactly: the rounded product and its rounding error (fma is exact).
DoubleLength exact_product(double x, double y) {
  const double product = x * y;
  return {product, std::fma(x, y, -product)};
}

// a + b exactly, for |a| >= |b|.
DoubleLength exact_sum(double a, double b) {
  const double sum = a + b;
  return {sum, (a - sum) + b};
}

// sqrt of the sum of squares, computed as CPython 3.11's vector_norm does so
// that hypot and dist agree with it to the last bit: the values are scaled by
// a power of two below 1, their squares summed in double-length arithmetic
// (starting from 1.0 so the partial sums keep their low bits), and the square
// root gets one differential correction.
double euclidean_norm(std::vector<double> values) {
  double largest = 0.0;
  bool has_nan = false;
  for (double& v : values) {
    v = std::fabs(v);
    if (std::isnan(v)) has_nan = true;
    largest = std::max(largest, v);
  }
  if (std::isinf(largest)) return largest;
  if (has_nan) return std::nan("");
  if (largest == 0.0 || values.size() <= 1) return largest;
  int largest_exponent = 0;
  std::frexp(largest, &largest_exponent);
  if (largest_exponent < -1023) {
    // All subnormal: 2**-largest_exponent would overflow; rescale first.
    for (double& v : values) v /= DBL_MIN;
    return DBL_MIN * euclidean_norm(std::move(values));
  }
  const double scale = std::ldexp(1.0, -largest_exponent);
  double sum = 1.0;
  double product_errors = 0.0;
  double sum_errors = 0.0;
  for (double v : values) {
    const DoubleLength square = exact_product(v * scale, v * scale);
    const DoubleLength partial = exact_sum(sum, square.hi);
    sum = partial.hi;
    product_errors += square.lo;
    sum_errors += partial.lo;
  }
  double root = std::sqrt(sum - 1.0 + (product_errors + sum_errors));
  const DoubleLength square = exact_product(-root, root);
  const DoubleLength partial = exact_sum(sum, square.hi);
  product_errors += square.lo;
  sum_errors += partial.lo;
  const double residual = partial.hi - 1.0 + (product_errors + sum_errors);
  root += residual / (2.0 * root);
  return root / scale;
}

Value math_hypot(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "hypot", kwnames)) return Value();
  std::vector<double> values;
  for (size_t i = 0; i < nargs; ++i) {
    double x;
    if (!real_argument(rt, args[i], &x)) return Value();
    values.push_back(x);
  }
  return Value::floating(euclidean_norm(std::move(values)));
}

Value math_dist(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "dist", nargs, kwnames, 2, 2)) return Value();
  std::vector<double> p, q;
  if (!coordinates(rt, args[0], &p) || !coordinates(rt, args[1], &q)) return Value();
  if (p.size() != q.size()) {
    return rt.raise(Exc::kValueError, "both points must have the same number of dimensions");
  }
  for (size_t i = 0; i < p.size(); ++i) p[i] -= q[i];
  return Value::floating(euclidean_norm(std::move(p)));
}

const MethodDef kMathFunctions[] = {
    {"acos", math_acos},         {"acosh", math_acosh},       {"asin", math_asin},
    {"asinh", math_asinh},       {"atan", math_atan},         {"atanh", math_atanh},
    {"atan2", math_atan2},       {"cbrt", math_cbrt},         {"ceil", math_ceil},
    {"comb", math_comb},         {"copysign", math_copysign}, {"cos", math_cos},
    {"cosh", math_cosh},         {"degrees", math_degrees},   {"dist", math_dist},
    {"erf", math_erf},           {"erfc", math_erfc},         {"exp", math_exp},
    {"exp2", math_exp2},         {"expm1", math_expm1},       {"fabs", math_fabs},
    {"factorial", math_factorial}, {"floor", math_floor},     {"fmod", math_fmod},
    {"frexp", math_frexp},       {"fsum", math_fsum},         {"gamma", math_gamma},
    {"gcd", math_gcd},           {"hypot", math_hypot},       {"isclose", math_isclose},
    {"isfinite", math_isfinite}, {"isinf", math_isinf},       {"isnan", math_isnan},
    {"isqrt", math_isqrt},       {"lcm", math_lcm},           {"ldexp", math_ldexp},
    {"lgamma", math_lgamma},     {"log", math_log},           {"log10", math_log10},
    {"log1p", math_log1p},       {"log2", math_log2},         {"modf", math_modf},
    {"nextafter", math_nextafter}, {"perm", math_perm},       {"pow", math_pow},
    {"prod", math_prod},         {"radians", math_radians},   {"remainder", math_remainder},
    {"sin", math_sin},           {"sinh", math_sinh},         {"sqrt", math_sqrt},
    {"tan", math_tan},           {"tanh", math_tanh},         {"trunc", math_trunc},
    {"ulp", math_ulp},
};

}  // namespace

Value make_math_module(VM& vm) {
  Value module = make_module_with_functions(vm, "math", kMathFunctions);
  Dict* dict = module_dict(module);
  dict_set_str(vm, dict, vm.intern("pi"), Value::floating(3.141592653589793));
  dict_set_str(vm, dict, vm.intern("e"), Value::floating(2.718281828459045));
  dict_set_str(vm, dict, vm.intern("tau"), Value::floating(6.283185307179586));
  dict_set_str(vm, dict, vm.intern("inf"), Value::floating(std::numeric_limits<double>::infinity()));
  dict_set_str(vm, dict, vm.intern("nan"), Value::floating(std::numeric_limits<double>::quiet_NaN()));
  return module;
}

}  // namespace pyvm
