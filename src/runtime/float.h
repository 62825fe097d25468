// SPDX-License-Identifier: GPL-3.0-or-later
// float: IEEE 754 doubles, inline in a Value (Tag::kFloat). Instances of
// float subclasses (`class F(float)`) are FloatObjects on the heap, as int
// subclasses' instances are BigInts: plain floats never allocate, and the
// interpreter's fast paths, which test the tag, never see a subclass.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

// An instance of a float subclass.
struct FloatObject : Object {
  double value = 0.0;
};
bool has_layout(const Object* object, const FloatObject*);

// Any float: inline, or an instance of a float subclass.
inline bool is_float(const Value& v) {
  return v.is_float() || (v.is_object() && v.as_object()->type->has_flag(kTypeFloatSubclass));
}
// The double of a float (the caller checked is_float).
inline double float_value(const Value& v) {
  return v.is_float() ? v.as_float() : v.as<FloatObject>()->value;
}

// The value of a float or int as a double (OverflowError for huge ints);
// false with TypeError-free failure when `value` is neither.
bool to_double(Runtime& rt, const Value& value, double* out);
int64_t float_hash(double value);
// A NaN no other float('nan') result shares. Floats are inline values whose
// identity (`is`, and the identity shortcut of `in` and `==` on containers)
// is their bits; giving each float('nan') its own payload keeps
// `[float('nan')] == [float('nan')]` False and `x in [x]` True, as for
// CPython's separate float objects.
double distinct_nan(Runtime& rt, bool negative);
Value float_binary(Runtime& rt, BinaryOp op, double a, double b);
Value float_power(Runtime& rt, double base, double exponent);
// float(x) for a single argument: floats (an exact float for a subclass
// instance), ints, strings, bytes-like objects, __float__ and __index__.
Value float_from_value(Runtime& rt, const Value& value);
// divmod(a, b) for floats.
Value float_divmod_values(Runtime& rt, double a, double b);
// format(value, spec) for a float: float.__format__, and format()'s
// shortcut for an exact float.
Value format_float_value(Runtime& rt, double value, std::string_view spec);

void init_float_type(Runtime& rt);

}  // namespace pyvm
