// SPDX-License-Identifier: GPL-3.0-or-later
// Opcode metadata and stack effects, generated from opcodes.def.
#include "bytecode/opcodes.h"

#include <array>

namespace pyvm {

namespace {

constexpr Opcode kBaseOpcode[] = {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) Opcode::name,
#define SPECIALIZED(name, base, text) Opcode::base,
#include "bytecode/opcodes.def"
#undef SPECIALIZED
#undef OPCODE
};
static_assert(std::size(kBaseOpcode) == kOpcodeCount);

// A specialized form takes its base's argument kind and flags.
constexpr std::array<OpcodeInfo, kOpcodeCount> make_opcode_info() {
  std::array<OpcodeInfo, kOpcodeCount> info = {{
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  {#name, ArgKind::kind, static_cast<uint8_t>(flags), text},
#include "bytecode/opcodes.def"
#undef OPCODE
  }};
  for (OpcodeInfo& entry : info) {
    if (entry.flags & kSpecialized) {
      const Opcode base = kBaseOpcode[&entry - info.data()];
      entry.arg_kind = info[static_cast<size_t>(base)].arg_kind;
      entry.flags = static_cast<uint8_t>(info[static_cast<size_t>(base)].flags | kSpecialized);
    }
  }
  return info;
}
constexpr std::array<OpcodeInfo, kOpcodeCount> kOpcodeInfo = make_opcode_info();

}  // namespace

const OpcodeInfo& opcode_info(Opcode op) { return kOpcodeInfo[static_cast<int>(op)]; }

Opcode base_opcode(Opcode op) {
  const auto index = static_cast<size_t>(op);
  return index < std::size(kBaseOpcode) ? kBaseOpcode[index] : op;
}

bool opcode_from_name(std::string_view name, Opcode* out) {
  for (int i = 0; i < kOpcodeCount; ++i) {
    if (kOpcodeInfo[i].name == name) {
      *out = static_cast<Opcode>(i);
      return true;
    }
  }
  return false;
}

bool superinstruction_halves(Opcode op, SuperinstructionHalves* halves) {
  switch (op) {
    case Opcode::LOAD_FAST__LOAD_FAST: *halves = {Opcode::LOAD_FAST, Opcode::LOAD_FAST}; return true;
    case Opcode::LOAD_FAST__LOAD_CONST: *halves = {Opcode::LOAD_FAST, Opcode::LOAD_CONST}; return true;
    case Opcode::LOAD_CONST__LOAD_FAST: *halves = {Opcode::LOAD_CONST, Opcode::LOAD_FAST}; return true;
    case Opcode::STORE_FAST__LOAD_FAST: *halves = {Opcode::STORE_FAST, Opcode::LOAD_FAST}; return true;
    case Opcode::STORE_FAST__STORE_FAST: *halves = {Opcode::STORE_FAST, Opcode::STORE_FAST}; return true;
    default: return false;
  }
}

// Each function evaluates one column of opcodes.def with `arg` bound (a
// specialized form's, its base's).
int stack_pops(Opcode op, uint32_t arg) {
  switch (base_opcode(op)) {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  case Opcode::name: return static_cast<int>(pops);
#define SPECIALIZED(name, base, text) \
  case Opcode::name: break;  // (never: the switch is on the base)
#include "bytecode/opcodes.def"
#undef SPECIALIZED
#undef OPCODE
  }
  (void)arg;
  return 0;
}

int stack_pushes(Opcode op, uint32_t arg) {
  switch (base_opcode(op)) {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  case Opcode::name: return static_cast<int>(pushes);
#define SPECIALIZED(name, base, text) \
  case Opcode::name: break;  // (never: the switch is on the base)
#include "bytecode/opcodes.def"
#undef SPECIALIZED
#undef OPCODE
  }
  (void)arg;
  return 0;
}

int jump_pops(Opcode op, uint32_t arg) {
  switch (base_opcode(op)) {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  case Opcode::name: return static_cast<int>(jump_pops);
#define SPECIALIZED(name, base, text) \
  case Opcode::name: break;  // (never: the switch is on the base)
#include "bytecode/opcodes.def"
#undef SPECIALIZED
#undef OPCODE
  }
  (void)arg;
  return 0;
}

int jump_pushes(Opcode op, uint32_t arg) {
  switch (base_opcode(op)) {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) \
  case Opcode::name: return static_cast<int>(jump_pushes);
#define SPECIALIZED(name, base, text) \
  case Opcode::name: break;  // (never: the switch is on the base)
#include "bytecode/opcodes.def"
#undef SPECIALIZED
#undef OPCODE
  }
  (void)arg;
  return 0;
}

}  // namespace pyvm
