// SPDX-License-Identifier: GPL-3.0-or-later
// float: arithmetic with CPython's rules for floor division, modulo and
// powers, exact comparison with ints, hashing compatible with int, and the
// float() constructor. Text conversions live in number_format.cpp.
#include "runtime/float.h"

#include <cerrno>
#include <cmath>
#include <cstring>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/number_format.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

bool to_double(Runtime& rt, const Value& value, double* out) {
  if (is_float(value)) {
    *out = float_value(value);
    return true;
  }
  if (is_int(value)) {
    if (int_to_double(value, out)) return true;
    rt.raise(Exc::kOverflowError, "int too large to convert to float");
    return false;
  }
  return false;
}

double distinct_nan(Runtime& rt, bool negative) {
  // A quiet NaN (exponent all ones, top mantissa bit set) whose remaining
  // 51 mantissa bits are a serial number.
  constexpr uint64_t kQuietNan = uint64_t{0x7FF8} << 48;
  constexpr uint64_t kPayloadMask = (uint64_t{1} << 51) - 1;
  uint64_t bits = kQuietNan | (rt.next_nan_serial() & kPayloadMask);
  if (negative) bits |= uint64_t{1} << 63;
  double result;
  std::memcpy(&result, &bits, sizeof result);
  return result;
}

