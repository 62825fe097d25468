// Modules implemented in C++ (sys, math, gc): made when first imported.
#pragma once

#include <string_view>

#include "runtime/value.h"

namespace pyvm {

class VM;

Value make_sys_module(VM& vm);
Value make_math_module(VM& vm);
Value make_gc_module(VM& vm);

// The native module called `name`, freshly made; null (no error) when there
// is no native module of that name.
Value make_native_module(VM& vm, std::string_view name);

}  // namespace pyvm
