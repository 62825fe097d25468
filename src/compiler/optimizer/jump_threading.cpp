// SPDX-License-Identifier: GPL-3.0-or-later
// Jump threading: a jump whose target is an unconditional JUMP goes straight
// to that JUMP's target; `JUMP_IF_FALSE_OR_POP` landing on a jump that tests
// the same value the same way (another JUMP_IF_FALSE_OR_POP, or a
// POP_JUMP_IF_FALSE) takes that jump's decision at once, and one landing on
// the opposite test (`(a and b) or c`) becomes a POP_JUMP_IF_FALSE past it
// (and the same for TRUE); a conditional jump over a lone JUMP is inverted
// to go where the JUMP goes.
// The skipped jump ran no code, so only line events could tell: a jump is
// threaded only when the skipped one is on the same line and the new jump
// goes in the same direction (forward or backward) as both did, so the
// tracer's rules (a line event on a new line, or on landing after a
// backward jump, none for a JUMP backward: observer_hook.cpp) give the same
// events; or when the skipped one is a loop's JUMP back and the new jump
// goes back too (skips_loop_back_edge).
#include "compiler/optimizer/passes.h"

namespace pyvm {

namespace {

// The POP_JUMP_IF_* testing what JUMP_IF_*_OR_POP `op` tests.
Opcode popping(Opcode op) {
  return op == Opcode::JUMP_IF_FALSE_OR_POP ? Opcode::POP_JUMP_IF_FALSE : Opcode::POP_JUMP_IF_TRUE;
}

struct Threaded {
  Opcode op = Opcode::NOP;  // NOP: cannot be threaded
  int target = -1;
};

// What `jump` becomes when it lands on block `via`, whose first
// instruction `next` is a jump (and so the block's only instruction).
Threaded threaded(const FlowGraph& graph, const BlockInstruction& jump, const BlockInstruction& next, int via) {
  if (next.op == Opcode::JUMP) return {jump.op, static_cast<int>(next.arg)};
  const bool keeps_value = jump.op == Opcode::JUMP_IF_FALSE_OR_POP || jump.op == Opcode::JUMP_IF_TRUE_OR_POP;
  if (!keeps_value) return {};
  // The value jumped with fails the same test again: take that jump now.
  if (next.op == jump.op || next.op == popping(jump.op)) return {next.op, static_cast<int>(next.arg)};
  // It fails the opposite test: the next jump pops it and falls through.
  if (next.op == inverted_jump(jump.op) || next.op == inverted_jump(popping(jump.op))) {
    const int after = graph.next_block(via);
    if (after >= 0) return {popping(jump.op), after};
  }
  return {};
}

// Whether `jump`, ending block `from`, may go straight to where the JUMP
// back `next` (first in block `via`) goes, whatever their lines: a JUMP
// back reports no line, and landing after a backward jump always reports
// one, so the events stay when the new jump goes backward too and reports
// its own line as before (a conditional jump does either way; a JUMP
// forward that becomes a JUMP back stops reporting, so only one on the
// line of the instruction before it, where it reported nothing).
bool skips_loop_back_edge(const FlowGraph& graph, int from, const BlockInstruction& jump, int via,
                          const BlockInstruction& next) {
  const auto target = static_cast<int>(next.arg);
  if (next.op != Opcode::JUMP || target > via || target > from) return false;
  if (is_conditional_pop_jump(jump.op)) return true;
  if (jump.op != Opcode::JUMP) return false;
  const std::vector<BlockInstruction>& instructions = graph.blocks[static_cast<size_t>(from)].instructions;
  return instructions.size() >= 2 && instructions[instructions.size() - 2].line() == jump.line();
}

// Threads the jump ending block `from` once; true if it changed.
bool thread_once(FlowGraph& graph, int from) {
  BlockInstruction& jump = graph.blocks[static_cast<size_t>(from)].instructions.back();
  if (!jump.is_jump()) return false;
  const int via = graph.first_block_with_code(static_cast<int>(jump.arg));
  if (via < 0 || via == from || graph.blocks[static_cast<size_t>(via)].instructions.size() != 1) return false;
  const BlockInstruction& next = graph.blocks[static_cast<size_t>(via)].instructions.front();
  if (!next.is_jump()) return false;
  const bool past_back_edge = skips_loop_back_edge(graph, from, jump, via, next);
  if (next.line() != jump.line() && !past_back_edge) return false;
  const Threaded result = threaded(graph, jump, next, via);
  if (result.op == Opcode::NOP || result.target == via) return false;  // (a jump to itself stays)
  // Same direction before and after (a target in the jump's own block is behind it).
  const bool backward_before = result.target <= via;
  const bool backward_after = result.target <= from;
  const bool was_backward = static_cast<int>(jump.arg) <= from;
  if (!past_back_edge && (backward_before != backward_after || was_backward != backward_after)) return false;
  if (backward_after && !may_jump_backward(result.op)) return false;
  jump.op = result.op;
  jump.arg = static_cast<uint32_t>(result.target);
  return true;
}

// `POP_JUMP_IF_FALSE over; JUMP target; over:` (the JUMP reached only from
// the test, on the test's line) becomes `POP_JUMP_IF_TRUE target`: the
// `if x: continue` and `if x: break` shape. The new jump goes where the
// JUMP went, backward or forward, so the same line events follow.
bool invert_over_jump(FlowGraph& graph, int from) {
  BlockInstruction& branch = graph.blocks[static_cast<size_t>(from)].instructions.back();
  if (!is_conditional_pop_jump(branch.op)) return false;
  const int skipped = graph.next_block(from);
  if (skipped < 0) return false;
  BasicBlock& jump_block = graph.blocks[static_cast<size_t>(skipped)];
  if (jump_block.instructions.size() != 1 || jump_block.last().op != Opcode::JUMP ||
      jump_block.last().line() != branch.line()) {
    return false;
  }
  const int after = graph.next_block(skipped);
  if (after < 0 || graph.first_instruction_from(after) != graph.first_instruction_from(static_cast<int>(branch.arg))) {
    return false;
  }
  const auto target = static_cast<int>(jump_block.last().arg);
  // (Only here, a few times per function: the whole scan is cheap enough.)
  if (target == skipped || jump_targets(graph)[static_cast<size_t>(skipped)]) return false;
  branch.op = inverted_jump(branch.op);
  branch.arg = static_cast<uint32_t>(target);
  jump_block.removed = true;
  return true;
}

}  // namespace

bool thread_jumps(FlowGraph& graph) {
  bool changed = false;
  for (int b = 0; b < static_cast<int>(graph.blocks.size()); ++b) {
    const BasicBlock& block = graph.blocks[static_cast<size_t>(b)];
    if (block.removed || block.empty()) continue;
    // Chains are short; the bound stops a cycle of jumps from looping here.
    for (int step = 0; step < 8 && thread_once(graph, b); ++step) changed = true;
    if (invert_over_jump(graph, b)) changed = true;
  }
  return changed;
}

}  // namespace pyvm