int64_t float_hash(double value) {
  // CPython's _Py_HashDouble: the value modulo 2**61 - 1, so that a float
  // equal to an int hashes like it.
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  if (!std::isfinite(value)) {
    if (std::isinf(value)) return value > 0 ? 314159 : -314159;
    // CPython hashes a NaN by its identity; a pyvm NaN's identity is its
    // bits (see distinct_nan).
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    const auto hash = static_cast<int64_t>(bits & kModulus);
    return hash == -1 ? -2 : hash;
  }
  int exponent;
  double mantissa = std::frexp(value, &exponent);
  int sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  uint64_t x = 0;
  while (mantissa != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    mantissa *= 268435456.0;  // 2**28
    exponent -= 28;
    const uint64_t y = static_cast<uint64_t>(mantissa);
    mantissa -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  exponent = exponent >= 0 ? exponent % kBits : kBits - 1 - ((-1 - exponent) % kBits);
  x = ((x << exponent) & kModulus) | x >> (kBits - exponent);
  int64_t result = static_cast<int64_t>(x) * sign;
  return result == -1 ? -2 : result;
}

namespace {

bool is_odd_integer(double d) { return std::fmod(std::fabs(d), 2.0) == 1.0; }

void float_divmod_parts(double a, double b, double* floor_quotient, double* modulo) {
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  *floor_quotient = floordiv;
  *modulo = mod;
}

}  // namespace

Value float_power(Runtime& rt, double base, double exponent) {
  if (exponent == 0.0) return Value::floating(1.0);
  if (std::isnan(base)) return Value::floating(base);
  if (std::isnan(exponent)) return Value::floating(base == 1.0 ? 1.0 : exponent);
  if (std::isinf(exponent)) {
    const double magnitude = std::fabs(base);
    if (magnitude == 1.0) return Value::floating(1.0);
    if ((exponent > 0.0) == (magnitude > 1.0)) return Value::floating(std::fabs(exponent));
    return Value::floating(0.0);
  }
  if (std::isinf(base)) {
    const bool odd = is_odd_integer(exponent);
    if (exponent > 0.0) return Value::floating(odd ? base : std::fabs(base));
    return Value::floating(odd ? std::copysign(0.0, base) : 0.0);
  }
  if (base == 0.0) {
    if (exponent < 0.0) {
      return rt.raise(Exc::kZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    return Value::floating(is_odd_integer(exponent) ? base : 0.0);
  }
  bool negate = false;
  if (base < 0.0) {
    // A negative number to a fractional power is a complex number.
    if (exponent != std::floor(exponent)) return complex_power_value(rt, {base, 0.0}, {exponent, 0.0});
    base = -base;
    negate = is_odd_integer(exponent);
  }
  if (base == 1.0) return Value::floating(negate ? -1.0 : 1.0);
  errno = 0;
  double result = std::pow(base, exponent);
  if (std::isinf(result)) {
    return rt.raise(Exc::kOverflowError, "(34, 'Numerical result out of range')");
  }
  return Value::floating(negate ? -result : result);
}

Value float_binary(Runtime& rt, BinaryOp op, double a, double b) {
  switch (op) {
    case BinaryOp::kAdd: return Value::floating(a + b);
    case BinaryOp::kSubtract: return Value::floating(a - b);
    case BinaryOp::kMultiply: return Value::floating(a * b);
    case BinaryOp::kTrueDivide:
      if (b == 0.0) return rt.raise(Exc::kZeroDivisionError, "float division by zero");
      return Value::floating(a / b);
    case BinaryOp::kFloorDivide: {
      if (b == 0.0) return rt.raise(Exc::kZeroDivisionError, "float floor division by zero");
      double q, m;
      float_divmod_parts(a, b, &q, &m);
      return Value::floating(q);
    }
    case BinaryOp::kRemainder: {
      if (b == 0.0) return rt.raise(Exc::kZeroDivisionError, "float modulo");
      double mod = std::fmod(a, b);
      if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) mod += b;
      } else {
        mod = std::copysign(0.0, b);
      }
      return Value::floating(mod);
    }
    case BinaryOp::kPower: return float_power(rt, a, b);
    default: return rt.not_implemented();
  }
}

namespace {

// Both operands as doubles when one is a float and the other a float or int.
bool float_operands(Runtime& rt, const Value& a, const Value& b, double* x, double* y,
                    bool* failed) {
  *failed = false;
  if (!(is_float(a) || is_int(a)) || !(is_float(b) || is_int(b))) return false;
  if (!is_float(a) && !is_float(b)) return false;
  if (!to_double(rt, a, x) || !to_double(rt, b, y)) {
    *failed = true;
    return false;
  }
  return true;
}

template <BinaryOp kOp>
Value float_binary_slot(Runtime& rt, const Value& a, const Value& b) {
  double x, y;
  bool failed;
  if (!float_operands(rt, a, b, &x, &y, &failed)) return failed ? Value() : rt.not_implemented();
  return float_binary(rt, kOp, x, y);
}

// divmod(a, b) (a slot of its own: float_binary stays small enough to inline).
Value float_divmod_slot(Runtime& rt, const Value& a, const Value& b) {
  double x, y;
  bool failed;
  if (!float_operands(rt, a, b, &x, &y, &failed)) return failed ? Value() : rt.not_implemented();
  return float_divmod_values(rt, x, y);
}

Value float_power_slot(Runtime& rt, const Value& a, const Value& b, const Value& modulus) {
  // Any modulus is refused before the operands are looked at, so
  // pow('a', 1.5, 7) reports it too (CPython's float_pow).
  if (!modulus.is_null() && !modulus.is_none()) {
    return rt.raise(Exc::kTypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return float_binary_slot<BinaryOp::kPower>(rt, a, b);
}

Value float_repr_slot(Runtime& rt, const Value& self) {
  return make_str(rt, float_repr(float_value(self)));
}

bool float_hash_slot(Runtime&, const Value& self, int64_t* out) {
  *out = float_hash(float_value(self));
  return true;
}

Value float_compare_slot(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  // Either operand may be the float (reflected from int's NotImplemented).
  int c;  // -1, 0, 1, or 2 when unordered (nan)
  if (is_float(a) && is_float(b)) {
    const double x = float_value(a), y = float_value(b);
    c = std::isnan(x) || std::isnan(y) ? 2 : (x > y) - (x < y);
  } else if (is_float(a) && is_int(b)) {
    c = int_compare_double(b, float_value(a));
    if (c != 2) c = -c;
  } else if (is_int(a) && is_float(b)) {
    c = int_compare_double(a, float_value(b));
  } else {
    return rt.not_implemented();
  }
  if (c == 2) return Value::boolean(op == CompareOp::kNotEqual);
  switch (op) {
    case CompareOp::kLess: return Value::boolean(c < 0);
    case CompareOp::kLessEqual: return Value::boolean(c <= 0);
    case CompareOp::kEqual: return Value::boolean(c == 0);
    case CompareOp::kNotEqual: return Value::boolean(c != 0);
    case CompareOp::kGreater: return Value::boolean(c > 0);
    case CompareOp::kGreaterEqual: return Value::boolean(c >= 0);
  }
  return Value();
}

int float_truth(Runtime&, const Value& self) { return float_value(self) != 0.0; }
Value float_negative(Runtime&, const Value& self) { return Value::floating(-float_value(self)); }
Value float_positive(Runtime&, const Value& self) { return Value::floating(float_value(self)); }
Value float_absolute(Runtime&, const Value& self) {
  return Value::floating(std::fabs(float_value(self)));
}
Value float_to_int(Runtime& rt, const Value& self) {
  return int_from_double(rt, float_value(self));
}

// ------------------------------------------------------------------ methods

double self_double(const Value* args) { return float_value(args[0]); }

Value float_is_integer(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "float.is_integer", nargs - 1, kwnames)) return Value();
  const double d = self_double(args);
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Value float_as_integer_ratio(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "float.as_integer_ratio", nargs - 1, kwnames)) return Value();
  double d = self_double(args);
  if (std::isinf(d)) return rt.raise(Exc::kOverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return rt.raise(Exc::kValueError, "cannot convert NaN to integer ratio");
  int exponent;
  double mantissa = std::frexp(d, &exponent);
  for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
    mantissa *= 2.0;
    --exponent;
  }
  mpz_t numerator, denominator;
  mpz_init_set_d(numerator, mantissa);
  mpz_init_set_ui(denominator, 1);
  if (exponent > 0) {
    mpz_mul_2exp(numerator, numerator, static_cast<mp_bitcnt_t>(exponent));
  } else {
    mpz_mul_2exp(denominator, denominator, static_cast<mp_bitcnt_t>(-exponent));
  }
  Value result = make_tuple(rt, {int_from_mpz(rt, numerator), int_from_mpz(rt, denominator)});
  mpz_clear(numerator);
  mpz_clear(denominator);
  return result;
}

Value float_conjugate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "float.conjugate", nargs - 1, kwnames)) return Value();
  return Value::floating(self_double(args));
}

