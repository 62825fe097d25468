// Disassembler: a code-object tree to readable text (`pyvm --dis`), in the
// format the assembler (assembler.h) reads back, so that dis -> asm -> dis
// reproduces the text byte for byte (DESIGN.md §8). The format is described
// in docs/bytecode.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "bytecode/code_object.h"

namespace pyvm {

class Runtime;

// The words of the text format that the disassembler writes and the
// assembler reads: flag names for `.flags` (in bit order) and the
// operators of COMPARE_OP's argument.
struct CodeFlagName {
  uint32_t flag;
  std::string_view name;
};
inline constexpr CodeFlagName kCodeFlagNames[] = {
    {kCodeVarargs, "VARARGS"},      {kCodeVarkeywords, "VARKEYWORDS"},
    {kCodeGenerator, "GENERATOR"},  {kCodeFunction, "FUNCTION"},
    {kCodeClassBody, "CLASS_BODY"}, {kCodeHasDocstring, "HAS_DOCSTRING"},
};
inline constexpr std::string_view kCompareOpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

// The text of `code` and every nested code object, in the format the assembler reads.
std::string disassemble(Runtime& rt, const CodeObject& code);

}  // namespace pyvm
