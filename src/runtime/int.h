// SPDX-License-Identifier: GPL-3.0-or-later
// int: arbitrary-precision integers that look like one type to programs.
//
// Values that fit in int64 are inline (Tag::kInt) and every operation has an
// overflow-checked fast path for them; results that do not fit become
// BigInt objects holding a GMP integer, and results that fit again become
// inline (docs/architecture.md). So a BigInt's value is always outside int64 range,
// except in instances of int subclasses, which always use the object form.
// bool is a subclass of int: True and False are inline (Tag::kBool).
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

struct BigInt : Object {
  BigInt() { mpz_init(value); }
  ~BigInt() { mpz_clear(value); }
  BigInt(const BigInt&) = delete;
  BigInt& operator=(const BigInt&) = delete;
  mpz_t value;
};
bool has_layout(const Object* object, const BigInt*);

// Any int: inline, bool, or a BigInt (including int-subclass instances).
inline bool is_int(const Value& v) {
  return v.is_small_int() || v.is_bool() ||
         (v.is_object() && v.as_object()->type->has_flag(kTypeIntSubclass));
}
inline bool is_big_int(const Value& v) {
  return v.is_object() && v.as_object()->type->has_flag(kTypeIntSubclass);
}

// The int equal to a GMP value, inline when it fits.
Value int_from_mpz(Runtime& rt, mpz_srcptr value);
// Long GMP work (int.cpp, "long operations"): the poll before an operation
// on about `bits` bits, taking steps from the budget in proportion (true
// with KeyboardInterrupt or the budget's error raised), and a product made
// in pieces that poll (false with the error raised; result may be a or b).
bool poll_before_int_work(Runtime& rt, uint64_t bits);
bool multiply_interruptible(Runtime& rt, mpz_ptr result, mpz_srcptr a, mpz_srcptr b);
// The int's value as int64 when it fits (bools included).
bool int_to_int64(const Value& v, int64_t* out);
// The int's value clamped to the int64 range (for slice bounds); false if
// `v` is not an int.
bool int_to_int64_clamped(const Value& v, int64_t* out);
// Copies any int into a GMP integer.
void int_to_mpz(const Value& v, mpz_ptr out);
// int(text, base) parsing with Python's rules (underscores, prefixes for
// base 0/2/8/16, surrounding whitespace); null with ValueError on bad text.
// `literal`, when given, is the object the text came from (bytes), which the
// "invalid literal" message shows by its repr instead of the text.
Value int_from_string(Runtime& rt, std::string_view text, int base, const Value* literal = nullptr);
// str(int) and the digits of |v| in base 2/8/10/16 (no prefix, lowercase).
std::string int_to_decimal(const Value& v);
std::string int_magnitude_digits(const Value& v, int base);
int int_sign(const Value& v);  // -1, 0, 1
// The int as a double; false (no exception set) when too large.
bool int_to_double(const Value& v, double* out);
// int(x) for a float: truncation; errors for inf and nan.
Value int_from_double(Runtime& rt, double d);
int64_t int_hash(const Value& v);
// Compares two ints: -1, 0, 1.
int int_compare(const Value& a, const Value& b);
// Exact comparison of an int with a double (nan compares as unordered: 2).
int int_compare_double(const Value& a, double b);
// Helpers shared with the float and bool types.
Value int_binary(Runtime& rt, BinaryOp op, const Value& a, const Value& b);
Value int_power(Runtime& rt, const Value& base, const Value& exponent, const Value& modulus);
int64_t int_bit_length(const Value& v);
// int(x) for a single argument: ints, floats, strings, bytes, __int__,
// __index__ and __trunc__.
Value int_from_value(Runtime& rt, const Value& value);
// divmod(a, b) of two ints.
Value int_divmod_values(Runtime& rt, const Value& a, const Value& b);
// format(self, spec) for an int: int.__format__, and format()'s shortcut
// for an exact int.
Value format_int_value(Runtime& rt, const Value& self, std::string_view spec);

void init_int_type(Runtime& rt);
void init_bool_type(Runtime& rt);

}  // namespace pyvm
