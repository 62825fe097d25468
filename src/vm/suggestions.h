// SPDX-License-Identifier: GPL-3.0-or-later
// "Did you mean": the name CPython 3.11 suggests under an uncaught NameError
// or AttributeError (the traceback printer appends it to the exception's
// line).
#pragma once

#include <string_view>

#include "runtime/value.h"

namespace pyvm {

class VM;

// The closest name to the one `exception` could not find, or null: for an
// AttributeError (its `name` and `obj`) among dir(obj); for a NameError (its
// `name`) among the local variables, then the globals, then the builtins of
// the frame where it was raised. Never raises.
Value suggest_similar_name(VM& vm, const Value& exception);

// CPython's weighted edit distance between two names: a case change costs
// 1, any other edit 2; results above `max_cost` are only "more than
// max_cost" (max_cost + 1).
size_t name_distance(std::string_view a, std::string_view b, size_t max_cost);

}  // namespace pyvm
