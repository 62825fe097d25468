// SPDX-License-Identifier: GPL-3.0-or-later
// Dead code removal: a block that no path from the code's first instruction
// reaches (code after a return, raise, re-raise or unconditional jump, the
// body of `if 0:` once constant_branches.cpp has turned its test into a
// JUMP, the handlers of a try whose body is gone) is dropped. Code that
// never runs produces no line events and no traceback entries, so nothing
// observable changes.
#include <vector>

#include "compiler/optimizer/passes.h"

namespace pyvm {

bool remove_unreachable_blocks(FlowGraph& graph) {
  const int count = static_cast<int>(graph.blocks.size());
  if (count == 0) return false;
  std::vector<bool> reached(static_cast<size_t>(count), false);
  std::vector<int> work;
  auto reach = [&](int block) {
    if (block < 0 || block >= count || reached[static_cast<size_t>(block)]) return;
    if (graph.blocks[static_cast<size_t>(block)].removed) return;
    reached[static_cast<size_t>(block)] = true;
    work.push_back(block);
  };
  reach(0);
  while (!work.empty()) {
    const int b = work.back();
    work.pop_back();
    const BasicBlock& block = graph.blocks[static_cast<size_t>(b)];
    for (const BlockInstruction& instruction : block.instructions) {
      if (instruction.is_jump()) reach(static_cast<int>(instruction.arg));
      reach(instruction.handler.target);
    }
    if (block.falls_through()) reach(graph.next_block(b));
  }
  bool changed = false;
  for (int b = 0; b < count; ++b) {
    BasicBlock& block = graph.blocks[static_cast<size_t>(b)];
    if (reached[static_cast<size_t>(b)] || block.removed) continue;
    block.removed = true;
    changed = changed || !block.empty();
  }
  return changed;
}

}  // namespace pyvm
