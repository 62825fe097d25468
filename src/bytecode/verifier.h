// SPDX-License-Identifier: GPL-3.0-or-later
// Verifier: proves a code object safe to run before the interpreter sees it
// (docs/architecture.md). It checks every instruction's opcode and argument against
// opcodes.def, then follows every path through the code tracking the depth
// and the kind of each operand-stack slot: the depth must agree where paths
// merge, stay within the declared stack size, never go below zero; special
// values (the NULL of LOAD_METHOD, the exception a handler receives, the
// containers comprehensions append to) may only reach the instructions made
// for them. Exception-table entries must be in range, sorted, disjoint and
// consistent with the stack at every instruction they protect.
#pragma once

#include <string>

#include "bytecode/code_object.h"

namespace pyvm {

class Runtime;

// True if `code` and every code object among its constants is valid;
// otherwise false with `*error` set to "code object 'NAME', instruction N:
// RULE" (or without the instruction part for rules about the whole object).
bool verify_code(Runtime& rt, const CodeObject& code, std::string* error);
// verify_code for the code object of a whole module (a .pvc file's), which
// must not be a function body.
bool verify_module(Runtime& rt, const CodeObject& code, std::string* error);

}  // namespace pyvm
