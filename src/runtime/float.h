// SPDX-License-Identifier: GPL-3.0-or-later
// float: IEEE 754 doubles, always inline in a Value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

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
// divmod(a, b) for floats.
Value float_divmod_values(Runtime& rt, double a, double b);

void init_float_type(Runtime& rt);

}  // namespace pyvm
