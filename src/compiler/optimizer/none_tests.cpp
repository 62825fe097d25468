// SPDX-License-Identifier: GPL-3.0-or-later
// Tests against None: `x is None` or `x is not None` as a condition is
// `LOAD_CONST None; IS_OP k; POP_JUMP_IF_FALSE/TRUE`, three dispatches for
// one pointer comparison; the three become one POP_JUMP_IF_NONE or
// POP_JUMP_IF_NOT_NONE with the same target. None of the three can raise
// or call anything, so only line events could tell: they must be on one
// line, where the jump, first of what remains, reports it as the
// LOAD_CONST did.
#include "compiler/optimizer/passes.h"

namespace pyvm {

namespace {

// The fused jump for `IS_OP is_not` followed by the conditional jump
// `branch`, or NOP if `branch` is no POP_JUMP_IF_FALSE/TRUE.
Opcode none_test_jump(uint32_t is_not, Opcode branch) {
  if (branch != Opcode::POP_JUMP_IF_FALSE && branch != Opcode::POP_JUMP_IF_TRUE) return Opcode::NOP;
  // The jump is taken when "x is None" equals this.
  const bool jumps_on_none = (branch == Opcode::POP_JUMP_IF_TRUE) == (is_not == 0);
  return jumps_on_none ? Opcode::POP_JUMP_IF_NONE : Opcode::POP_JUMP_IF_NOT_NONE;
}

}  // namespace

bool fuse_none_tests(FlowGraph& graph, const CodeObject& code) {
  bool changed = false;
  for (BasicBlock& block : graph.blocks) {
    if (block.removed) continue;
    std::vector<BlockInstruction>& instructions = block.instructions;
    // (A block ends at its jump: the triple, if any, is its last three.)
    const size_t count = instructions.size();
    if (count < 3) continue;
    BlockInstruction& load = instructions[count - 3];
    const BlockInstruction& is_op = instructions[count - 2];
    const BlockInstruction& branch = instructions[count - 1];
    if (load.op != Opcode::LOAD_CONST || !code.constants[load.arg].is_none() ||
        is_op.op != Opcode::IS_OP) {
      continue;
    }
    const Opcode fused = none_test_jump(is_op.arg, branch.op);
    if (fused == Opcode::NOP || load.line() != is_op.line() || is_op.line() != branch.line()) {
      continue;
    }
    load.op = fused;
    load.arg = branch.arg;
    load.location = branch.location;
    instructions.resize(count - 2);
    changed = true;
  }
  return changed;
}

}  // namespace pyvm
