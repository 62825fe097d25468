// SPDX-License-Identifier: GPL-3.0-or-later
// Serializer: a code-object tree to the bytes of a .pvc file
// (pvc_format.h, docs/bytecode-format.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pyvm {

struct CodeObject;
class Runtime;

// What the header says about the source the code was compiled from.
struct PvcSourceInfo {
  bool present = false;
  uint64_t size = 0;
  uint64_t hash = 0;
};

// Describes `source` for the header.
PvcSourceInfo describe_source(std::string_view source);

// The whole file: header, then `module` with every nested code object.
// Constants are of the kinds the compiler emits; anything else is a bug and
// throws std::logic_error.
std::string serialize_pvc(Runtime& rt, const CodeObject& module, const PvcSourceInfo& source);

}  // namespace pyvm
