// SPDX-License-Identifier: GPL-3.0-or-later
// Assembler tests: hand-written text (labels, comments, defaults), what the
// built code objects hold, one test per error message, the example of
// docs/bytecode.md, and garbled input that must give an error, never a crash.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "bytecode/assembler.h"
#include "bytecode/code_object.h"
#include "bytecode/disassembler.h"
#include "bytecode/verifier.h"
#include "compiler/compiler.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

class AssemblerTest : public ::testing::Test {
 protected:
  Ref<CodeObject> assemble_ok(std::string_view text) {
    std::string error;
    Ref<CodeObject> code = assemble(vm_, text, "test.pasm", &error);
    EXPECT_TRUE(code) << error;
    return code;
  }

  // The error for `text`, or "(assembled)".
  std::string error_of(std::string_view text) {
    std::string error;
    Ref<CodeObject> code = assemble(vm_, text, "test.pasm", &error);
    return code ? "(assembled)" : error;
  }

  // Runs module code and returns its global `name`.
  Value run_and_get(CodeObject* code, const char* name) {
    std::string rule;
    EXPECT_TRUE(verify_code(vm_, *code, &rule)) << rule;
    Ref<Dict> globals = make_dict(vm_);
    dict_set_str(vm_, globals.get(), vm_.names.dunder_builtins, vm_.builtins_module);
    Value result = vm_.run_code(code, globals.get());
    EXPECT_FALSE(result.is_null());
    if (result.is_null()) vm_.clear_error();
    return dict_get_str(globals.get(), vm_.intern(name));
  }

  static std::vector<uint32_t> words(std::initializer_list<std::pair<Opcode, uint32_t>> list) {
    std::vector<uint32_t> out;
    for (const auto& [op, arg] : list) out.push_back(encode_instruction(op, arg));
    return out;
  }

  StandardVM vm_;
};

// A module computing `total = 1 + 2 + ... + 10` with a loop.
constexpr std::string_view kSumProgram = R"(; sum.pasm
.code 0
.stack_size     2

.constants
    0  0
    1  10
    2  1
    3  None

.names
    0  'total'
    1  'i'

.instructions
          LOAD_CONST         0           ; total = 0
          STORE_NAME         0
          LOAD_CONST         1           # i = 10
          STORE_NAME         1
loop:     LOAD_NAME          1           ; while i:
          POP_JUMP_IF_FALSE  done
          LOAD_NAME          0           ;     total += i
          LOAD_NAME          1
          BINARY_ADD
          STORE_NAME         0
          LOAD_NAME          1           ;     i -= 1
          LOAD_CONST         2 (1)       ; (a meaning in parentheses is skipped)
          BINARY_SUBTRACT
          STORE_NAME         1
          JUMP               loop
done:     LOAD_CONST         3
          RETURN_VALUE
)";

// ---------------------------------------------------------------- what it builds

TEST_F(AssemblerTest, AssemblesAHandWrittenProgramWithLabels) {
  Ref<CodeObject> code = assemble_ok(kSumProgram);
  ASSERT_TRUE(code);
  EXPECT_EQ(code->instructions[5], encode_instruction(Opcode::POP_JUMP_IF_FALSE, 15));
  EXPECT_EQ(code->instructions[14], encode_instruction(Opcode::JUMP, 4));
  const Value total = run_and_get(code.get(), "total");
  ASSERT_TRUE(total.is_small_int());
  EXPECT_EQ(total.as_small_int(), 55);
}

TEST_F(AssemblerTest, FillsInDefaultsForAMinimalText) {
  Ref<CodeObject> code = assemble_ok(".code 0\n.instructions\nLOAD_CONST 0\nRETURN_VALUE\n");
  ASSERT_TRUE(code);
  EXPECT_EQ(code->name->view(), "<module>");
  EXPECT_EQ(code->qualname->view(), "<module>");
  EXPECT_EQ(code->filename->view(), "test.pasm");
  EXPECT_EQ(code->first_line, 1);
  EXPECT_EQ(code->flags, 0u);
  EXPECT_EQ(code->stack_size, 0);
  EXPECT_TRUE(code->constants.empty());
  EXPECT_TRUE(code->lines.empty());
  EXPECT_EQ(code->instructions, words({{Opcode::LOAD_CONST, 0}, {Opcode::RETURN_VALUE, 0}}));
}

