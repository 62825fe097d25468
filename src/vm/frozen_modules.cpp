// SPDX-License-Identifier: GPL-3.0-or-later
// Looking a module up in a frozen table (see frozen_modules.h).
#include "vm/frozen_modules.h"

#include <algorithm>

namespace pyvm {

const FrozenModule* find_frozen_module(std::span<const FrozenModule> table, std::string_view name) {
  // The generator writes the table sorted by name.
  auto it = std::lower_bound(table.begin(), table.end(), name,
                             [](const FrozenModule& module, std::string_view key) { return module.name < key; });
  return it != table.end() && it->name == name ? &*it : nullptr;
}

}  // namespace pyvm
