// SPDX-License-Identifier: GPL-3.0-or-later
// Superinstructions: the first of a frequent instruction pair becomes the
// superinstruction that runs both (opcodes.def), saving one dispatch. The
// pairs are the ones `pyvm --profile=pairs` shows most often over the
// benchmarks (docs/performance.md): two local loads, a local and a constant,
// a store and a load, two stores. The second instruction stays where it is,
// with its argument and location, so nothing is renumbered and an error it
// raises is reported as before; the pair must be in one basic block and on
// one source line, because a tracer reports the superinstruction alone.
// Runs once, after the other passes, which know only plain instructions.
#include "compiler/optimizer/passes.h"

namespace pyvm {

namespace {

// The superinstruction for `first` followed by `second`, or NOP.
Opcode fused(Opcode first, Opcode second) {
  switch (first) {
    case Opcode::LOAD_FAST:
      if (second == Opcode::LOAD_FAST) return Opcode::LOAD_FAST__LOAD_FAST;
      if (second == Opcode::LOAD_CONST) return Opcode::LOAD_FAST__LOAD_CONST;
      return Opcode::NOP;
    case Opcode::LOAD_CONST:
      return second == Opcode::LOAD_FAST ? Opcode::LOAD_CONST__LOAD_FAST : Opcode::NOP;
    case Opcode::STORE_FAST:
      if (second == Opcode::LOAD_FAST) return Opcode::STORE_FAST__LOAD_FAST;
      if (second == Opcode::STORE_FAST) return Opcode::STORE_FAST__STORE_FAST;
      return Opcode::NOP;
    default:
      return Opcode::NOP;
  }
}

}  // namespace

bool make_superinstructions(FlowGraph& graph) {
  bool changed = false;
  for (BasicBlock& block : graph.blocks) {
    if (block.removed) continue;
    std::vector<BlockInstruction>& instructions = block.instructions;
    for (size_t i = 0; i + 1 < instructions.size(); ++i) {
      BlockInstruction& first = instructions[i];
      const BlockInstruction& second = instructions[i + 1];
      const Opcode superinstruction = fused(first.op, second.op);
      if (superinstruction == Opcode::NOP || first.line() != second.line()) continue;
      first.op = superinstruction;
      changed = true;
      ++i;  // (the second half is no superinstruction's first)
    }
  }
  return changed;
}

}  // namespace pyvm
