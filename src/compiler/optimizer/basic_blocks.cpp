// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting a code object into basic blocks and joining them back (see
// basic_blocks.h).
#include "compiler/optimizer/basic_blocks.h"

#include <algorithm>

namespace pyvm {

int FlowGraph::next_block(int index) const {
  for (int next = index + 1; next < static_cast<int>(blocks.size()); ++next) {
    if (!blocks[static_cast<size_t>(next)].removed) return next;
  }
  return -1;
}

int FlowGraph::first_block_with_code(int index) const {
  for (int b = index; b >= 0; b = next_block(b)) {
    const BasicBlock& block = blocks[static_cast<size_t>(b)];
    if (!block.removed && !block.empty()) return b;
  }
  return -1;
}

const BlockInstruction* FlowGraph::first_instruction_from(int index) const {
  const int block = first_block_with_code(index);
  return block < 0 ? nullptr : &blocks[static_cast<size_t>(block)].instructions.front();
}

size_t FlowGraph::instruction_count() const {
  size_t count = 0;
  for (const BasicBlock& block : blocks) {
    if (!block.removed) count += block.instructions.size();
  }
  return count;
}

bool is_conditional_pop_jump(Opcode op) {
  return op == Opcode::POP_JUMP_IF_FALSE || op == Opcode::POP_JUMP_IF_TRUE ||
         op == Opcode::POP_JUMP_IF_NONE || op == Opcode::POP_JUMP_IF_NOT_NONE;
}

Opcode inverted_jump(Opcode op) {
  switch (op) {
    case Opcode::POP_JUMP_IF_FALSE: return Opcode::POP_JUMP_IF_TRUE;
    case Opcode::POP_JUMP_IF_TRUE: return Opcode::POP_JUMP_IF_FALSE;
    case Opcode::POP_JUMP_IF_NONE: return Opcode::POP_JUMP_IF_NOT_NONE;
    case Opcode::POP_JUMP_IF_NOT_NONE: return Opcode::POP_JUMP_IF_NONE;
    case Opcode::JUMP_IF_FALSE_OR_POP: return Opcode::JUMP_IF_TRUE_OR_POP;
    case Opcode::JUMP_IF_TRUE_OR_POP: return Opcode::JUMP_IF_FALSE_OR_POP;
    default: return Opcode::NOP;
  }
}

std::vector<bool> jump_targets(const FlowGraph& graph) {
  std::vector<bool> targeted(graph.blocks.size(), false);
  for (const BasicBlock& block : graph.blocks) {
    if (block.removed) continue;
    for (const BlockInstruction& instruction : block.instructions) {
      if (instruction.is_jump()) targeted[instruction.arg] = true;
      const int handler = instruction.handler.target;
      if (handler >= 0) targeted[static_cast<size_t>(handler)] = true;
    }
  }
  return targeted;
}

const BlockInstruction* only_instruction_before(const FlowGraph& graph,
                                                const std::vector<bool>& targeted, int index) {
  if (targeted[static_cast<size_t>(index)]) return nullptr;
  for (int b = index - 1; b >= 0; --b) {
    const BasicBlock& block = graph.blocks[static_cast<size_t>(b)];
    if (block.removed) continue;
    if (!block.empty()) return block.falls_through() ? &block.last() : nullptr;
    if (targeted[static_cast<size_t>(b)]) return nullptr;
  }
  return nullptr;
}

FlowGraph split_into_blocks(const CodeObject& code) {
  const size_t count = code.instructions.size();
  // A block starts at the first instruction, at every jump or handler
  // target, and after every jump or instruction that does not fall through.
  std::vector<bool> starts(count + 1, false);
  starts[0] = true;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t word = code.instructions[i];
    const OpcodeInfo& info = opcode_info(opcode_of(word));
    if (info.flags & kJumps) {
      if (argument_of(word) < count) starts[argument_of(word)] = true;
      starts[i + 1] = true;
    }
    if (info.flags & kNoFallthrough) starts[i + 1] = true;
  }
  for (const ExceptionHandler& h : code.handlers) {
    if (h.target < count) starts[h.target] = true;
  }
  std::vector<int> block_of(count + 1, -1);
  int blocks = 0;
  for (size_t i = 0; i < count; ++i) {
    if (starts[i]) ++blocks;
    block_of[i] = blocks - 1;
  }
  block_of[count] = blocks;  // (a jump to the end: verified code has none)

  FlowGraph graph;
  graph.blocks.resize(static_cast<size_t>(blocks));
  for (size_t i = 0; i < count; ++i) {
    const uint32_t word = code.instructions[i];
    BlockInstruction instruction;
    instruction.op = opcode_of(word);
    instruction.arg = argument_of(word);
    if (instruction.is_jump()) instruction.arg = static_cast<uint32_t>(block_of[std::min<size_t>(instruction.arg, count)]);
    instruction.location = code.location_of(i);
    if (const ExceptionHandler* h = code.handler_for(i)) {
      instruction.handler = {block_of[std::min<size_t>(h->target, count)], h->depth};
    }
    graph.blocks[static_cast<size_t>(block_of[i])].instructions.push_back(instruction);
  }
  return graph;
}

namespace {

bool same_location(const LineEntry& a, const LineEntry& b) {
  return a.line == b.line && a.end_line == b.end_line && a.column == b.column && a.end_column == b.end_column;
}

}  // namespace

void join_blocks(const FlowGraph& graph, CodeObject* code) {
  // Where each kept block starts; an empty or removed block starts where the
  // next kept instruction is.
  std::vector<uint32_t> start(graph.blocks.size() + 1, 0);
  uint32_t position = 0;
  for (size_t b = 0; b < graph.blocks.size(); ++b) {
    start[b] = position;
    if (!graph.blocks[b].removed) position += static_cast<uint32_t>(graph.blocks[b].instructions.size());
  }
  start[graph.blocks.size()] = position;

  code->instructions.clear();
  code->lines.clear();
  code->handlers.clear();
  code->caches.reset();
  for (const BasicBlock& block : graph.blocks) {
    if (block.removed) continue;
    for (const BlockInstruction& instruction : block.instructions) {
      const auto index = static_cast<uint32_t>(code->instructions.size());
      const uint32_t arg = instruction.is_jump() ? start[instruction.arg] : instruction.arg;
      code->instructions.push_back(encode_instruction(instruction.op, arg));
      if (code->lines.empty() || !same_location(code->lines.back(), instruction.location)) {
        LineEntry entry = instruction.location;
        entry.instruction = index;
        code->lines.push_back(entry);
      }
      const BlockHandler& handler = instruction.handler;
      if (handler.target < 0) continue;
      const uint32_t target = start[static_cast<size_t>(handler.target)];
      if (!code->handlers.empty()) {
        ExceptionHandler& last = code->handlers.back();
        if (last.end == index && last.target == target && last.depth == handler.depth) {
          last.end = index + 1;
          continue;
        }
      }
      code->handlers.push_back({index, index + 1, target, handler.depth});
    }
  }
}

}  // namespace pyvm
