// SPDX-License-Identifier: GPL-3.0-or-later
// The size-class pool that small objects and short strings are carved from
// (docs/architecture.md, "Memory management").
//
// malloc and free cost a few dozen instructions each and keep a size word in
// front of every chunk; most objects a program makes are small and die young
// (strings from split and slicing, tuples, instances and their dicts). The
// pool serves every request up to kLargestBlock bytes from 64 KiB arenas
// aligned to their size. Each arena holds blocks of one size class (16-byte
// steps), carved from the front on demand and recycled through the arena's
// own free list; an arena with a free block is linked into its class's list
// of usable arenas. A block's arena is found by rounding its address down, so
// freeing needs neither the size nor the owning pool. An arena whose last
// block is freed is kept as a spare for the next class that needs one (its
// class's only usable arena stays where it is). Spares go back to the
// system by decay: every 16th cycle collection (trim_spares) returns half
// of those that sat unused since the trim before, down to kMinSpareArenas. A
// program that builds and drops a big structure again and again
// (binary_trees) reuses its arenas, where mapping each afresh costs three
// system calls and a page fault per 4 KiB (the benchmark ran 12% slower
// with at most 16 spares); one that drops what it built and goes on with
// less gives the memory back within a few collections.
//
// One pool belongs to one runtime (Gc owns it) and is not thread-safe: a
// runtime's objects are made and freed by the thread running it.
//
// Under AddressSanitizer, free blocks and the uncarved rest of an arena are
// poisoned, and freed blocks are never reused while their arena lives: an
// access through a dangling pointer is reported (use-after-poison) as it
// would be with malloc's quarantine, and once the arena is returned, as a
// heap use-after-free.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyvm {

#if defined(__SANITIZE_ADDRESS__)
#define PYVM_POOL_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYVM_POOL_UNDER_ASAN 1
#endif
#endif
#ifndef PYVM_POOL_UNDER_ASAN
#define PYVM_POOL_UNDER_ASAN 0
#endif

class SmallObjectPool {
 public:
  static constexpr size_t kGranule = 16;
  static constexpr size_t kLargestBlock = 512;
  static constexpr size_t kClassCount = kLargestBlock / kGranule;
  static constexpr size_t kArenaBytes = size_t{64} << 10;
  static constexpr size_t kMinSpareArenas = 16;

  SmallObjectPool();
  ~SmallObjectPool();
  SmallObjectPool(const SmallObjectPool&) = delete;
  SmallObjectPool& operator=(const SmallObjectPool&) = delete;

  // A 16-byte aligned block of at least `bytes` (1..kLargestBlock). Throws
  // std::bad_alloc when no new arena can be had.
  inline void* allocate(size_t bytes);
  // Gives back a block that allocate returned (of any pool).
  static inline void release(void* block);
  // The size of a block that allocate returned (its size class's).
  static size_t block_size(void* block) { return arena_of(block)->block_size; }

  // Arenas held now, spares included (for tests and the docs' measurements).
  size_t arena_count() const { return arena_count_; }
  // Returns half of the spare arenas that were not taken since the last
  // call, keeping kMinSpareArenas (the collector calls it).
  void trim_spares();

 private:
  struct FreeBlock {
    FreeBlock* next;
  };
  // The header at the start of each arena; its blocks follow.
  struct Arena {
    SmallObjectPool* owner;
    Arena* next_usable;  // the class's usable arenas, doubly linked
    Arena* previous_usable;
    FreeBlock* free_blocks;
    char* uncarved;  // the next block never handed out yet
    char* end;
    uint32_t block_size;
    uint32_t size_class;
    uint32_t live_blocks;
    bool usable;  // linked into owner->usable_[size_class]
  };
  static constexpr size_t kHeaderBytes = (sizeof(Arena) + kGranule - 1) / kGranule * kGranule;

  static size_t class_of(size_t bytes) { return (bytes - 1) / kGranule; }
  static Arena* arena_of(void* block) {
    return reinterpret_cast<Arena*>(reinterpret_cast<uintptr_t>(block) & ~(uintptr_t{kArenaBytes} - 1));
  }
  static bool has_room(const Arena* arena) {
    return arena->free_blocks != nullptr || arena->uncarved + arena->block_size <= arena->end;
  }

  // Gets a fresh arena for `size_class` and makes it the class's first usable one.
  Arena* add_arena(size_t size_class);
  // Takes the block out of its arena's free list or uncarved space.
  static inline void* take_block(Arena* arena);
  // The slow half of release: relinks a full arena, returns an empty one.
  void block_released(Arena* arena, bool was_full);
  // Under ASan: poisons the block for good; the arena goes when all are.
  void retire_block(Arena* arena, void* block);
  void link_usable(Arena* arena);
  void unlink_usable(Arena* arena);
  void free_arena(Arena* arena);
  // Keeps an empty arena as a spare (under ASan: frees it).
  void retire_arena(Arena* arena);
  Arena* take_spare();

  Arena* usable_[kClassCount] = {};
  Arena* spares_ = nullptr;  // empty arenas, linked through next_usable
  size_t spare_count_ = 0;
  size_t fewest_spares_ = 0;  // the low-water mark of spare_count_ since trim_spares
  size_t arena_count_ = 0;
};

#if PYVM_POOL_UNDER_ASAN
extern "C" void __asan_unpoison_memory_region(void const volatile* address, size_t size);
#endif

inline void* SmallObjectPool::take_block(Arena* arena) {
  void* block;
  if (arena->free_blocks != nullptr) {
    block = arena->free_blocks;
    arena->free_blocks = arena->free_blocks->next;
  } else {
    block = arena->uncarved;
    arena->uncarved += arena->block_size;
#if PYVM_POOL_UNDER_ASAN
    __asan_unpoison_memory_region(block, arena->block_size);
#endif
  }
  ++arena->live_blocks;
  return block;
}

inline void* SmallObjectPool::allocate(size_t bytes) {
  const size_t size_class = class_of(bytes);
  Arena* arena = usable_[size_class];
  if (arena == nullptr) arena = add_arena(size_class);
  void* block = take_block(arena);
  if (!has_room(arena)) unlink_usable(arena);
  return block;
}

inline void SmallObjectPool::release(void* block) {
  Arena* arena = arena_of(block);
  const bool was_full = !arena->usable;
#if PYVM_POOL_UNDER_ASAN
  arena->owner->retire_block(arena, block);
  (void)was_full;
#else
  auto* free_block = static_cast<FreeBlock*>(block);
  free_block->next = arena->free_blocks;
  arena->free_blocks = free_block;
  if (--arena->live_blocks == 0 || was_full) arena->owner->block_released(arena, was_full);
#endif
}

}  // namespace pyvm
