// SPDX-License-Identifier: GPL-3.0-or-later
// Disassembler: a code-object tree to readable text (`pyvm --dis`), in the
// format the assembler (assembler.h) reads back, so that dis -> asm -> dis
// reproduces the text byte for byte (docs/architecture.md). The format is described
// in docs/bytecode.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
    {kCodeNested, "NESTED"},        {kCodeCoroutine, "COROUTINE"},
    {kCodeAsyncGenerator, "ASYNC_GENERATOR"},
};
inline constexpr std::string_view kCompareOpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

// Which instructions a listing shows of code that may have run, which holds
// specialized forms (quickening): kAsCompiled shows them as their base (as
// the compiler and files have them: --dis, the dis module); kRunning shows
// the instructions as they are now (the debugger).
enum class ListingForm { kAsCompiled, kRunning };

// The text of `code` and every nested code object, in the format the assembler reads.
std::string disassemble(Runtime& rt, const CodeObject& code, ListingForm form = ListingForm::kAsCompiled);

// One instruction as the listing shows it, taken apart for tools that want
// the parts rather than the text (the dis module's get_instructions).
struct ListedInstruction {
  uint32_t offset = 0;  // its index in the code: the listing's first column
  uint32_t word = 0;    // the encoded instruction (opcode_of, argument_of)
  // Whether the listing spells it as an instruction; otherwise (an unknown
  // opcode, an argument where the opcode takes none) it writes `.word`.
  bool spelled = false;
  bool has_argument = false;    // the opcode's argument kind is not kNone
  std::string meaning;          // the text in parentheses after the argument; "" when none
  LineEntry location;           // its source span; the line is the listing's second column
  bool starts_line = false;     // the first instruction of a new source line
  bool is_jump_target = false;  // a label marks it: a jump or an exception handler lands here
};

// The instructions of `code` itself (not of its nested code objects), as
// the text of disassemble(rt, code) shows them: a code object constant's
// meaning numbers it as that text does.
std::vector<ListedInstruction> list_instructions(Runtime& rt, const CodeObject& code,
                                                 ListingForm form = ListingForm::kAsCompiled);
// The same, with code object constants numbered as in the text of
// disassemble(rt, root), for a `code` nested in `root`'s tree (the
// instruction tracer shows a function's instructions as `--dis` of its
// module does).
std::vector<ListedInstruction> list_instructions(Runtime& rt, const CodeObject& code,
                                                 const CodeObject& root);

// The instruction's line of the listing (without its newline):
// "offset line  NAME arg (meaning)".
std::string listing_line(const ListedInstruction& instruction);

}  // namespace pyvm
