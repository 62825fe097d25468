// SPDX-License-Identifier: GPL-3.0-or-later
// Optimizer tests: for each pass, a small function's instructions as code
// generation made them (-X opt=0) and after the optimizer, and the
// optimizer's output checked by the verifier.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bytecode/code_object.h"
#include "bytecode/opcodes.h"
#include "bytecode/verifier.h"
#include "compiler/compiler.h"
#include "compiler/optimizer/optimizer.h"
#include "lib/standard_library.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using Strings = std::vector<std::string>;

class OptimizerTest : public ::testing::Test {
 protected:
  // The instructions of function `name` in `source`, compiled with the
  // optimizer on or off: "NAME arg" (the argument only where it means
  // something; a constant's value instead of its index).
  Strings listing(std::string_view source, std::string_view name, bool optimized) {
    vm_.bytecode_optimization = optimized ? 1 : 0;
    CompileResult result = compile_to_code(vm_, source, "test.py", ParseMode::kFile);
    vm_.bytecode_optimization = 1;
    EXPECT_FALSE(result.error);
    if (result.error) return {};
    std::string error;
    EXPECT_TRUE(verify_code(vm_, *result.code, &error)) << error;
    const CodeObject* code = find(result.code.get(), name);
    EXPECT_NE(code, nullptr);
    return code ? describe(*code) : Strings{};
  }

  Strings describe(const CodeObject& code) {
    Strings lines;
    for (uint32_t word : code.instructions) {
      const OpcodeInfo& info = opcode_info(opcode_of(word));
      std::string line(info.name);
      if (info.arg_kind == ArgKind::kConst) {
        std::string text;
        const Value& constant = code.constants[argument_of(word)];
        line.append(" ").append(repr_text(vm_, constant, &text) ? text : "?");
      } else if (info.arg_kind != ArgKind::kNone) {
        line.append(" ").append(std::to_string(argument_of(word)));
      }
      lines.push_back(line);
    }
    return lines;
  }

  static const CodeObject* find(const CodeObject* code, std::string_view name) {
    for (const Value& constant : code->constants) {
      if (constant.is_object() && constant.as_object()->type->name &&
          constant.as_object()->type->name->view() == "code" && constant.as<CodeObject>()->name->view() == name) {
        return constant.as<CodeObject>();
      }
    }
    return nullptr;
  }

  StandardVM vm_;
};

