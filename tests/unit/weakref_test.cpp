// SPDX-License-Identifier: GPL-3.0-or-later
// Weak references cost nothing to objects that never have one: the
// runtime's side table (Runtime::weak_reference_lists) holds an entry only
// while an object has weak references, and a container's header flag
// follows it, whether the references or the referent die first and
// whether the referent is a container or not (a bound built-in method).
#include <gtest/gtest.h>

#include <string>

#include "compiler/compiler.h"
#include "lib/standard_library.h"
#include "runtime/dict.h"
#include "runtime/gc.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

class WeakReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    globals_ = make_dict(vm_);
    dict_set_str(vm_, globals_.get(), vm_.names.dunder_builtins, vm_.builtins_module);
  }
  void TearDown() override { dict_clear(vm_, globals_.get()); }

  void run(const std::string& source) {
    Value code = vm_.compile(source, "weakref_test.py", ParseMode::kFile);
    ASSERT_FALSE(code.is_null());
    ASSERT_FALSE(vm_.run_code(code.as<CodeObject>(), globals_.get()).is_null());
  }
  Value global(const char* name) { return dict_get_str(globals_.get(), vm_.intern(name)); }
  size_t table_size() const { return vm_.weak_reference_lists.size(); }

  StandardVM vm_;
  Ref<Dict> globals_;
};

TEST_F(WeakReferenceTest, ObjectsWithoutReferencesNeverEnterTheTable) {
  const size_t before = table_size();
  run("class Node:\n"
      "    pass\n"
      "nodes = [Node() for i in range(1000)]\n"
      "functions = [lambda: i for i in range(1000)]\n"
      "del nodes, functions\n");
  EXPECT_EQ(table_size(), before);
}

TEST_F(WeakReferenceTest, TableAndFlagFollowTheReferences) {
  const size_t before = table_size();
  run("import _weakref\n"
      "class Node:\n"
      "    pass\n"
      "node = Node()\n"
      "refs = [_weakref.ref(node, lambda r: None) for i in range(3)]\n"
      "shared = _weakref.ref(node)\n");
  Object* node = global("node").as_object();
  EXPECT_EQ(table_size(), before + 1);
  EXPECT_NE(gc_header_of(node)->flags & kGcWeaklyReferenced, 0u);
  // The references die first: the entry and the flag go with the last one.
  run("del refs[:2]\n");
  EXPECT_EQ(table_size(), before + 1);
  run("del refs, shared\n");
  EXPECT_EQ(table_size(), before);
  EXPECT_EQ(gc_header_of(node)->flags & kGcWeaklyReferenced, 0u);
}

TEST_F(WeakReferenceTest, TableEmptiesWhenReferentsDie) {
  const size_t before = table_size();
  run("import _weakref, gc\n"
      "class Node:\n"
      "    pass\n"
      "nodes = [Node() for i in range(100)]\n"
      "for n in nodes[:50]:\n"
      "    n.me = n\n"
      "method = [].append\n"
      "refs = [_weakref.ref(n) for n in nodes] + [_weakref.proxy(method)]\n");
  EXPECT_EQ(table_size(), before + 101);
  run("del nodes, method, n\n"
      "gc.collect()\n"
      "dead = sum(r() is None for r in refs[:100])\n");
  EXPECT_EQ(global("dead").as_small_int(), 100);
  EXPECT_EQ(table_size(), before);
}

}  // namespace
}  // namespace pyvm
