// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings as CPython's warnings module shows them with its default
// filters: "file:line: Category: message" and the source line, on stderr,
// once per place. pyvm has no `warnings` module yet; these are the warnings
// the VM itself issues (a coroutine never awaited, a bad $PYTHONBREAKPOINT).
#pragma once

#include <string_view>

namespace pyvm {

class VM;
struct Frame;

// Shows a warning of `category` (a class name such as "RuntimeWarning")
// attributed to the line the program is running, or to "sys:1" when no
// Python code runs (at exit).
void warn(VM& vm, std::string_view category, std::string_view message);

// As warn, for a warning about an object (CPython's `source=` argument):
// CPython then adds that tracemalloc could tell where the object was made.
void warn_with_source(VM& vm, std::string_view category, std::string_view message);

// As warn, attributed to `frame` (null: "sys:1"), for warnings.warn's
// stacklevel.
void warn_at(VM& vm, Frame* frame, std::string_view category, std::string_view message);

}  // namespace pyvm
