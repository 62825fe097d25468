// SPDX-License-Identifier: GPL-3.0-or-later
// Freeing deeply nested structures (a list in a list a hundred thousand
// times, a chain of instances, of iterators, of exception contexts) does not
// recurse once per level on the native stack: the collector defers deallocs
// past a fixed depth (gc.h). Each program runs on a thread whose stack is
// far too small for one native frame per level, so without the bound the
// test would crash.
#include <gtest/gtest.h>
#include <pthread.h>

#include <string>

#include "compiler/parser.h"
#include "runtime/module.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

constexpr size_t kThreadStackBytes = size_t{2} << 20;

struct Run {
  std::string source;
  bool finished = false;
};

// Runs `source` on a new VM on a thread with a small stack; true when the
// program ran to its end without a Python exception.
bool runs_on_small_stack(const std::string& source) {
  Run run{source};
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, kThreadStackBytes);
  pthread_t thread;
  const int created = pthread_create(
      &thread, &attributes,
      [](void* raw) -> void* {
        Run* run = static_cast<Run*>(raw);
        StandardVM vm;
        vm.set_native_stack_base(kThreadStackBytes / 2);
        Value code = vm.compile(run->source, "<test>", ParseMode::kFile);
        if (code.is_null()) return nullptr;
        Value module = make_module(vm, vm.names.dunder_main);
        run->finished = !vm.run_code(code.as<CodeObject>(), module_dict(module)).is_null();
        return nullptr;
      },
      &run);
  pthread_attr_destroy(&attributes);
  if (created != 0) return false;
  pthread_join(thread, nullptr);
  return run.finished;
}

// Builds a chain of `depth` objects, each made from the previous one x by
// `wrap`, then drops it.
std::string drop_chain(const std::string& start, const std::string& wrap) {
  return "x = " + start + "\nfor i in range(100000):\n    x = " + wrap + "\ndel x\n";
}

TEST(DeepDeallocTest, NestedContainers) {
  EXPECT_TRUE(runs_on_small_stack(drop_chain("[]", "[x]")));
  EXPECT_TRUE(runs_on_small_stack(drop_chain("()", "(x,)")));
  EXPECT_TRUE(runs_on_small_stack(drop_chain("{}", "{i: x}")));
  EXPECT_TRUE(runs_on_small_stack(drop_chain("frozenset()", "frozenset([x])")));
}

TEST(DeepDeallocTest, ObjectChains) {
  EXPECT_TRUE(runs_on_small_stack(
      "class Node:\n    pass\n"
      "x = None\nfor i in range(100000):\n    n = Node()\n    n.next = x\n    x = n\n"
      "del x, n\n"));
  EXPECT_TRUE(runs_on_small_stack(
      "x = None\nfor i in range(100000):\n    e = ValueError()\n    e.__context__ = x\n    x = e\n"
      "del x, e\n"));
  EXPECT_TRUE(runs_on_small_stack(drop_chain("None", "(lambda g: lambda: g)(x)")));
  EXPECT_TRUE(runs_on_small_stack("def f(self):\n    pass\n" + drop_chain("0", "f.__get__(x)")));
}

TEST(DeepDeallocTest, IteratorChains) {
  EXPECT_TRUE(runs_on_small_stack(drop_chain("iter([1])", "map(abs, x)")));
  EXPECT_TRUE(runs_on_small_stack(drop_chain("iter([1])", "(y for y in x)")));
}

}  // namespace
}  // namespace pyvm
