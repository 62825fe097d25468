// SPDX-License-Identifier: GPL-3.0-or-later
// The instruction set derived from opcodes.def: the Opcode enum, each
// opcode's metadata and stack effect, and the 32-bit instruction encoding.
#pragma once

#include <cstdint>
#include <string_view>

namespace pyvm {

enum class Opcode : uint8_t {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) name,
#include "bytecode/opcodes.def"
#undef OPCODE
};

constexpr int kOpcodeCount = 0
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) +1
#include "bytecode/opcodes.def"
#undef OPCODE
    ;

// What an instruction's argument means.
enum class ArgKind : uint8_t {
  kNone,      // unused (0)
  kConst,     // index into the code object's constants
  kName,      // index into the code object's names
  kLocal,     // local variable slot
  kDeref,     // index into the cell variables followed by the free variables
  kJump,      // absolute instruction index
  kCount,     // a number of items
  kCompare,   // CompareOp: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=
  kInvert,    // 0 or 1 (`not in`, `is not`)
  kUnpack,    // UNPACK_EX: before | after << 8
  kFormat,    // FORMAT_VALUE: conversion | has_spec << 2
  kFunction,  // MAKE_FUNCTION: which optional parts are present
  kFlags      // small flags (CALL_FUNCTION_EX, YIELD_VALUE)
};

enum OpcodeFlag : uint8_t {
  kJumps = 1,          // the argument is a jump target
  kNoFallthrough = 2,  // never continues with the next instruction
  kCached = 4,         // adaptive: specializes itself while the code runs (inline cache)
  kSpecialized = 8     // a form quickening rewrites a base instruction into (never in a file)
};

struct OpcodeInfo {
  std::string_view name;
  ArgKind arg_kind;
  uint8_t flags;
  std::string_view description;
};

const OpcodeInfo& opcode_info(Opcode op);
// The opcode named `name` (for the assembler); false if there is none.
bool opcode_from_name(std::string_view name, Opcode* out);

// The instruction a specialized form specializes; any other opcode itself.
Opcode base_opcode(Opcode op);
inline bool is_specialized(Opcode op) { return base_opcode(op) != op; }
// The word with a specialized opcode replaced by its base (what files,
// co_code and --dis show of running code).
inline uint32_t base_instruction(uint32_t word);

// A superinstruction's halves: it runs as `first` (with its own argument),
// then runs the instruction after it, which must be a `second`. False for
// any other opcode.
struct SuperinstructionHalves {
  Opcode first;
  Opcode second;
};
bool superinstruction_halves(Opcode op, SuperinstructionHalves* halves);

// Whether `op` may jump to an instruction at or before itself (a loop's
// back edge): the interpreter polls Ctrl-C and the step budget there, and
// the verifier rejects any other jump backward.
inline bool may_jump_backward(Opcode op) {
  return op == Opcode::JUMP || op == Opcode::POP_JUMP_IF_FALSE || op == Opcode::POP_JUMP_IF_TRUE ||
         op == Opcode::POP_JUMP_IF_NONE || op == Opcode::POP_JUMP_IF_NOT_NONE;
}

// Stack effect when falling through (pops, pushes) and when jumping.
int stack_pops(Opcode op, uint32_t arg);
int stack_pushes(Opcode op, uint32_t arg);
int jump_pops(Opcode op, uint32_t arg);
int jump_pushes(Opcode op, uint32_t arg);

// ---- encoding: opcode in the low 8 bits, argument in the high 24.
constexpr uint32_t kMaxArgument = (1u << 24) - 1;
constexpr uint32_t encode_instruction(Opcode op, uint32_t arg) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
constexpr Opcode opcode_of(uint32_t word) { return static_cast<Opcode>(word & 0xFF); }
constexpr uint32_t argument_of(uint32_t word) { return word >> 8; }
inline uint32_t base_instruction(uint32_t word) {
  return encode_instruction(base_opcode(opcode_of(word)), argument_of(word));
}

// MAKE_FUNCTION argument bits.
enum MakeFunctionFlag : uint32_t {
  kHasDefaults = 1,
  kHasKeywordDefaults = 2,
  kHasAnnotations = 4,
  kHasClosure = 8
};

}  // namespace pyvm
