// SPDX-License-Identifier: GPL-3.0-or-later
// The cycle collector: a loop that builds and drops cyclic object graphs
// runs in bounded memory. Measured twice, after 1,000 and after 1,000,000
// iterations: both the containers the collector tracks and the bytes the
// allocator holds must stay within a small constant of each other (without
// the collector, a million iterations would keep ~4 million objects).
#include <gtest/gtest.h>

#include <string>

#include "compiler/compiler.h"
#include "runtime/dict.h"
#include "runtime/gc.h"
#include "runtime/str.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYVM_TEST_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PYVM_TEST_UNDER_ASAN 1
#endif

#ifdef PYVM_TEST_UNDER_ASAN
// From <sanitizer/allocator_interface.h>, which not every compiler ships.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif

namespace pyvm {
namespace {

// Bytes currently allocated and not freed (the sanitizer's allocator keeps
// its own count; glibc's is mallinfo2), plus the arenas of the VM's
// small-object pool, which outside ASan are mapped from the kernel.
size_t allocated_bytes(const VM& vm) {
  const size_t pool_bytes = PYVM_POOL_UNDER_ASAN ? 0 : vm.gc.pool().arena_count() * SmallObjectPool::kArenaBytes;
#ifdef PYVM_TEST_UNDER_ASAN
  return __sanitizer_get_current_allocated_bytes() + pool_bytes;
#else
  return mallinfo2().uordblks + pool_bytes;
#endif
}

// Runs `iterations` rounds of building garbage cycles: two instances that
// point at each other, a list that contains itself, a closure cell that
// holds its own function.
void make_cycles(VM& vm, int iterations) {
  const std::string source =
      "class Node:\n"
      "    pass\n"
      "def churn(n):\n"
      "    for i in range(n):\n"
      "        a = Node()\n"
      "        b = Node()\n"
      "        a.other = b\n"
      "        b.other = a\n"
      "        items = [i]\n"
      "        items.append(items)\n"
      "        def f():\n"
      "            return f\n"
      "churn(" + std::to_string(iterations) + ")\n";
  Value code = vm.compile(source, "cycles.py", ParseMode::kFile);
  ASSERT_FALSE(code.is_null());
  Ref<Dict> globals = make_dict(vm);
  dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins_module);
  ASSERT_FALSE(vm.run_code(code.as<CodeObject>(), globals.get()).is_null());
}

TEST(CycleCollector, CyclicGarbageRunsInBoundedMemory) {
  StandardVM vm;
  make_cycles(vm, 1000);
  const size_t tracked_after_thousand = vm.gc.tracked_count();
  const size_t bytes_after_thousand = allocated_bytes(vm);

  make_cycles(vm, 1000000);
  const size_t tracked_after_million = vm.gc.tracked_count();
  const size_t bytes_after_million = allocated_bytes(vm);

  // A collection runs every 10,000 container allocations, so at most about
  // that many garbage objects wait at any time.
  EXPECT_LT(tracked_after_million, tracked_after_thousand + 20000)
      << "tracked containers: " << tracked_after_thousand << " then " << tracked_after_million;
  EXPECT_LT(bytes_after_million, bytes_after_thousand + (8u << 20))
      << "allocated bytes: " << bytes_after_thousand << " then " << bytes_after_million;
}

// PEP 442: the finalizer of cyclic garbage runs once; when it stores the
// object somewhere, the object survives the collection, and when it is
// dropped again it is freed without a second call.
TEST(CycleCollector, FinalizerRunsOnceAndMayResurrect) {
  StandardVM vm;
  const std::string source =
      "import gc\n"
      "calls = []\n"
      "saved = None\n"
      "class R:\n"
      "    def __del__(self):\n"
      "        global saved\n"
      "        calls.append(1)\n"
      "        saved = self\n"
      "r = R()\n"
      "r.me = r\n"
      "del r\n"
      "gc.collect()\n"
      "after_first = len(calls)\n"
      "alive = saved is not None and saved.me is saved\n"
      "saved = None\n"
      "gc.collect()\n"
      "after_second = len(calls)\n";
  Value code = vm.compile(source, "finalizers.py", ParseMode::kFile);
  ASSERT_FALSE(code.is_null());
  Ref<Dict> globals = make_dict(vm);
  dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins_module);
  ASSERT_FALSE(vm.run_code(code.as<CodeObject>(), globals.get()).is_null());
  EXPECT_EQ(dict_get_str(globals.get(), vm.intern("after_first")).as_small_int(), 1);
  EXPECT_TRUE(dict_get_str(globals.get(), vm.intern("alive")).as_bool());
  EXPECT_EQ(dict_get_str(globals.get(), vm.intern("after_second")).as_small_int(), 1);
  dict_clear(vm, globals.get());  // break the globals' cycles before the VM goes
}

}  // namespace
}  // namespace pyvm
