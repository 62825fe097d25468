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
class Runtime;
struct Type;

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
Value make_struct_module(VM& vm);  // _struct
Value make_binascii_module(VM& vm);
Value make_hashlib_module(VM& vm);
Value make_array_module(VM& vm);
Value make_unicodedata_module(VM& vm);
Value make_cmath_module(VM& vm);
Value make_weakref_module(VM& vm);  // _weakref
Value make_collections_module(VM& vm);  // _collections (deque)
Value make_atexit_module(VM& vm);

// A new module called `name` holding the native functions `functions`.
Value make_module_with_functions(VM& vm, std::string_view name, std::span<const MethodDef> functions);

// A new exception class `module.name` deriving from `base` (struct.error,
// binascii.Error), made as a class statement would make it.
Value make_module_exception(VM& vm, std::string_view module, std::string_view name, Type* base);

// The bytes of a bytes-like object or an array.array: the binary data the
// native modules read (pyvm has no general buffer protocol, so arrays are
// recognised here). False, with no error set, for anything else.
bool readable_bytes(Runtime& rt, const Value& value, std::string_view* out);

}  // namespace pyvm
