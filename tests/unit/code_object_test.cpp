// SPDX-License-Identifier: GPL-3.0-or-later
// The `code` type as Python sees it, where pyvm's answer is its own and no
// golden program can check it: co_lines() in pyvm's instruction offsets
// (runs on one line merged, None for an unknown line), co_positions() one
// tuple per instruction, and co_flags translated bit by bit from pyvm's
// flags into CPython's CO_* values. (d060-d062 check what CPython prints too.)
#include <gtest/gtest.h>

#include <string>

#include "bytecode/code_object.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "vm/function.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// Line 2 compiles to four instructions with four different column spans,
// line 3 to two.
constexpr const char* kProgram =
    "def f(a):\n"
    "    b = a + 1\n"
    "    return b\n";

class CodeObjectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    globals_ = make_dict(vm_);
    dict_set_str(vm_, globals_.get(), vm_.names.dunder_builtins, vm_.builtins_module);
    run(kProgram);
  }
  void TearDown() override { dict_clear(vm_, globals_.get()); }

  void run(const std::string& source) {
    Value code = vm_.compile(source, "program.py", ParseMode::kFile);
    ASSERT_FALSE(code.is_null());
    ASSERT_FALSE(vm_.run_code(code.as<CodeObject>(), globals_.get()).is_null())
        << "the program raised";
  }

  // repr() of a Python expression evaluated in the program's globals.
  std::string repr_of(const std::string& expression) {
    run("result = repr(" + expression + ")\n");
    return std::string(as_str(dict_get_str(globals_.get(), vm_.intern("result")))->view());
  }

  CodeObject* f_code() {
    return dict_get_str(globals_.get(), vm_.intern("f")).as<Function>()->code_object();
  }

  StandardVM vm_;
  Ref<Dict> globals_;
};

TEST_F(CodeObjectTest, CoLinesMergesTheRunsOfOneLineInInstructionOffsets) {
  ASSERT_EQ(f_code()->lines.size(), 6u);  // one entry per column span
  EXPECT_EQ(repr_of("list(f.__code__.co_lines())"), "[(0, 4, 2), (4, 6, 3)]");
}

TEST_F(CodeObjectTest, CoLinesGivesNoneForAnUnknownLine) {
  for (LineEntry& entry : f_code()->lines) {
    if (entry.line == 3) entry.line = 0;
  }
  EXPECT_EQ(repr_of("list(f.__code__.co_lines())"), "[(0, 4, 2), (4, 6, None)]");
}

TEST_F(CodeObjectTest, CoPositionsHasOneSpanPerInstruction) {
  EXPECT_EQ(repr_of("list(f.__code__.co_positions())"),
            "[(2, 2, 8, 9), (2, 2, 12, 13), (2, 2, 8, 13), (2, 2, 4, 5), (3, 3, 11, 12), "
            "(3, 3, 4, 12)]");
}

TEST_F(CodeObjectTest, CoFlagsTranslatesEachOfPyvmsFlags) {
  struct Case {
    uint32_t pyvm_flags;
    const char* co_flags;
  };
  const Case cases[] = {
      {kCodeFunction, "3"},                      // OPTIMIZED | NEWLOCALS
      {kCodeFunction | kCodeVarargs, "7"},       // | VARARGS
      {kCodeFunction | kCodeVarkeywords, "11"},  // | VARKEYWORDS
      {kCodeFunction | kCodeNested, "19"},       // | NESTED
      {kCodeFunction | kCodeGenerator, "35"},    // | GENERATOR
      {kCodeFunction | kCodeCoroutine, "131"},   // | COROUTINE
      {kCodeFunction | kCodeAsyncGenerator, "515"},  // | ASYNC_GENERATOR
      {kCodeFunction | kCodeHasDocstring, "3"},  // CPython has no docstring flag
      {kCodeClassBody, "0"},                     // class and module bodies: none
      {0, "0"},
      {kCodeFunction | 0x1000, "3"},  // bits pyvm does not know: ignored
  };
  for (const Case& c : cases) {
    f_code()->flags = c.pyvm_flags;
    EXPECT_EQ(repr_of("f.__code__.co_flags"), c.co_flags) << "pyvm flags " << c.pyvm_flags;
  }
}

}  // namespace
}  // namespace pyvm
