// SPDX-License-Identifier: GPL-3.0-or-later
#include "vm/native_module_table.h"

namespace pyvm {

const NativeModule* find_native_module(std::span<const NativeModule> table, std::string_view name) {
  for (const NativeModule& module : table) {
    if (module.name == name) return &module;
  }
  return nullptr;
}

}  // namespace pyvm
