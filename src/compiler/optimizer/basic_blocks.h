// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer's view of a code object: its instructions cut into basic
// blocks (straight-line runs entered only at the top), with each
// instruction's source location and exception handler kept beside it, so
// that passes may delete, replace and redirect instructions without
// renumbering anything. split_into_blocks makes the graph from a finished
// CodeObject; join_blocks writes it back (instructions, jump targets, line
// table, exception table). Blocks stay in their original order: a block
// that can fall through continues with the next one kept.
#pragma once

#include <cstdint>
#include <vector>

#include "bytecode/code_object.h"

namespace pyvm {

// Where an instruction raises to: a handler block and the stack depth to
// cut back to, or none.
struct BlockHandler {
  int target = -1;  // block index, -1 when the instruction is not protected
  uint32_t depth = 0;
  bool operator==(const BlockHandler&) const = default;
};

struct BlockInstruction {
  Opcode op = Opcode::NOP;
  uint32_t arg = 0;     // for jumps: the target block's index (not an instruction)
  LineEntry location;   // its `instruction` field is unused
  BlockHandler handler;

  bool is_jump() const { return (opcode_info(op).flags & kJumps) != 0; }
  bool falls_through() const { return (opcode_info(op).flags & kNoFallthrough) == 0; }
  int line() const { return location.line; }
};

struct BasicBlock {
  std::vector<BlockInstruction> instructions;
  bool removed = false;  // dropped by a pass; join_blocks skips it

  bool empty() const { return instructions.empty(); }
  const BlockInstruction& last() const { return instructions.back(); }
  // Whether execution can continue into the next kept block.
  bool falls_through() const { return empty() || last().falls_through(); }
};

struct FlowGraph {
  std::vector<BasicBlock> blocks;

  // The kept block after `index` (where `index` falls through to), or -1.
  int next_block(int index) const;
  // The block holding the first instruction run when execution reaches
  // block `index` (skipping empty blocks), or -1 at the end of the code.
  int first_block_with_code(int index) const;
  // The first instruction run when execution reaches block `index` (skipping
  // empty blocks), or null at the end of the code.
  const BlockInstruction* first_instruction_from(int index) const;
  size_t instruction_count() const;
};

// POP_JUMP_IF_FALSE, _TRUE, _NONE or _NOT_NONE: pops the value it tests.
bool is_conditional_pop_jump(Opcode op);
// The conditional jump taken exactly when `op` is not (JUMP_IF_FALSE_OR_POP
// and JUMP_IF_TRUE_OR_POP too), or NOP for any other instruction.
Opcode inverted_jump(Opcode op);

// Which blocks a jump or an exception handler enters.
std::vector<bool> jump_targets(const FlowGraph& graph);
// The instruction always run just before block `index` (it is entered only
// by falling through, `targeted` being jump_targets(graph)), or null.
const BlockInstruction* only_instruction_before(const FlowGraph& graph,
                                                const std::vector<bool>& targeted, int index);

FlowGraph split_into_blocks(const CodeObject& code);
// Rewrites code's instructions, line table and exception table from the
// graph; the constants, names and everything else stay.
void join_blocks(const FlowGraph& graph, CodeObject* code);

}  // namespace pyvm