Value float_hex(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "float.hex", nargs - 1, kwnames)) return Value();
  const double d = self_double(args);
  if (std::isnan(d)) return make_str(rt, "nan");
  if (std::isinf(d)) return make_str(rt, d > 0 ? "inf" : "-inf");
  if (d == 0.0) return make_str(rt, std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
  // CPython's format: 0x1.<13 hex digits>p<exponent>, subnormals as 0x0.
  int exponent;
  double mantissa = std::frexp(std::fabs(d), &exponent);  // in [0.5, 1)
  mantissa *= 2.0;
  exponent -= 1;
  if (exponent < -1022) {  // subnormal
    mantissa = std::ldexp(mantissa, exponent + 1022);
    exponent = -1022;
  }
  std::string out = std::signbit(d) ? "-0x" : "0x";
  const int leading = static_cast<int>(mantissa);
  out += static_cast<char>('0' + leading);
  out += '.';
  mantissa -= leading;
  static const char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 13; ++i) {
    mantissa *= 16.0;
    const int digit = static_cast<int>(mantissa);
    out += kHex[digit];
    mantissa -= digit;
  }
  out += cat("p", exponent >= 0 ? "+" : "", exponent);
  return make_str(rt, out);
}

Value float_fromhex(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "float.fromhex", nargs - 1, kwnames)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat("fromhex() argument must be str, not ", type_name(rt, args[1])));
  }
  std::string text(as_str(args[1])->view());
  const size_t begin = text.find_first_not_of(" \t\n\r\f\v");
  const size_t end = text.find_last_not_of(" \t\n\r\f\v");
  text = begin == std::string::npos ? "" : text.substr(begin, end - begin + 1);
  char* parse_end = nullptr;
  errno = 0;
  const double d = text.empty() ? 0.0 : std::strtod(text.c_str(), &parse_end);
  const bool hex_form = text.find("0x") != std::string::npos || text.find("0X") != std::string::npos;
  const bool special = !hex_form && parse_float(text).has_value() &&
                       !std::isfinite(*parse_float(text));
  if (text.empty() || parse_end != text.c_str() + text.size() || (!hex_form && !special)) {
    return rt.raise(Exc::kValueError, "invalid hexadecimal floating-point string");
  }
  if (std::isinf(d) && !special) {
    return rt.raise(Exc::kOverflowError, "hexadecimal value too large to represent as a float");
  }
  Value result = Value::floating(d);
  if (args[0].as_object() != rt.float_type) return call(rt, args[0], &result, 1);
  return result;
}

