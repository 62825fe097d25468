// SPDX-License-Identifier: GPL-3.0-or-later
// The functions that build the modules implemented in C++ (io's is in
// io.h). Each is a row of the table in standard_library.cpp, which import
// calls when a program first imports the module.
#pragma once

#include <span>
#include <string_view>

#include "runtime/descriptors.h"
#include "runtime/value.h"

namespace pyvm {

class VM;

Value make_sys_module(VM& vm);
Value make_math_module(VM& vm);
Value make_gc_module(VM& vm);
Value make_dis_module(VM& vm);
Value make_random_module(VM& vm);  // _random
Value make_warnings_module(VM& vm);  // _warnings
Value make_time_module(VM& vm);
Value make_re_module(VM& vm);  // _re
Value make_pyvm_module(VM& vm);  // _pyvm: helpers for the frozen standard library
Value make_os_module(VM& vm);
Value make_errno_module(VM& vm);
Value make_unicodedata_module(VM& vm);
Value make_cmath_module(VM& vm);

// A new module called `name` holding the native functions `functions`.
Value make_module_with_functions(VM& vm, std::string_view name, std::span<const MethodDef> functions);

}  // namespace pyvm
