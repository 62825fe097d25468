// SPDX-License-Identifier: GPL-3.0-or-later
// Useless instructions: a NOP, a JUMP to the instruction that runs next
// anyway, and a `LOAD_CONST; POP_TOP` pair (a constant as a statement, which
// first becomes a NOP) do nothing, and go, unless a line event depends on
// them. Codegen emits NOPs on purpose to carry a line number (`pass`, the
// test of `while True:` once constant_branches.cpp removed it), and the
// tracer reports a line when an instruction's line differs from the one run
// before it (observer_hook.cpp); removing such an instruction is safe when
// the instruction before it in its block is on the same line (the event
// was already reported) or the instruction run after it is (the event
// moves there, with the same line) and reports lines (not a JUMP, which
// reports none when it jumps backward).
#include "compiler/optimizer/passes.h"

namespace pyvm {

namespace {

// The first instruction run after the end of block `index`, or null.
const BlockInstruction* instruction_after_block(const FlowGraph& graph, int index) {
  const int next = graph.next_block(index);
  return next < 0 ? nullptr : graph.first_instruction_from(next);
}

// Whether the JUMP ending block `index` lands where falling through would.
bool jumps_to_next(const FlowGraph& graph, int index) {
  const BlockInstruction& jump = graph.blocks[static_cast<size_t>(index)].last();
  if (jump.op != Opcode::JUMP) return false;
  const BlockInstruction* after = instruction_after_block(graph, index);
  return after != nullptr && after == graph.first_instruction_from(static_cast<int>(jump.arg));
}

// Whether removing `block`'s instruction `index` (one that does nothing and
// continues with the next instruction) leaves the line events as they were.
bool removal_keeps_line_events(const FlowGraph& graph, const std::vector<bool>& targeted, int block,
                               size_t index) {
  const std::vector<BlockInstruction>& instructions = graph.blocks[static_cast<size_t>(block)].instructions;
  const int line = instructions[index].line();
  const BlockInstruction* before =
      index > 0 ? &instructions[index - 1] : only_instruction_before(graph, targeted, block);
  if (before != nullptr && before->line() == line) return true;
  const BlockInstruction* next =
      index + 1 < instructions.size() ? &instructions[index + 1] : instruction_after_block(graph, block);
  // (A JUMP reports no line when it jumps backward, the end of a loop body
  // after `pass` or `continue`: the event cannot move there.)
  return next != nullptr && next->line() == line && next->op != Opcode::JUMP;
}

}  // namespace

bool remove_useless_instructions(FlowGraph& graph) {
  const std::vector<bool> targeted = jump_targets(graph);
  bool changed = false;
  for (int b = 0; b < static_cast<int>(graph.blocks.size()); ++b) {
    std::vector<BlockInstruction>& instructions = graph.blocks[static_cast<size_t>(b)].instructions;
    if (graph.blocks[static_cast<size_t>(b)].removed) continue;
    // A constant as a statement: the pair becomes a NOP on the same line.
    for (size_t i = 0; i + 1 < instructions.size(); ++i) {
      if (instructions[i].op == Opcode::LOAD_CONST && instructions[i + 1].op == Opcode::POP_TOP &&
          instructions[i].line() == instructions[i + 1].line()) {
        instructions[i].op = Opcode::NOP;
        instructions[i].arg = 0;
        instructions.erase(instructions.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        changed = true;
      }
    }
    if (!instructions.empty() && jumps_to_next(graph, b) &&
        removal_keeps_line_events(graph, targeted, b, instructions.size() - 1)) {
      instructions.pop_back();
      changed = true;
    }
    for (size_t i = 0; i < instructions.size();) {
      if (instructions[i].op == Opcode::NOP && removal_keeps_line_events(graph, targeted, b, i)) {
        instructions.erase(instructions.begin() + static_cast<std::ptrdiff_t>(i));
        changed = true;
      } else {
        ++i;
      }
    }
  }
  return changed;
}

}  // namespace pyvm
