// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer's passes over a FlowGraph, one file each. Every pass
// returns whether it changed anything (for `pyvm --opt-report`) and keeps
// what a program can observe: results, exceptions, tracebacks' locations
// and the line events of sys.settrace (docs/optimizer.md).
#pragma once

#include "compiler/optimizer/basic_blocks.h"

namespace pyvm {

class Runtime;

// constant_folding.cpp: operators on constants become one LOAD_CONST;
// BUILD_TUPLE of constants, and `in` over a list or set display of them,
// become a constant tuple or frozenset.
bool fold_constants(Runtime& rt, FlowGraph& graph, CodeObject& code);

// constant_branches.cpp: a conditional jump on a constant becomes a JUMP
// or nothing (`if 0:`, `while True:`).
bool fold_constant_branches(Runtime& rt, FlowGraph& graph, const CodeObject& code);

// dead_code.cpp: blocks no path reaches are dropped.
bool remove_unreachable_blocks(FlowGraph& graph);

// jump_threading.cpp: a jump to an unconditional jump goes to its target.
bool thread_jumps(FlowGraph& graph);

// none_tests.cpp: `x is None` / `x is not None` and the conditional jump on
// it become one POP_JUMP_IF_NONE or POP_JUMP_IF_NOT_NONE.
bool fuse_none_tests(FlowGraph& graph, const CodeObject& code);

// useless_instructions.cpp: NOPs and jumps to the next instruction go,
// where no line event depends on them; LOAD_CONST and POP_TOP pairs go.
bool remove_useless_instructions(FlowGraph& graph);

// loop_inversion.cpp: a `while` loop's JUMP back to its test becomes a
// copy of the test jumping back into the body (after the other passes).
bool invert_loops(FlowGraph& graph);

// superinstructions.cpp: the first of a frequent instruction pair on one
// line becomes the superinstruction that runs both (after the other passes).
bool make_superinstructions(FlowGraph& graph);

}  // namespace pyvm
