// SPDX-License-Identifier: GPL-3.0-or-later
// Recursion in native code that a program can drive without Python frames
// between (a chain of a million map iterators, hashing a deeply nested
// tuple, compiling a very long `1+1+...+1`) raises RecursionError when the
// native stack runs low, instead of overflowing it. CPython crashes on some
// of these, so they are checked here rather than as golden programs; the VM
// gets a small native stack budget (128 KB) so that the chains stay short
// (freeing a chain recurses too, and that is not what is tested here).
#include <gtest/gtest.h>

#include <string>

#include "compiler/parser.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// "ok", or the type name of the exception the program ended with.
std::string outcome(const std::string& source) {
  StandardVM vm;
  vm.set_native_stack_base(size_t{128} << 10);
  Value code = vm.compile(source, "<test>", ParseMode::kFile);
  Value result;
  if (!code.is_null()) {
    Value module = make_module(vm, vm.names.dunder_main);
    result = vm.run_code(code.as<CodeObject>(), module_dict(module));
  }
  if (!result.is_null()) return "ok";
  const Value error = vm.take_error();
  return std::string(type_name(vm, error));
}

// A chain of `depth` iterators, each made by `wrap` (a Python expression of x).
std::string chain_of(const std::string& wrap, int depth) {
  return "x = [1]\nfor _ in range(" + std::to_string(depth) + "):\n    x = " + wrap + "\nlist(x)\n";
}

TEST(NativeRecursionTest, IteratorChainsRaiseRecursionError) {
  EXPECT_EQ(outcome(chain_of("map(abs, x)", 100)), "ok");
  EXPECT_EQ(outcome(chain_of("map(abs, x)", 5000)), "RecursionError");
  EXPECT_EQ(outcome(chain_of("filter(None, x)", 5000)), "RecursionError");
  EXPECT_EQ(outcome(chain_of("zip(x)", 5000)), "RecursionError");
  EXPECT_EQ(outcome(chain_of("enumerate(x)", 5000)), "RecursionError");
  EXPECT_EQ(outcome(chain_of("iter(x)", 5000)), "ok");  // iter of an iterator is itself
}

TEST(NativeRecursionTest, HashOfDeepTupleRaisesRecursionError) {
  EXPECT_EQ(outcome("x = ()\nfor _ in range(5000):\n    x = (x,)\nhash(x)\n"), "RecursionError");
}

TEST(NativeRecursionTest, CompilingDeepCodeWithAHighLimitStopsAtTheNativeStack) {
  // The recursion limit allows three million levels; the native stack does not.
  EXPECT_EQ(outcome("import sys\nsys.setrecursionlimit(1000000)\neval('+'.join(['1'] * 100000))\n"),
            "RecursionError");
}

}  // namespace
}  // namespace pyvm
