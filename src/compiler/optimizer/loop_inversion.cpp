// SPDX-License-Identifier: GPL-3.0-or-later
// Loop inversion: a `while` loop runs its test at the top and ends its body
// with a JUMP back to the test, two jumps per iteration. When the test is
// one short block ending in a conditional jump out of the loop, the JUMP
// back becomes a copy of the test whose jump, inverted, goes back to the
// body's first instruction; falling through leaves the loop, as the test's
// jump did. One dispatch less per iteration (CPython 3.11 compiles its
// `while` loops this way).
//
// The copies keep the test's source locations and exception handlers (the
// test raises where it did). Line events stay those of the original: the
// JUMP back reported none and landing on the test reported the test's line;
// now the copy reports it because its line differs from the instruction
// before it (required). Entering the body reported its first line only if
// it differed from the test's; now the jump back lands there, which always
// reports: so the body's first line must differ from the test's too.
#include "compiler/optimizer/passes.h"

namespace pyvm {

namespace {

// The longest test copied (`while len(stack) > limit:` is six).
constexpr size_t kMaxTestLength = 8;

// Whether block `test` is a loop test that may be copied: short, straight
// code ending in a conditional jump, nothing that suspends the frame.
bool is_copyable_test(const BasicBlock& test) {
  if (test.instructions.size() > kMaxTestLength || !is_conditional_pop_jump(test.last().op)) {
    return false;
  }
  for (const BlockInstruction& instruction : test.instructions) {
    const Opcode op = instruction.op;
    if (op == Opcode::YIELD_VALUE || op == Opcode::SEND || op == Opcode::GET_AWAITABLE)
      return false;
  }
  return true;
}

// The instruction always run just before the last one of block `index`,
// or null.
const BlockInstruction* instruction_before_last(const FlowGraph& graph,
                                                const std::vector<bool>& targeted, int index) {
  const std::vector<BlockInstruction>& instructions =
      graph.blocks[static_cast<size_t>(index)].instructions;
  if (instructions.size() >= 2) return &instructions[instructions.size() - 2];
  return only_instruction_before(graph, targeted, index);
}

// Inverts the loop whose JUMP back ends block `from`; true if it did.
bool invert_loop(FlowGraph& graph, std::vector<bool>& targeted, int from) {
  BasicBlock& block = graph.blocks[static_cast<size_t>(from)];
  if (block.last().op != Opcode::JUMP) return false;
  const int head = graph.first_block_with_code(static_cast<int>(block.last().arg));
  if (head < 0 || head >= from) return false;  // (a loop's back edge only)
  const BasicBlock& test = graph.blocks[static_cast<size_t>(head)];
  if (!is_copyable_test(test)) return false;
  const BlockInstruction& branch = test.last();
  // Falling through the copy must leave the loop where the test's jump does.
  const int after = graph.next_block(from);
  if (after < 0 || graph.first_instruction_from(after) !=
                       graph.first_instruction_from(static_cast<int>(branch.arg))) {
    return false;
  }
  const int body = graph.next_block(head);
  const BlockInstruction* body_start = body < 0 ? nullptr : graph.first_instruction_from(body);
  if (body_start == nullptr || body > from) return false;
  // The line rules of the comment above.
  const BlockInstruction* before_jump = instruction_before_last(graph, targeted, from);
  if (before_jump == nullptr || before_jump->line() == test.instructions.front().line() ||
      body_start->line() == branch.line()) {
    return false;
  }
  std::vector<BlockInstruction> copy = test.instructions;
  copy.back().op = inverted_jump(branch.op);
  copy.back().arg = static_cast<uint32_t>(body);
  block.instructions.pop_back();
  block.instructions.insert(block.instructions.end(), copy.begin(), copy.end());
  targeted[static_cast<size_t>(body)] = true;
  return true;
}

}  // namespace

bool invert_loops(FlowGraph& graph) {
  std::vector<bool> targeted = jump_targets(graph);
  bool changed = false;
  for (int b = 0; b < static_cast<int>(graph.blocks.size()); ++b) {
    const BasicBlock& block = graph.blocks[static_cast<size_t>(b)];
    if (block.removed || block.empty()) continue;
    if (invert_loop(graph, targeted, b)) changed = true;
  }
  return changed;
}

}  // namespace pyvm
