// SPDX-License-Identifier: GPL-3.0-or-later
// pyvm's standard library as a whole: what a host installs into a new VM so
// that programs can run: the builtins and sys modules, the standard streams,
// the io types, and the table of native modules (one row per module, in
// standard_library.cpp). The frozen Python modules are a table of their own
// (vm/frozen_modules.h, in the pyvm_frozen library).
#pragma once

#include <span>

#include "vm/native_module_table.h"
#include "vm/vm.h"

namespace pyvm {

// Every native module: name and the function that builds it.
std::span<const NativeModule> standard_native_modules();

// Installs the standard library into a VM that has none yet.
void install_standard_library(VM& vm);

// A VM with the standard library installed: what the tools and the tests
// run programs on.
class StandardVM : public VM {
 public:
  explicit StandardVM(InterpreterFlags flags = {}) : VM(std::move(flags)) { install_standard_library(*this); }
};

}  // namespace pyvm
