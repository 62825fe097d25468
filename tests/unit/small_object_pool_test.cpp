// SPDX-License-Identifier: GPL-3.0-or-later
// The small-object pool (runtime/small_object_pool.h): blocks are aligned,
// distinct and of the requested size class; freed blocks are reused (except
// under ASan, which never reuses them while their arena lives); arenas whose
// blocks are all free go back to the system; and a program's objects really
// come from the pool of the runtime that runs it.
#include "runtime/small_object_pool.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <set>
#include <vector>

#include "compiler/compiler.h"
#include "lib/standard_library.h"
#include "runtime/dict.h"
#include "runtime/gc.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

TEST(SmallObjectPool, BlocksAreAlignedDistinctAndWritable) {
  SmallObjectPool pool;
  std::set<uintptr_t> seen;
  std::vector<std::pair<void*, size_t>> blocks;
  for (size_t bytes = 1; bytes <= SmallObjectPool::kLargestBlock; bytes += 7) {
    void* block = pool.allocate(bytes);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(block) % SmallObjectPool::kGranule, 0u);
    EXPECT_TRUE(seen.insert(reinterpret_cast<uintptr_t>(block)).second);
    std::memset(block, 0xab, bytes);
    blocks.emplace_back(block, bytes);
  }
  for (const auto& [block, bytes] : blocks) {
    EXPECT_EQ(static_cast<unsigned char*>(block)[bytes - 1], 0xab);
    SmallObjectPool::release(block);
  }
}

TEST(SmallObjectPool, FreedBlockIsReusedOutsideAsan) {
  SmallObjectPool pool;
  void* first = pool.allocate(40);
  SmallObjectPool::release(first);
  void* second = pool.allocate(48);  // the same 48-byte class
  if (!PYVM_POOL_UNDER_ASAN) {
    EXPECT_EQ(first, second);
  }
  SmallObjectPool::release(second);
}

TEST(SmallObjectPool, EmptyArenasAreReusedThenGoBackToTheSystem) {
  SmallObjectPool pool;
  const size_t arenas = SmallObjectPool::kMinSpareArenas * 4;
  const size_t count = arenas * SmallObjectPool::kArenaBytes / 64;
  std::vector<void*> blocks;
  auto allocate_all = [&] {
    for (size_t i = 0; i < count; ++i) blocks.push_back(pool.allocate(64));
  };
  auto release_all = [&] {
    for (void* block : blocks) SmallObjectPool::release(block);
    blocks.clear();
  };
  allocate_all();
  const size_t held = pool.arena_count();
  EXPECT_GE(held, arenas);
  release_all();
  if (!PYVM_POOL_UNDER_ASAN) {
    // The empty arenas stay as spares, and the same work takes no new ones.
    EXPECT_EQ(pool.arena_count(), held);
    allocate_all();
    EXPECT_EQ(pool.arena_count(), held);
    release_all();
  }
  // Spares left unused across trims decay to the minimum (plus the class's
  // one usable arena).
  for (int i = 0; i < 20; ++i) pool.trim_spares();
  EXPECT_LE(pool.arena_count(), SmallObjectPool::kMinSpareArenas + 1);
}

TEST(SmallObjectPool, SparesInUseBetweenTrimsAreKept) {
  SmallObjectPool pool;
  const size_t count = SmallObjectPool::kMinSpareArenas * 4 * SmallObjectPool::kArenaBytes / 64;
  std::vector<void*> blocks;
  for (int round = 0; round < 5; ++round) {
    for (size_t i = 0; i < count; ++i) blocks.push_back(pool.allocate(64));
    for (void* block : blocks) SmallObjectPool::release(block);
    blocks.clear();
    pool.trim_spares();
  }
  if (!PYVM_POOL_UNDER_ASAN) {
    EXPECT_GE(pool.arena_count(), SmallObjectPool::kMinSpareArenas * 4);
  }
}

TEST(SmallObjectPool, InterleavedFreesKeepEveryBlockIntact) {
  SmallObjectPool pool;
  std::vector<uint64_t*> live;
  for (uint64_t i = 0; i < 20000; ++i) {
    auto* block = static_cast<uint64_t*>(pool.allocate(32));
    block[0] = i;
    block[3] = ~i;
    live.push_back(block);
    if (i % 3 == 2) {  // free an older one
      uint64_t* victim = live[i / 2];
      if (victim != nullptr) {
        SmallObjectPool::release(victim);
        live[i / 2] = nullptr;
      }
    }
  }
  for (uint64_t i = 0; i < live.size(); ++i) {
    if (live[i] == nullptr) continue;
    EXPECT_EQ(live[i][0], i);
    EXPECT_EQ(live[i][3], ~i);
    SmallObjectPool::release(live[i]);
  }
}

#if PYVM_POOL_UNDER_ASAN
TEST(SmallObjectPoolDeathTest, UseAfterReleaseIsReportedUnderAsan) {
  SmallObjectPool pool;
  auto* block = static_cast<volatile char*>(pool.allocate(24));
  SmallObjectPool::release(const_cast<char*>(block));
  EXPECT_DEATH(block[0] = 1, "use-after-poison");
}
#endif

TEST(SmallObjectPool, ProgramObjectsComeFromTheRuntimesPool) {
  StandardVM vm;
  Ref<Dict> globals = make_dict(vm);
  dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins_module);
  const size_t before = vm.gc.pool().arena_count();
  Value code = vm.compile(
      "keep = [str(i) + 'x' for i in range(20000)]\n"
      "pairs = [(i, i) for i in range(20000)]\n",
      "pool.py", ParseMode::kFile);
  ASSERT_FALSE(code.is_null());
  ASSERT_FALSE(vm.run_code(code.as<CodeObject>(), globals.get()).is_null());
  EXPECT_GT(vm.gc.pool().arena_count(), before);
  dict_clear(vm, globals.get());
}

}  // namespace
}  // namespace pyvm