TEST_F(OptimizerTest, CodeAfterReturnIsRemoved) {
  const char* source = "def f(x):\n    return x\n    print(x)\n";
  EXPECT_EQ(listing(source, "f", false),
            (Strings{"LOAD_FAST 0", "RETURN_VALUE", "LOAD_GLOBAL 0", "LOAD_FAST 0", "CALL 1", "POP_TOP",
                     "LOAD_CONST None", "RETURN_VALUE"}));  // (the dead code's closing return)
  EXPECT_EQ(listing(source, "f", true), (Strings{"LOAD_FAST 0", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, IfZeroBodyIsRemovedButItsLineStays) {
  const char* source = "def f(x):\n    if 0:\n        x = 1\n    return x\n";
  EXPECT_EQ(listing(source, "f", false), (Strings{"LOAD_CONST 0", "POP_JUMP_IF_FALSE 4", "LOAD_CONST 1",
                                                  "STORE_FAST 0", "LOAD_FAST 0", "RETURN_VALUE"}));
  // The NOP keeps the line event of `if 0:` (line 2).
  EXPECT_EQ(listing(source, "f", true), (Strings{"NOP", "LOAD_FAST 0", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, WhileTrueHasNoTest) {
  const char* source = "def f(x):\n    while True:\n        x = g(x)\n";
  EXPECT_EQ(listing(source, "f", false),
            (Strings{"LOAD_CONST True", "POP_JUMP_IF_FALSE 7", "LOAD_GLOBAL 0", "LOAD_FAST 0", "CALL 1",
                     "STORE_FAST 0", "JUMP 0", "LOAD_CONST None", "RETURN_VALUE"}));
  EXPECT_EQ(listing(source, "f", true),
            (Strings{"NOP", "LOAD_GLOBAL 0", "LOAD_FAST 0", "CALL 1", "STORE_FAST 0", "JUMP 0"}));
}

TEST_F(OptimizerTest, JumpsAreThreaded) {
  // `a and b` failing makes `or c` test the same false value: go to c.
  const char* source = "def f(a, b, c):\n    return (a and b) or c\n";
  EXPECT_EQ(listing(source, "f", false), (Strings{"LOAD_FAST 0", "JUMP_IF_FALSE_OR_POP 3", "LOAD_FAST 1",
                                                  "JUMP_IF_TRUE_OR_POP 5", "LOAD_FAST 2", "RETURN_VALUE"}));
  EXPECT_EQ(listing(source, "f", true), (Strings{"LOAD_FAST 0", "POP_JUMP_IF_FALSE 4", "LOAD_FAST 1",
                                                 "JUMP_IF_TRUE_OR_POP 5", "LOAD_FAST 2", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, ConditionalJumpOverJumpIsInverted) {
  const char* source = "def f(items):\n    for i in items:\n        if i: continue\n        g(i)\n";
  EXPECT_EQ(listing(source, "f", false),
            (Strings{"LOAD_FAST 0", "GET_ITER", "FOR_ITER 13", "STORE_FAST 1", "LOAD_FAST 1",
                     "POP_JUMP_IF_FALSE 8", "NOP", "JUMP 2", "LOAD_GLOBAL 0", "LOAD_FAST 1", "CALL 1", "POP_TOP",
                     "JUMP 2", "LOAD_CONST None", "RETURN_VALUE"}));
  EXPECT_EQ(listing(source, "f", true),
            (Strings{"LOAD_FAST 0", "GET_ITER", "FOR_ITER 11", "STORE_FAST 1", "LOAD_FAST 1",
                     "POP_JUMP_IF_TRUE 2", "LOAD_GLOBAL 0", "LOAD_FAST 1", "CALL 1", "POP_TOP", "JUMP 2",
                     "LOAD_CONST None", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, JumpToALoopsBackEdgeGoesBackAtOnce) {
  const char* source = "def f(a):\n    while a:\n        if a > 1:\n            a = 0\n        else:\n            a = 1\n";
  EXPECT_EQ(listing(source, "f", false),
            (Strings{"LOAD_FAST 0", "POP_JUMP_IF_FALSE 12", "LOAD_FAST 0", "LOAD_CONST 1", "COMPARE_OP 4",
                     "POP_JUMP_IF_FALSE 9", "LOAD_CONST 0", "STORE_FAST 0", "JUMP 11", "LOAD_CONST 1",
                     "STORE_FAST 0", "JUMP 0", "LOAD_CONST None", "RETURN_VALUE"}));
  // (The last JUMP back then becomes a copy of the test: loop-inversion.)
  EXPECT_EQ(listing(source, "f", true),
            (Strings{"LOAD_FAST 0", "POP_JUMP_IF_FALSE 13", "LOAD_FAST__LOAD_CONST 0", "LOAD_CONST 1", "COMPARE_OP 4",
                     "POP_JUMP_IF_FALSE 9", "LOAD_CONST 0", "STORE_FAST 0", "JUMP 0", "LOAD_CONST 1",
                     "STORE_FAST 0", "LOAD_FAST 0", "POP_JUMP_IF_TRUE 2", "LOAD_CONST None", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, WhileLoopTestsAtTheBottom) {
  const char* source = "def f(n):\n    while n > 0:\n        n = n - 1\n    return n\n";
  EXPECT_EQ(listing(source, "f", false),
            (Strings{"LOAD_FAST 0", "LOAD_CONST 0", "COMPARE_OP 4", "POP_JUMP_IF_FALSE 9", "LOAD_FAST 0",
                     "LOAD_CONST 1", "BINARY_SUBTRACT", "STORE_FAST 0", "JUMP 0", "LOAD_FAST 0", "RETURN_VALUE"}));
  EXPECT_EQ(listing(source, "f", true),
            (Strings{"LOAD_FAST__LOAD_CONST 0", "LOAD_CONST 0", "COMPARE_OP 4", "POP_JUMP_IF_FALSE 12",
                     "LOAD_FAST__LOAD_CONST 0", "LOAD_CONST 1", "BINARY_SUBTRACT", "STORE_FAST 0",
                     "LOAD_FAST__LOAD_CONST 0", "LOAD_CONST 0", "COMPARE_OP 4", "POP_JUMP_IF_TRUE 4", "LOAD_FAST 0",
                     "RETURN_VALUE"}));
  // A body on the test's line would lose its line event: not inverted.
  EXPECT_EQ(listing("def f(n):\n    while n: n = n - 1\n    return n\n", "f", true),
            (Strings{"LOAD_FAST 0", "POP_JUMP_IF_FALSE 7", "LOAD_FAST__LOAD_CONST 0", "LOAD_CONST 1",
                     "BINARY_SUBTRACT", "STORE_FAST 0", "JUMP 0", "LOAD_FAST 0", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, TestsAgainstNoneBecomeOneJump) {
  const char* source = "def f(x):\n    if x is None:\n        return 1\n    if x is not None:\n        return 2\n";
  EXPECT_EQ(listing(source, "f", false),
            (Strings{"LOAD_FAST 0", "LOAD_CONST None", "IS_OP 0", "POP_JUMP_IF_FALSE 6", "LOAD_CONST 1", "RETURN_VALUE",
                     "LOAD_FAST 0", "LOAD_CONST None", "IS_OP 1", "POP_JUMP_IF_FALSE 12", "LOAD_CONST 2",
                     "RETURN_VALUE", "LOAD_CONST None", "RETURN_VALUE"}));
  EXPECT_EQ(listing(source, "f", true),
            (Strings{"LOAD_FAST 0", "POP_JUMP_IF_NOT_NONE 4", "LOAD_CONST 1", "RETURN_VALUE", "LOAD_FAST 0",
                     "POP_JUMP_IF_NONE 8", "LOAD_CONST 2", "RETURN_VALUE", "LOAD_CONST None", "RETURN_VALUE"}));
  // Split over lines, each line keeps its event: nothing is fused.
  EXPECT_EQ(listing("def f(x):\n    if (x is\n        None):\n        return 1\n", "f", true),
            (Strings{"LOAD_FAST 0", "LOAD_CONST None", "IS_OP 0", "POP_JUMP_IF_FALSE 6", "LOAD_CONST 1",
                     "RETURN_VALUE", "LOAD_CONST None", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, ConstantsAreFolded) {
  const char* source = "def f():\n    return 2 * 3 + 1, 'ab' * 2, ~1, not 0, 'abc'[1], 2 ** 10, 1 << 3\n";
  EXPECT_EQ(listing(source, "f", true), (Strings{"LOAD_CONST (7, 'abab', -2, True, 'b', 1024, 8)", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, WhatRaisesOrGrowsIsNotFolded) {
  EXPECT_EQ(listing("def f():\n    return 1 / 0\n", "f", true),
            (Strings{"LOAD_CONST 1", "LOAD_CONST 0", "BINARY_TRUE_DIVIDE", "RETURN_VALUE"}));
  // More than 128 bits from **, more than 4096 characters from *, and str % x.
  EXPECT_EQ(listing("def f():\n    return 2 ** 200\n", "f", true),
            (Strings{"LOAD_CONST 2", "LOAD_CONST 200", "BINARY_POWER", "RETURN_VALUE"}));
  EXPECT_EQ(listing("def f():\n    return 'ab' * 3000\n", "f", true),
            (Strings{"LOAD_CONST 'ab'", "LOAD_CONST 3000", "BINARY_MULTIPLY", "RETURN_VALUE"}));
  EXPECT_EQ(listing("def f():\n    return '%s' % 1\n", "f", true),
            (Strings{"LOAD_CONST '%s'", "LOAD_CONST 1", "BINARY_REMAINDER", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, PassNopKeepsItsLine) {
  // `pass` alone on its line stays a NOP (a line event); a constant as a
  // statement on the line of other code goes.
  const char* source = "def f(x):\n    pass\n    return x\n";
  EXPECT_EQ(listing(source, "f", true), (Strings{"NOP", "LOAD_FAST 0", "RETURN_VALUE"}));
  EXPECT_EQ(listing("def f(x):\n    x = 1; ...\n    return x\n", "f", true),
            (Strings{"LOAD_CONST 1", "STORE_FAST 0", "LOAD_FAST 0", "RETURN_VALUE"}));
}

TEST_F(OptimizerTest, ReportNamesThePasses) {
  vm_.bytecode_optimization = 0;
  CompileResult result = compile_to_code(vm_, "def f(x):\n    return x\n    x = 2 * 3\n", "test.py", ParseMode::kFile);
  vm_.bytecode_optimization = 1;
  ASSERT_FALSE(result.error);
  std::vector<OptimizedCode> report;
  optimize_code(vm_, *result.code, &report);
  ASSERT_EQ(report.size(), 2u);
  EXPECT_EQ(report[1].qualname, "f");
  EXPECT_EQ(report[1].instructions_before, 8u);  // (with the dead code's closing return)
  EXPECT_EQ(report[1].instructions_after, 2u);
  ASSERT_EQ(report[1].passes.size(), 2u);
  EXPECT_STREQ(report[1].passes[0], "constant-folding");
  EXPECT_STREQ(report[1].passes[1], "dead-code");
}

}  // namespace
}  // namespace pyvm
