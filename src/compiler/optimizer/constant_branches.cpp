// SPDX-License-Identifier: GPL-3.0-or-later
// Constant branches: `LOAD_CONST c; POP_JUMP_IF_FALSE/TRUE target` on a
// constant whose truth is known without running code (None, bool, int,
// float, str, bytes, tuple) either always jumps (a JUMP) or never does
// (nothing). This is what turns `if 0:`/`if False:` bodies into dead code
// and takes the test out of `while 1:`/`while True:`. The LOAD_CONST becomes
// a NOP with its location, so the test's line still reports its event;
// useless_instructions.cpp drops that NOP when no event depends on it.
#include "compiler/optimizer/passes.h"
#include "runtime/bytes.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// bool(value) for the constants whose truth calls no Python code: 1, 0, or
// -1 when unknown.
int constant_truth(Runtime& rt, const Value& value) {
  if (value.is_null()) return -1;
  if (value.is_none() || value.is_bool() || value.is_small_int() || value.is_float()) return truth(rt, value);
  const Type* type = rt.type_of(value);
  if (type == rt.int_type || type == rt.str_type || type == rt.bytes_type || type == rt.tuple_type) {
    return truth(rt, value);
  }
  return -1;
}

}  // namespace

bool fold_constant_branches(Runtime& rt, FlowGraph& graph, const CodeObject& code) {
  bool changed = false;
  for (BasicBlock& block : graph.blocks) {
    if (block.removed || block.instructions.size() < 2) continue;
    BlockInstruction& branch = block.instructions.back();
    BlockInstruction& load = block.instructions[block.instructions.size() - 2];
    if (branch.op != Opcode::POP_JUMP_IF_FALSE && branch.op != Opcode::POP_JUMP_IF_TRUE) continue;
    if (load.op != Opcode::LOAD_CONST || load.arg >= code.constants.size()) continue;
    const int value = constant_truth(rt, code.constants[load.arg]);
    if (value < 0) continue;
    const bool jumps = (value == 1) == (branch.op == Opcode::POP_JUMP_IF_TRUE);
    load.op = Opcode::NOP;
    load.arg = 0;
    if (jumps) {
      branch.op = Opcode::JUMP;
    } else {
      branch.op = Opcode::NOP;
      branch.arg = 0;
    }
    changed = true;
  }
  return changed;
}

}  // namespace pyvm
