// SPDX-License-Identifier: GPL-3.0-or-later
// Opcode metadata and stack effects, generated from opcodes.def.
#include "bytecode/opcodes.h"

namespace pyvm {

namespace {

const OpcodeInfo kOpcodeInfo[] = {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  {#name, ArgKind::kind, static_cast<uint8_t>(flags), text},
#include "bytecode/opcodes.def"
#undef OPCODE
};

}  // namespace

const OpcodeInfo& opcode_info(Opcode op) { return kOpcodeInfo[static_cast<int>(op)]; }

bool opcode_from_name(std::string_view name, Opcode* out) {
  for (int i = 0; i < kOpcodeCount; ++i) {
    if (kOpcodeInfo[i].name == name) {
      *out = static_cast<Opcode>(i);
      return true;
    }
  }
  return false;
}

// Each function evaluates one column of opcodes.def with `arg` bound.
int stack_pops(Opcode op, uint32_t arg) {
  switch (op) {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  case Opcode::name: return static_cast<int>(pops);
#include "bytecode/opcodes.def"
#undef OPCODE
  }
  (void)arg;
  return 0;
}

int stack_pushes(Opcode op, uint32_t arg) {
  switch (op) {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  case Opcode::name: return static_cast<int>(pushes);
#include "bytecode/opcodes.def"
#undef OPCODE
  }
  (void)arg;
  return 0;
}

int jump_pops(Opcode op, uint32_t arg) {
  switch (op) {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  case Opcode::name: return static_cast<int>(jump_pops);
#include "bytecode/opcodes.def"
#undef OPCODE
  }
  (void)arg;
  return 0;
}

int jump_pushes(Opcode op, uint32_t arg) {
  switch (op) {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  case Opcode::name: return static_cast<int>(jump_pushes);
#include "bytecode/opcodes.def"
#undef OPCODE
  }
  (void)arg;
  return 0;
}

}  // namespace pyvm