TEST_F(AssemblerTest, ReadsEveryHeaderField) {
  Ref<CodeObject> code = assemble_ok(R"(.code 0
.name 'f'
.qualname 'C.f'
.filename 'x.py'
.first_line 7
.argument_count 3
.positional_only_count 1
.keyword_only_count 2
.flags FUNCTION | GENERATOR | 0x1000
.stack_size 9
.locals
  0 'a'
.cells
  0 'a' parameter 0
  1 'b'
.frees
  2 'c'
.instructions
)");
  ASSERT_TRUE(code);
  EXPECT_EQ(code->name->view(), "f");
  EXPECT_EQ(code->qualname->view(), "C.f");
  EXPECT_EQ(code->filename->view(), "x.py");
  EXPECT_EQ(code->first_line, 7);
  EXPECT_EQ(code->argument_count, 3);
  EXPECT_EQ(code->positional_only_count, 1);
  EXPECT_EQ(code->keyword_only_count, 2);
  EXPECT_EQ(code->flags, kCodeFunction | kCodeGenerator | 0x1000u);
  EXPECT_EQ(code->stack_size, 9);
  ASSERT_EQ(code->cell_names.size(), 2u);
  EXPECT_EQ(code->cell_parameters, (std::vector<int32_t>{0, -1}));
  ASSERT_EQ(code->free_names.size(), 1u);
  EXPECT_EQ(code->free_names[0]->view(), "c");
  // Names are interned, as the compiler's.
  EXPECT_EQ(code->local_names[0].get(), vm_.intern("a"));
  EXPECT_EQ(code->name.get(), vm_.intern("f"));
}

TEST_F(AssemblerTest, AcceptsLabelsWherePositionsGo) {
  Ref<CodeObject> code = assemble_ok(R"(.code 0
.instructions
start: a2:  NOP
            NOP
middle:
            JUMP end
end:
.lines
    start   1:0-1:4
    middle  2:0-2:4
    3       3:0-3:4
.handlers
    start to middle -> end depth 0
    1 to 2 -> 0 depth 3
)");
  ASSERT_TRUE(code);
  EXPECT_EQ(code->instructions[2], encode_instruction(Opcode::JUMP, 3));
  ASSERT_EQ(code->lines.size(), 3u);
  EXPECT_EQ(code->lines[1].instruction, 2u);
  EXPECT_EQ(code->lines[2].instruction, 3u);
  EXPECT_EQ(code->lines[1].line, 2);
  EXPECT_EQ(code->lines[1].end_column, 4);
  ASSERT_EQ(code->handlers.size(), 2u);
  EXPECT_EQ(code->handlers[0].start, 0u);
  EXPECT_EQ(code->handlers[0].end, 2u);
  EXPECT_EQ(code->handlers[0].target, 3u);
  EXPECT_EQ(code->handlers[1].depth, 3u);
}

TEST_F(AssemblerTest, SkipsCommentsOffsetsAndMeanings) {
  Ref<CodeObject> code = assemble_ok(R"(# a comment
.code 0          ; after a directive
.constants       # after a section
    0  'a;b#c'   ; the string holds ';' and '#'
.instructions
     0     1  LOAD_CONST   0 ('a;b#c')   ; offset and line columns are skipped
     7    99  RETURN_VALUE
          ; a comment line inside the instructions
)");
  ASSERT_TRUE(code);
  ASSERT_EQ(code->constants.size(), 1u);
  EXPECT_EQ(as_str(code->constants[0])->view(), "a;b#c");
  EXPECT_EQ(code->instructions, words({{Opcode::LOAD_CONST, 0}, {Opcode::RETURN_VALUE, 0}}));
}

