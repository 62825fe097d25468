// SPDX-License-Identifier: GPL-3.0-or-later
// types.SimpleNamespace: an object whose attributes are its keyword
// arguments (sys.implementation is one). CPython's `types` module exposes
// the type; pyvm has it as type(sys.implementation).
#pragma once

#include <string_view>

#include "runtime/value.h"

namespace pyvm {

class Runtime;

// An empty namespace, and setting one of its attributes.
Value make_simple_namespace(Runtime& rt);
void namespace_set(Runtime& rt, const Value& ns, std::string_view name, const Value& value);

void init_simple_namespace_type(Runtime& rt);

}  // namespace pyvm
