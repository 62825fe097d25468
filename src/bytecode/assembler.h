// SPDX-License-Identifier: GPL-3.0-or-later
// Assembler: the text format the disassembler writes (docs/bytecode.md) to a
// code-object tree (`pyvm --asm`). Hand-written text may use labels for jump
// and handler targets and comments after ';' or '#'.
//
// The assembler checks what the text says, not what the code does: any
// input gives either a structurally whole code-object tree or a one-line
// error, never a crash. Whether the instructions are safe to run (indices in
// range, a consistent stack) is the verifier's question (verifier.h), which
// the caller asks.
#pragma once

#include <string>
#include <string_view>

#include "bytecode/code_object.h"

namespace pyvm {

class Runtime;

// Parses the disassembler's text format. On error returns null and sets *error to one line
// "FILENAME:LINE: message" (e.g. "prog.pasm:12: unknown opcode 'LOAD_CONSTX'").
Ref<CodeObject> assemble(Runtime& rt, std::string_view text, const std::string& filename,
                         std::string* error);

}  // namespace pyvm