TEST_F(AssemblerTest, ReadsConstantLiterals) {
  Ref<CodeObject> code = assemble_ok(R"(.code 0
.constants
    0  (1, -2, 3.5, -0.0, inf, -inf, nan, 1e+300, 5e-324)
    1  ('\x41\u00e9\U0001F600\101\n', "it's", b'\x00\xff\'')
    2  (True, False, None, ..., Ellipsis, ())
    3  frozenset({3, 1, 2})
    4  frozenset()
    5  frozenset({29, 13, 21, 5}, slots=[0, 2, 3, 5], table_size=8)
    6  complex(1.5, -0.0)
    7  123456789012345678901234567890123456789
    8  -123456789012345678901234567890123456789
    9  nan(0x7ff8000000000001)
   10  ((((1,),),),)
)");
  ASSERT_TRUE(code);
  ASSERT_EQ(code->constants.size(), 11u);
  const Tuple* numbers = as_tuple(code->constants[0]);
  EXPECT_EQ((*numbers)[1].as_small_int(), -2);
  EXPECT_TRUE(std::signbit((*numbers)[3].as_float()));
  EXPECT_TRUE(std::isinf((*numbers)[5].as_float()));
  EXPECT_TRUE(std::isnan((*numbers)[6].as_float()));
  EXPECT_EQ((*numbers)[8].as_float(), 5e-324);
  const Tuple* texts = as_tuple(code->constants[1]);
  EXPECT_EQ(as_str((*texts)[0])->view(),
            "A\xc3\xa9\xf0\x9f\x98\x80"
            "A\n");
  EXPECT_EQ(as_str((*texts)[1])->view(), "it's");
  const std::string text = disassemble(vm_, *code);
  EXPECT_NE(text.find("     3  frozenset({1, 2, 3})\n"), std::string::npos) << text;
  EXPECT_NE(text.find("     5  frozenset({29, 13, 21, 5}, slots=[0, 2, 3, 5], table_size=8)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("     8  -123456789012345678901234567890123456789\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("     9  nan(0x7ff8000000000001)\n"), std::string::npos) << text;
  EXPECT_NE(text.find("     2  (True, False, None, ..., ..., ())\n"), std::string::npos) << text;
}

TEST_F(AssemblerTest, ReadsRawInstructionWords) {
  Ref<CodeObject> code =
      assemble_ok(".code 0\n.instructions\n.word 0x000001ff\n  3  4  .word 1280\n");
  ASSERT_TRUE(code);
  EXPECT_EQ(code->instructions, (std::vector<uint32_t>{0x1ff, 1280}));
}

TEST_F(AssemblerTest, SharesACodeObjectReferencedTwice) {
  Ref<CodeObject> code = assemble_ok(R"(.code 0
.constants
    0  code 5
    1  (code 5, 1)
.code 5
.name 'f'
)");
  ASSERT_TRUE(code);
  const Value& first = code->constants[0];
  const Value& second = (*as_tuple(code->constants[1]))[0];
  EXPECT_TRUE(first.is(second));
  EXPECT_EQ(first.as<CodeObject>()->name->view(), "f");
}

// ---------------------------------------------------------------- errors

TEST_F(AssemblerTest, ReportsTheFileAndLineOfAnError) {
  EXPECT_EQ(error_of(".code 0\n.instructions\n  NOP\n  LOAD_CONSTX 1\n"),
            "test.pasm:4: unknown opcode 'LOAD_CONSTX'");
}

struct ErrorCase {
  const char* text;
  const char* error;
};

TEST_F(AssemblerTest, ExplainsEachMistake) {
  const ErrorCase cases[] = {
      // Structure.
      {"", "test.pasm:1: no code object (the text must start with .code)"},
      {"; only a comment\n", "test.pasm:1: no code object (the text must start with .code)"},
      {"NOP\n", "test.pasm:1: expected .code before this line"},
      {".name 'x'\n", "test.pasm:1: expected .code before this line"},
      {".code 0\n.bogus\n", "test.pasm:2: unknown directive '.bogus'"},
      {".code 0\nNOP\n", "test.pasm:2: expected a directive, found 'NOP'"},
      {".code 0\n.name 'a'\n.name 'b'\n", "test.pasm:3: duplicate .name"},
      {".code 0\n.names\n.names\n", "test.pasm:3: duplicate .names section"},
      {".code 0\n.frees\n.cells\n",
       "test.pasm:3: .cells must come before .frees (free variables are numbered after the cells)"},
      {".code 0\n.instructions extra\n", "test.pasm:2: unexpected 'extra'"},
      {".code 0\n.code 0\n", "test.pasm:2: duplicate .code 0 (first at line 1)"},
      {".code -1\n", "test.pasm:1: code number -1 is out of range"},
      {".code x\n", "test.pasm:1: expected a code number, found 'x'"},
      {".code 0\n.constants\n  0 .word 1\n", "test.pasm:3: bad constant '.word'"},
      {".code 0\n.constants\n.word 1\n", "test.pasm:3: .word outside .instructions"},
      {".code 0\n.word 1\n", "test.pasm:2: .word outside .instructions"},
      // Header fields.
      {".code 0\n.first_line 99999999999\n",
       "test.pasm:2: .first_line value 99999999999 is out of range"},
      {".code 0\n.stack_size many\n", "test.pasm:2: expected a .stack_size value, found 'many'"},
      {".code 0\n.flags FUNCTION | FAST\n", "test.pasm:2: unknown flag 'FAST'"},
      {".code 0\n.flags 0x100000000\n", "test.pasm:2: bad flags value '0x100000000'"},
      {".code 0\n.name f\n", "test.pasm:2: expected a quoted string, found 'f'"},
      // Tables.
      {".code 0\n.names\n  1 'a'\n", "test.pasm:3: index 1 out of order (expected 0)"},
      {".code 0\n.names\n  0 'a' 'b'\n", "test.pasm:3: unexpected ''b''"},
      {".code 0\n.cells\n  0 'a' parameter -2\n",
       "test.pasm:3: parameter index -2 is out of range"},
      {".code 0\n.frees\n  0 'a'\n", "(assembled)"},
      {".code 0\n.cells\n  0 'a'\n.frees\n  0 'b'\n",
       "test.pasm:5: index 0 out of order (expected 1)"},
      // Constants.
      {".code 0\n.constants\n  0 foo\n", "test.pasm:3: bad constant 'foo'"},
      {".code 0\n.constants\n  0\n", "test.pasm:3: expected a constant"},
      {".code 0\n.constants\n  0 12abc\n", "test.pasm:3: bad constant '12abc'"},
      {".code 0\n.constants\n  0 1e999\n", "test.pasm:3: float literal '1e999' is out of range"},
      {".code 0\n.constants\n  0 'abc\n", "test.pasm:3: unterminated string"},
      {".code 0\n.constants\n  0 '\\q'\n", "test.pasm:3: unknown escape '\\q'"},
      {".code 0\n.constants\n  0 '\\x4'\n", "test.pasm:3: truncated \\x, \\u or \\U escape"},
      {".code 0\n.constants\n  0 '\\U00110000'\n", "test.pasm:3: escape beyond U+10FFFF"},
      {".code 0\n.constants\n  0 '\xff'\n", "test.pasm:3: invalid UTF-8 in a string"},
      {".code 0\n.constants\n  0 b'\xc3\xa9'\n",
       "test.pasm:3: bytes literals may hold only ASCII characters (use \\x escapes)"},
      {".code 0\n.constants\n  0 b'\\u0041'\n", "test.pasm:3: unknown escape '\\u'"},
      {".code 0\n.constants\n  0 (1)\n",
       "test.pasm:3: a one-item tuple needs a trailing comma: (x,)"},
      {".code 0\n.constants\n  0 (1 2)\n", "test.pasm:3: expected ',' or ')' in a tuple"},
      {".code 0\n.constants\n  0 frozenset({1, 2)\n", "test.pasm:3: expected '}'"},
      {".code 0\n.constants\n  0 complex(1, 2.0)\n",
       "test.pasm:3: complex() takes two float literals"},
      {".code 0\n.constants\n  0 frozenset({1, 2}, slots=[1], table_size=8)\n",
       "test.pasm:3: 1 slots for 2 frozenset items"},
      {".code 0\n.constants\n  0 frozenset({1, 2}, slots=[2, 1], table_size=8)\n",
       "test.pasm:3: frozenset slots are not a table its lookups would find the items in"},
      {".code 0\n.constants\n  0 frozenset({1, 2}, slots=[1, 2], table_size=6)\n",
       "test.pasm:3: frozenset slots are not a table its lookups would find the items in"},
      {".code 0\n.constants\n  0 frozenset({1, 2}, slots=[1, 2])\n", "test.pasm:3: expected ','"},
      {".code 0\n.constants\n  0 frozenset({1, 2}, size=8)\n",
       "test.pasm:3: expected 'slots', found 'size=8)'"},
      {".code 0\n.constants\n  0 nan(0x3ff0000000000000)\n",
       "test.pasm:3: nan(0x3ff0000000000000) does not hold the bits of a NaN"},
      {".code 0\n.constants\n  0 nan(12)\n",
       "test.pasm:3: expected nan(0x...) with the 64 bits of a NaN"},
      {".code 0\n.constants\n  0 code 3\n", "test.pasm:3: no code object numbered 3"},
      {".code 0\n.constants\n  0 code 0\n", "test.pasm:3: code 0 contains itself"},
      {".code 0\n.constants\n  0 code 1\n.code 1\n.constants\n  0 code 0\n",
       "test.pasm:6: code 0 contains itself"},
      {".code 0\n.code 1\n", "test.pasm:2: code 1 is not used by the code objects above it"},
      // Instructions.
      {".code 0\n.instructions\n  LOAD_CONST\n", "test.pasm:3: LOAD_CONST needs an argument"},
      {".code 0\n.instructions\n  LOAD_CONST (3.14)\n",
       "test.pasm:3: LOAD_CONST needs an argument"},
      {".code 0\n.instructions\n  RETURN_VALUE 1\n", "test.pasm:3: RETURN_VALUE takes no argument"},
      {".code 0\n.instructions\n  RETURN_VALUE x\n", "test.pasm:3: unexpected 'x'"},
      {".code 0\n.instructions\n  LOAD_CONST 1 2\n",
       "test.pasm:3: unexpected '2' after the argument"},
      {".code 0\n.instructions\n  LOAD_CONST x\n",
       "test.pasm:3: bad argument 'x' for LOAD_CONST (expected a number)"},
      {".code 0\n.instructions\n  JUMP -1\n",
       "test.pasm:3: bad argument '-1' for JUMP (expected a number or a label)"},
      {".code 0\n.instructions\n  LOAD_CONST 16777216\n",
       "test.pasm:3: argument 16777216 does not fit in 24 bits"},
      {".code 0\n.instructions\n  LOAD_CONST 99999999999999999999999\n",
       "test.pasm:3: argument 99999999999999999999999 does not fit in 24 bits"},
      {".code 0\n.instructions\n  LOAD_CONST 16777215\n", "(assembled)"},
      {".code 0\n.instructions\n  JUMP nowhere\n", "test.pasm:3: unknown label 'nowhere'"},
      {".code 0\n.instructions\na:\n  NOP\na: NOP\n", "test.pasm:5: duplicate label 'a'"},
      {".code 0\n.instructions\n  12\n", "test.pasm:3: expected a line number after the offset"},
      {".code 0\n.instructions\n  12 3\n", "test.pasm:3: expected an opcode name"},
      {".code 0\n.instructions\n  .word 0x100000000\n",
       "test.pasm:3: expected a 32-bit instruction word after .word"},
      {".code 0\n.instructions\n.code 1\n.instructions\n  JUMP a\n.code 2\n.instructions\na:\n",
       "test.pasm:5: unknown label 'a'"},
      // Line and exception tables.
      {".code 0\n.lines\n  0 1:0 1:5\n", "test.pasm:3: expected '-'"},
      {".code 0\n.lines\n  0 1\n", "test.pasm:3: expected ':'"},
      {".code 0\n.lines\n  x 1:0-1:5\n", "test.pasm:3: unknown label 'x'"},
      {".code 0\n.handlers\n  0 2 -> 3 depth 0\n", "test.pasm:3: expected 'to', found '2'"},
      {".code 0\n.handlers\n  0 to 2 => 3 depth 0\n", "test.pasm:3: expected '->', found '=>'"},
      {".code 0\n.handlers\n  0 to 2 -> 3\n", "test.pasm:3: expected 'depth'"},
      {".code 0\n.handlers\n  0 to 2 -> 3 depth -1\n", "test.pasm:3: depth -1 is out of range"},
  };
  for (const ErrorCase& c : cases) EXPECT_EQ(error_of(c.text), c.error) << c.text;
}

TEST_F(AssemblerTest, LimitsNesting) {
  EXPECT_EQ(error_of(".code 0\n.constants\n  0 " + std::string(300, '(') + "\n"),
            "test.pasm:3: constant nested more than 200 deep");
  std::string chain;
  for (int i = 0; i < 300; ++i) {
    chain +=
        ".code " + std::to_string(i) + "\n.constants\n  0 code " + std::to_string(i + 1) + "\n";
  }
  chain += ".code 300\n";
  EXPECT_EQ(error_of(chain).substr(0, 10), "test.pasm:");
  EXPECT_NE(error_of(chain).find("code objects nested more than 200 deep"), std::string::npos);
}

// ---------------------------------------------------------------- garbled input

// Every prefix of a real disassembly, and copies with one character changed,
// deleted or duplicated: each gives a code object or a one-line error.
TEST_F(AssemblerTest, NeverCrashesOnGarbledText) {
  CompileResult compiled = compile_to_code(vm_,
                                           "def f(a, *b, c=1, **d):\n"
                                           "    global g\n"
                                           "    try:\n"
                                           "        return [x * 2.5 for x in b if x in {1, 2}]\n"
                                           "    except (ValueError, TypeError) as e:\n"
                                           "        return f'{e!r:>10}', b'\\x00', -1j, 10**30\n"
                                           "class C:\n"
                                           "    def m(self): return __class__\n",
                                           "garbled.py", ParseMode::kFile);
  ASSERT_FALSE(compiled.error);
  const std::string text = disassemble(vm_, *compiled.code);
  auto check = [&](const std::string& input) {
    std::string error;
    Ref<CodeObject> code = assemble(vm_, input, "g.pasm", &error);
    if (code) return;
    ASSERT_EQ(error.rfind("g.pasm:", 0), 0u) << error;
    for (const char c : error) ASSERT_TRUE(static_cast<unsigned char>(c) >= 0x20) << error;
  };
  for (size_t cut = 0; cut <= text.size(); cut += 7) check(text.substr(0, cut));
  const char replacements[] = {'(', ')', '\'', '"', '\\', '-', '9', 'x',
                               ':', ' ', '\n', ';', '.',  '{', '\0'};
  uint32_t seed = 12345;
  for (int round = 0; round < 3000; ++round) {
    seed = seed * 1103515245u + 12345u;
    const size_t at = (seed >> 8) % text.size();
    std::string garbled = text;
    switch (round % 3) {
      case 0:
        garbled[at] = replacements[(seed >> 20) % sizeof replacements];
        break;
      case 1:
        garbled.erase(at, 1 + (seed >> 24) % 4);
        break;
      case 2:
        garbled.insert(at, garbled.substr(at, 1 + (seed >> 24) % 8));
        break;
    }
    check(garbled);
  }
}

// ---------------------------------------------------------------- docs/bytecode.md

// The fenced block after the marker comment `<!-- example: NAME -->`.
std::string doc_example(const std::string& doc, const std::string& name) {
  const size_t marker = doc.find("<!-- example: " + name + " -->");
  if (marker == std::string::npos) return "";
  const size_t open = doc.find("```", marker);
  const size_t start = doc.find('\n', open) + 1;
  const size_t close = doc.find("\n```", start);
  return doc.substr(start, close - start + 1);
}

TEST_F(AssemblerTest, TheDocumentedExampleAssemblesRunsAndDisassemblesAsShown) {
  std::ifstream file(PYVM_SOURCE_DIR "/docs/bytecode.md");
  std::stringstream doc;
  doc << file.rdbuf();
  const std::string source = doc_example(doc.str(), "countdown.pasm");
  const std::string shown = doc_example(doc.str(), "countdown.dis");
  const std::string output = doc_example(doc.str(), "countdown.out");
  ASSERT_FALSE(source.empty());
  ASSERT_FALSE(shown.empty());
  ASSERT_FALSE(output.empty());

  Ref<CodeObject> code = assemble_ok(source);
  ASSERT_TRUE(code);
  std::string rule;
  EXPECT_TRUE(verify_code(vm_, *code, &rule)) << rule;
  EXPECT_EQ(disassemble(vm_, *code), shown);

  // Run it with the pyvm command, as the page tells the reader to.
  const std::string base = ::testing::TempDir() + "countdown_" + std::to_string(getpid());
  std::ofstream(base + ".pasm") << source;
  const std::string command = std::string(PYVM_BINARY) + " --asm " + base + ".pasm -o " + base +
                              ".pvc && " + PYVM_BINARY + " " + base + ".pvc";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string printed;
  char buffer[256];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) printed.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0);
  EXPECT_EQ(printed, output);
  std::remove((base + ".pasm").c_str());
  std::remove((base + ".pvc").c_str());
}

}  // namespace
}  // namespace pyvm