Value float_format_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "__format__", nargs - 1, kwnames, 1, 1)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError,
                    cat("__format__() argument must be str, not ", type_name(rt, args[1])));
  }
  const std::string_view spec = as_str(args[1])->view();
  if (spec.empty()) return to_str(rt, args[0]);
  return format_float_value(rt, self_double(args), spec);
}

}  // namespace

Value format_float_value(Runtime& rt, double value, std::string_view spec) {
  if (spec.empty()) return make_str(rt, float_repr(value));
  FormatSpecResult parsed = parse_format_spec(spec, FormatTarget::kFloat, "float");
  if (!parsed.ok()) return rt.raise(Exc::kValueError, parsed.error->message);
  FormatResult result = format_float(parsed.spec, value);
  if (!result.ok()) return rt.raise(Exc::kValueError, result.error->message);
  return make_str(rt, result.text);
}

namespace {

Value float_round_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "__round__", nargs - 1, kwnames, 0, 1)) return Value();
  const double d = self_double(args);
  if (nargs == 1 || args[1].is_none()) return int_from_double(rt, round_half_even(d));
  Value digits = index_value(rt, args[1]);
  if (digits.is_null()) return digits;
  int64_t ndigits;
  if (!int_to_int64_clamped(digits, &ndigits)) return Value();
  if (!std::isfinite(d) || d == 0.0) return Value::floating(d);
  std::optional<double> rounded = round_double(d, ndigits);
  if (!rounded) return rt.raise(Exc::kOverflowError, "rounded value too large to represent");
  return Value::floating(*rounded);
}

Value float_trunc_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "float.__trunc__", nargs - 1, kwnames)) return Value();
  return int_from_double(rt, self_double(args));
}

Value float_floor_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "float.__floor__", nargs - 1, kwnames)) return Value();
  return int_from_double(rt, std::floor(self_double(args)));
}

Value float_ceil_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "float.__ceil__", nargs - 1, kwnames)) return Value();
  return int_from_double(rt, std::ceil(self_double(args)));
}

Value float_getnewargs(Runtime& rt, const Value* args, size_t, Tuple*) {
  return make_tuple(rt, {Value::floating(self_double(args))});
}

// float.__getformat__(typestr): how C stores the type (CPython's answer on
// this machine).
Value float_getformat(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "float.__getformat__", nargs - 1, kwnames)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError,
                    cat("__getformat__() argument must be str, not ", type_name(rt, args[1])));
  }
  const std::string_view kind = as_str(args[1])->view();
  if (kind != "double" && kind != "float") {
    return rt.raise(Exc::kValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return make_str(rt, "IEEE, little-endian");
}

Value float_real(Runtime&, const Value& self) { return Value::floating(float_value(self)); }
Value float_imag(Runtime&, const Value&) { return Value::floating(0.0); }

const MethodDef kFloatMethods[] = {
    {"is_integer", float_is_integer},
    {"as_integer_ratio", float_as_integer_ratio},
    {"conjugate", float_conjugate},
    {"hex", float_hex},
    {"fromhex", float_fromhex, MethodKind::kClass},
    {"__format__", float_format_method},
    {"__round__", float_round_method},
    {"__trunc__", float_trunc_method},
    {"__floor__", float_floor_method},
    {"__ceil__", float_ceil_method},
    {"__getnewargs__", float_getnewargs},
    {"__getformat__", float_getformat, MethodKind::kClass},
};

const GetSetDef kFloatGetSets[] = {{"real", float_real}, {"imag", float_imag}};

}  // namespace

