// SPDX-License-Identifier: GPL-3.0-or-later
// CodeBuilder (see code_builder.h).
#include "compiler/code_builder.h"

#include <cstring>

#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

std::string constant_key(Runtime& rt, const Value& value) {
  switch (value.tag()) {
    case Tag::kNone: return "N";
    case Tag::kBool: return value.as_bool() ? "T" : "F";
    case Tag::kInt: return cat("i", value.as_small_int());
    case Tag::kFloat: {
      const double d = value.as_float();
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      return cat("f", bits);
    }
    default: break;
  }
  Type* type = rt.type_of(value);
  if (type == rt.str_type) return cat("s", as_str(value)->view());
  if (type == rt.bytes_type) return cat("b", bytes_view(value));
  if (type == rt.int_type) return cat("I", int_to_decimal(value));
  if (type == rt.tuple_type) {
    std::string key = "(";
    for (const Value& item : as_tuple(value)->span()) key += constant_key(rt, item) + ",";
    return key + ")";
  }
  if (value.is(rt.ellipsis())) return "E";
  // Code objects and anything else: never shared.
  return cat("#", reinterpret_cast<uintptr_t>(value.as_object()));
}

CodeBuilder::CodeBuilder(Runtime& rt) : rt_(rt) {}

void CodeBuilder::emit(Opcode op, uint32_t arg) {
  const int handler = handler_stack_.empty() ? -1 : handler_stack_.back();
  instructions_.push_back({encode_instruction(op, arg), false, handler, location_});
  if (depth_ < 0) return;  // unreachable code: no stack effect to track
  depth_ += stack_pushes(op, arg) - stack_pops(op, arg);
  if (depth_ > max_depth_) max_depth_ = depth_;
  if (opcode_info(op).flags & kNoFallthrough) depth_ = -1;
}

void CodeBuilder::emit_jump(Opcode op, Label target) {
  const int handler = handler_stack_.empty() ? -1 : handler_stack_.back();
  instructions_.push_back({encode_instruction(op, static_cast<uint32_t>(target)), true, handler, location_});
  if (depth_ < 0) return;
  const int jump_depth = depth_ - jump_pops(op, 0) + jump_pushes(op, 0);
  if (label_depths_[target] < 0) label_depths_[target] = jump_depth;
  if (jump_depth > max_depth_) max_depth_ = jump_depth;
  depth_ += stack_pushes(op, 0) - stack_pops(op, 0);
  if (depth_ > max_depth_) max_depth_ = depth_;
  if (opcode_info(op).flags & kNoFallthrough) depth_ = -1;
}

Label CodeBuilder::new_label() {
  label_positions_.push_back(-1);
  label_depths_.push_back(-1);
  return static_cast<Label>(label_positions_.size() - 1);
}

void CodeBuilder::bind(Label label) {
  label_positions_[label] = static_cast<int>(instructions_.size());
  if (depth_ < 0) {
    depth_ = label_depths_[label];
  } else if (label_depths_[label] < 0) {
    label_depths_[label] = depth_;
  }
}

void CodeBuilder::set_depth(int depth) {
  depth_ = depth;
  if (depth_ > max_depth_) max_depth_ = depth_;
}

void CodeBuilder::push_handler(Label target, int depth) {
  regions_.push_back({target, depth});
  handler_stack_.push_back(static_cast<int>(regions_.size() - 1));
}

int CodeBuilder::pop_handler() {
  const int region = handler_stack_.back();
  handler_stack_.pop_back();
  return region;
}

uint32_t CodeBuilder::add_constant(const Value& value) {
  const std::string key = constant_key(rt_, value);
  auto found = constant_index_.find(key);
  if (found != constant_index_.end()) return found->second;
  const auto index = static_cast<uint32_t>(constants_.size());
  constants_.push_back(value);
  constant_index_.emplace(key, index);
  return index;
}

uint32_t CodeBuilder::add_name(const std::string& name) {
  auto found = name_index_.find(name);
  if (found != name_index_.end()) return found->second;
  const auto index = static_cast<uint32_t>(names_.size());
  names_.push_back(name);
  name_index_.emplace(name, index);
  return index;
}

bool CodeBuilder::can_run_off_the_end() const {
  if (instructions_.empty()) return false;
  if ((opcode_info(opcode_of(instructions_.back().word)).flags & kNoFallthrough) == 0) return true;
  const auto end = static_cast<int>(instructions_.size());
  for (const Pending& p : instructions_) {
    if (p.jump && label_positions_[argument_of(p.word)] == end) return true;
  }
  return false;
}

Ref<CodeObject> CodeBuilder::finish() {
  // Unreachable code (after a return, raise or break) is emitted without the
  // loop's jump back and the implicit `return None` that reachable code
  // gets, so it may fall or jump off the end; a closing `return None` keeps
  // every path inside the code, as the verifier requires (the optimizer
  // drops it with the rest of the dead code).
  if (can_run_off_the_end()) {
    emit(Opcode::LOAD_CONST, add_constant(Value::none()));
    emit(Opcode::RETURN_VALUE);
    max_depth_ = std::max(max_depth_, 1);
  }
  Ref<CodeObject> code = make_code(rt_);
  code->instructions.reserve(instructions_.size());
  for (const Pending& p : instructions_) {
    uint32_t word = p.word;
    if (p.jump) {
      const int target = label_positions_[argument_of(word)];
      word = encode_instruction(opcode_of(word), static_cast<uint32_t>(target < 0 ? 0 : target));
    }
    code->instructions.push_back(word);
  }
  // Line table: one entry per run of instructions with the same location.
  for (size_t i = 0; i < instructions_.size(); ++i) {
    const ast::Location& l = instructions_[i].location;
    if (!code->lines.empty()) {
      const LineEntry& last = code->lines.back();
      if (last.line == l.line && last.end_line == l.end_line && last.column == l.column &&
          last.end_column == l.end_column) {
        continue;
      }
    }
    code->lines.push_back({static_cast<uint32_t>(i), l.line, l.end_line, l.column, l.end_column});
  }
  // Exception table: runs of instructions protected by the same region.
  for (size_t i = 0; i < instructions_.size();) {
    const int region = instructions_[i].handler;
    size_t end = i + 1;
    while (end < instructions_.size() && instructions_[end].handler == region) ++end;
    if (region >= 0) {
      const Region& r = regions_[region];
      code->handlers.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end),
                                static_cast<uint32_t>(label_positions_[r.target]),
                                static_cast<uint32_t>(r.depth)});
    }
    i = end;
  }
  code->constants = std::move(constants_);
  for (const std::string& name : names_) code->names.push_back(Ref<Str>::borrow(rt_.intern(name)));
  // Handlers push the exception on top of their depth.
  int deepest = max_depth_;
  for (const Region& r : regions_) deepest = std::max(deepest, r.depth + 3);
  code->stack_size = deepest;
  return code;
}

}  // namespace pyvm
