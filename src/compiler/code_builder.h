// SPDX-License-Identifier: GPL-3.0-or-later
// CodeBuilder: assembles one code object while the code generator walks a
// function body — instructions with symbolic jump labels, the operand-stack
// depth at every point, exception-handler regions, source locations,
// constants and names — and at the end resolves it all into a CodeObject
// (labels to instruction indices, runs of locations to the line table,
// handler regions to the exception table).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "bytecode/code_object.h"
#include "compiler/ast.h"
#include "runtime/runtime.h"

namespace pyvm {

using Label = int;

class CodeBuilder {
 public:
  explicit CodeBuilder(Runtime& rt);

  // ---- instructions
  void emit(Opcode op, uint32_t arg = 0);
  void emit_jump(Opcode op, Label target);
  Label new_label();
  // Places a label at the next instruction.
  void bind(Label label);
  // Whether the next instruction can be reached (false after a return,
  // raise or unconditional jump until a label with a known depth is bound).
  bool reachable() const { return depth_ >= 0; }
  int depth() const { return depth_; }
  // Overrides the tracked depth (the start of an exception handler).
  void set_depth(int depth);

  // ---- exception handler regions: instructions emitted while a region is
  // open are protected by it (the innermost open region wins).
  void push_handler(Label target, int depth);
  // Closes the innermost region and returns it, for restore_handler to reopen
  // (break/continue/return close the regions they jump out of while their
  // cleanup code is emitted).
  int pop_handler();
  void restore_handler(int region) { handler_stack_.push_back(region); }
  size_t handler_depth() const { return handler_stack_.size(); }

  // ---- operands
  uint32_t add_constant(const Value& value);
  uint32_t add_name(const std::string& name);
  void set_location(const ast::Location& location) { location_ = location; }
  const ast::Location& location() const { return location_; }
  // The location of the last instruction emitted (the current one before any).
  const ast::Location& last_location() const {
    return instructions_.empty() ? location_ : instructions_.back().location;
  }

  // Resolves labels, builds the tables and returns the finished code object
  // (names, constants, instructions, stack size, line and exception tables;
  // the caller fills in the rest).
  Ref<CodeObject> finish();

 private:
  // Whether execution could leave the instructions at their end: the last
  // one falls through, or a jump goes past it.
  bool can_run_off_the_end() const;

  struct Pending {
    uint32_t word;
    bool jump;          // the argument is a label id to resolve
    int handler;        // index into regions_, or -1
    ast::Location location;
  };
  struct Region {
    Label target;
    int depth;
  };

  Runtime& rt_;
  std::vector<Pending> instructions_;
  std::vector<int> label_positions_;
  std::vector<int> label_depths_;
  std::vector<Region> regions_;
  std::vector<int> handler_stack_;
  std::vector<Value> constants_;
  std::unordered_map<std::string, uint32_t> constant_index_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, uint32_t> name_index_;
  ast::Location location_;
  int depth_ = 0;
  int max_depth_ = 0;
};

// Sets the builder's location for the instructions emitted during its
// lifetime, then restores the previous one.
class LocationScope {
 public:
  LocationScope(CodeBuilder& builder, const ast::Location& location)
      : builder_(builder), saved_(builder.location()) {
    builder.set_location(location);
  }
  ~LocationScope() { builder_.set_location(saved_); }
  LocationScope(const LocationScope&) = delete;
  LocationScope& operator=(const LocationScope&) = delete;

 private:
  CodeBuilder& builder_;
  ast::Location saved_;
};

// A key identifying a constant's value and type, for sharing equal constants
// (1, 1.0 and True stay distinct; so do 0.0 and -0.0).
std::string constant_key(Runtime& rt, const Value& value);

}  // namespace pyvm
