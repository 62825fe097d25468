// SPDX-License-Identifier: GPL-3.0-or-later
// Modules implemented in C++ (sys, math, gc, dis, os, errno, time, _random,
// _re, _warnings, _pyvm; io in io.h): made when first imported.
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
Value make_posix_module(VM& vm);  // posix: the system calls under os.py
Value make_errno_module(VM& vm);
Value make_atexit_module(VM& vm);

// A new module called `name` holding the native functions `functions`.
Value make_module_with_functions(VM& vm, std::string_view name, std::span<const MethodDef> functions);

// The native module called `name`, freshly made; null (no error) when there
// is no native module of that name, null with the error when making it failed.
Value make_native_module(VM& vm, std::string_view name);

}  // namespace pyvm
