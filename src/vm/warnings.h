// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings. The filtering and showing is the `warnings` module's Python
// code (lib/python/warnings.py); the native `_warnings` module and the VM
// hand every warning to it, so the program's filters, -W options and
// showwarning apply to all of them. When no Python code runs (the program
// is ending) a warning is printed as CPython's default filter prints it:
// "sys:1: Category: message", once.
#pragma once

#include <string_view>

#include "runtime/runtime.h"

namespace pyvm {

class VM;

// Issues a warning of `category` attributed to the line the program is
// running. False with an exception pending when the warning failed (a
// filter turned it into an error, a showwarning raised).
[[nodiscard]] bool warn(VM& vm, Exc category, std::string_view message);

// As warn, for a warning about an object (CPython's `source=` argument):
// the message then adds that tracemalloc could tell where it was made.
[[nodiscard]] bool warn_with_source(VM& vm, Exc category, std::string_view message,
                                    const Value& source);

// The `warnings` module, imported if needed; null with an exception pending.
Value warnings_module(VM& vm);

// Calls the warnings module's `implementation` (_warn_impl or
// _warn_explicit_impl). It returns the exception to raise when a filter
// says "error": raised here, from native code, the exception's traceback
// starts at the program's line, as CPython's does, without frames of the
// warnings module. None, or null with an exception pending.
Value run_warning(VM& vm, const char* implementation, const Value* args, size_t nargs);

}  // namespace pyvm