// CPython's PyNumber_Float (and float()'s shortcut for exact strings): exact
// floats and ints directly, then __float__ (which subclasses of float and
// int may override), __index__, and last the text of strings and bytes.
Value float_from_value(Runtime& rt, const Value& value) {
  if (value.is_float()) return value;
  Type* type = rt.type_of(value);
  if (value.is_small_int() || value.is_bool() || type == rt.int_type) {
    double d;
    if (!to_double(rt, value, &d)) return Value();
    return Value::floating(d);
  }
  if (type != rt.str_type) {
    if (type->to_float) {
      Value result = type->to_float(rt, value);
      if (result.is_null() || result.is_float()) return result;
      // A float subclass's instance is taken as its value (CPython warns
      // that this is deprecated).
      if (is_float(result)) return Value::floating(float_value(result));
      return rt.raise(Exc::kTypeError,
                      cat(type->name->view(), ".__float__ returned non-float (type ",
                          type_name(rt, result), ")"));
    }
    if (type->index) {
      Value index = index_value(rt, value);
      if (index.is_null()) return index;
      return float_from_value(rt, index);
    }
    if (is_float(value)) return Value::floating(float_value(value));
  }
  if (is_str(value) || is_bytes_like(rt, value)) {
    const std::string_view text = is_str(value) ? as_str(value)->view() : bytes_view(value);
    std::optional<double> parsed = parse_float(text);
    if (!parsed) {
      std::string shown = is_str(value) ? str_repr(text) : std::string();
      if (!is_str(value)) {
        Value r = repr(rt, value);
        if (r.is_null()) return r;
        shown = as_str(r)->view();
      }
      return rt.raise(Exc::kValueError, cat("could not convert string to float: ", shown));
    }
    if (std::isnan(*parsed)) return Value::floating(distinct_nan(rt, std::signbit(*parsed)));
    return Value::floating(*parsed);
  }
  return rt.raise(Exc::kTypeError, cat("float() argument must be a string or a real number, not '",
                                       type->name->view(), "'"));
}

namespace {

// float(x=0.0). Keywords are refused unless a subclass defines its own
// __init__, which then gets them (CPython's float_new).
Value float_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t keywords = tuple_size(kwnames);
  if ((type == rt.float_type || type->init == rt.float_type->init) &&
      !expect_no_keywords(rt, "float", kwnames)) {
    return Value();
  }
  if (!expect_positional(rt, "float", nargs - keywords, nullptr, 0, 1)) return Value();
  Value result = nargs == keywords ? Value::floating(0.0) : float_from_value(rt, args[0]);
  if (result.is_null() || type == rt.float_type) return result;
  // A subclass's instance holds its value in the object form.
  FloatObject* object =
      new_object<FloatObject>(rt.gc, type, type->instance_size - sizeof(FloatObject));
  object->value = result.as_float();
  return Value::steal(object);
}

}  // namespace

void init_float_type(Runtime& rt) {
  Type* type = rt.float_type;
  define_builtin_type(rt, type, "float", rt.object_type, sizeof(FloatObject),
                      kTypeBaseType | kTypeFloatSubclass | kTypeMatchSelf,
                      dealloc_object<FloatObject>);
  type->repr = float_repr_slot;
  type->hash = float_hash_slot;
  type->compare = float_compare_slot;
  type->truth = float_truth;
  type->binary[static_cast<int>(BinaryOp::kAdd)] = float_binary_slot<BinaryOp::kAdd>;
  type->binary[static_cast<int>(BinaryOp::kSubtract)] = float_binary_slot<BinaryOp::kSubtract>;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = float_binary_slot<BinaryOp::kMultiply>;
  type->binary[static_cast<int>(BinaryOp::kTrueDivide)] = float_binary_slot<BinaryOp::kTrueDivide>;
  type->binary[static_cast<int>(BinaryOp::kFloorDivide)] = float_binary_slot<BinaryOp::kFloorDivide>;
  type->binary[static_cast<int>(BinaryOp::kRemainder)] = float_binary_slot<BinaryOp::kRemainder>;
  type->binary[static_cast<int>(BinaryOp::kPower)] = float_binary_slot<BinaryOp::kPower>;
  type->binary[static_cast<int>(BinaryOp::kDivmod)] = float_divmod_slot;
  type->power = float_power_slot;
  type->negative = float_negative;
  type->positive = float_positive;
  type->absolute = float_absolute;
  type->to_int = float_to_int;
  type->to_float = float_positive;
  type->new_instance = float_new;
  add_methods(rt, type, kFloatMethods);
  add_getsets(rt, type, kFloatGetSets);
}

bool has_layout(const Object* object, const FloatObject*) {
  return layout_extends(object, object->type->runtime->float_type);
}

Value float_divmod_values(Runtime& rt, double a, double b) {
  if (b == 0.0) return rt.raise(Exc::kZeroDivisionError, "float divmod()");
  double q, m;
  float_divmod_parts(a, b, &q, &m);
  return make_tuple(rt, {Value::floating(q), Value::floating(m)});
}

}  // namespace pyvm
