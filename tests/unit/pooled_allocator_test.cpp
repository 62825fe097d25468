// SPDX-License-Identifier: GPL-3.0-or-later
// The allocator of list items (gc.h's PooledAllocator): small arrays come
// from the runtime's pool and big ones from malloc, both charged to the
// memory account and given back in full; the allocator travels with its
// storage on move, swap and copy assignment, so storage always goes back
// to where it came from; without a runtime it uses malloc.
#include <gtest/gtest.h>

#include <vector>

#include "runtime/gc.h"
#include "runtime/memory_account.h"
#include "runtime/small_object_pool.h"
#include "runtime/value.h"

namespace pyvm {
namespace {

using Items = std::vector<Value, PooledAllocator<Value>>;

TEST(PooledAllocator, SmallAndLargeArraysAreChargedAndGivenBack) {
  Gc gc;
  MemoryAccount account;
  {
    MemoryAccountScope scope(&account);
    Items small{PooledAllocator<Value>(&gc)};
    small.reserve(4);  // 64 bytes: a pool block
    const size_t after_small = account.used;
    EXPECT_GE(after_small, 4 * sizeof(Value));
    Items large{PooledAllocator<Value>(&gc)};
    large.reserve(1000);  // 16,000 bytes: from malloc
    EXPECT_GE(account.used, after_small + 1000 * sizeof(Value));
    for (int i = 0; i < 1000; ++i) large.push_back(Value::small_int(i));
    EXPECT_EQ(large[999].as_small_int(), 999);
  }
  EXPECT_EQ(account.used, 0u);
}

TEST(PooledAllocator, TheAllocatorTravelsWithItsStorage) {
  Gc gc;
  Items pooled{PooledAllocator<Value>(&gc)};
  pooled.assign({Value::small_int(1), Value::small_int(2)});
  Items plain;  // no runtime: malloc
  plain.assign({Value::small_int(3)});

  Items moved = std::move(pooled);
  EXPECT_EQ(moved.get_allocator().gc, &gc);
  moved.swap(plain);
  EXPECT_EQ(moved.get_allocator().gc, nullptr);
  EXPECT_EQ(plain.get_allocator().gc, &gc);
  EXPECT_EQ(plain.size(), 2u);
  EXPECT_EQ(moved[0].as_small_int(), 3);

  Items copied{PooledAllocator<Value>(&gc)};
  copied = moved;  // the source's allocator comes along with the copy
  EXPECT_EQ(copied.get_allocator().gc, nullptr);
  Items copy_of_pooled(plain);
  EXPECT_EQ(copy_of_pooled.get_allocator().gc, &gc);
  EXPECT_EQ(copy_of_pooled[1].as_small_int(), 2);
}

TEST(PooledAllocator, GrowingOutOfThePoolAndBack) {
  Gc gc;
  Items items{PooledAllocator<Value>(&gc)};
  for (int i = 0; i < 100; ++i) items.push_back(Value::small_int(i));  // past 512 bytes
  items.resize(3);
  items.shrink_to_fit();  // back into a pool block
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[2].as_small_int(), 2);
}

}  // namespace
}  // namespace pyvm
