// SPDX-License-Identifier: GPL-3.0-or-later
// Native modules: modules implemented in C++ (src/lib/), built when first
// imported. The table is the library's (lib/standard_library.h), which the
// pyvm command and the embedding entry point install into a VM
// (VM::native_modules); the import system looks a name up here before
// sys.path, as CPython does with its built-in modules.
#pragma once

#include <span>
#include <string_view>

#include "runtime/value.h"

namespace pyvm {

class VM;

struct NativeModule {
  std::string_view name;
  // Builds a fresh module object; null with the error set when it fails.
  Value (*make)(VM& vm);
};

// The entry of `name` in `table`, or null.
const NativeModule* find_native_module(std::span<const NativeModule> table, std::string_view name);

}  // namespace pyvm
