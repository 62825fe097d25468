// SPDX-License-Identifier: GPL-3.0-or-later
// Frozen modules: the standard library's Python modules (lib/python/),
// compiled by pyvm's own compiler when pyvm is built (tools/freeze) and kept
// in the binary as .pvc bytes, so pyvm needs no files beside it.
//
// The table is generated into a library of its own (pyvm_frozen), which the
// command and the embedding API install into a VM (VM::frozen_modules);
// the import system consults it after sys.path, so a module of the same
// name on sys.path still wins.
#pragma once

#include <span>
#include <string_view>

namespace pyvm {

struct FrozenModule {
  std::string_view name;                    // dotted: "json", "json.decoder"
  bool is_package;                          // compiled from NAME/__init__.py
  std::span<const unsigned char> bytecode;  // a whole .pvc file
};

// The modules frozen into this build (defined in the generated
// frozen_modules.cpp of the pyvm_frozen library).
std::span<const FrozenModule> standard_frozen_modules();

// The entry of `name` in `table`, or null.
const FrozenModule* find_frozen_module(std::span<const FrozenModule> table, std::string_view name);

}  // namespace pyvm
