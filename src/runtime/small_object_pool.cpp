// SPDX-License-Identifier: GPL-3.0-or-later
// Arenas of the small-object pool (see small_object_pool.h).
#include "runtime/small_object_pool.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <new>

#if PYVM_POOL_UNDER_ASAN
#include <sanitizer/asan_interface.h>
#define PYVM_POISON(address, bytes) ASAN_POISON_MEMORY_REGION(address, bytes)
#define PYVM_UNPOISON(address, bytes) ASAN_UNPOISON_MEMORY_REGION(address, bytes)
#else
#define PYVM_POISON(address, bytes) ((void)(address), (void)(bytes))
#define PYVM_UNPOISON(address, bytes) ((void)(address), (void)(bytes))
#endif

namespace pyvm {

namespace {

// kArenaBytes of memory aligned to kArenaBytes, or null. Outside ASan
// straight from the kernel (a mapping twice the size, trimmed to the aligned
// middle), so that a freed arena leaves the process's memory at once rather
// than a 64 KiB hole in malloc's heap; under ASan from malloc, whose memory
// LeakSanitizer scans for references to other allocations.
void* map_arena() {
#if PYVM_POOL_UNDER_ASAN
  return std::aligned_alloc(SmallObjectPool::kArenaBytes, SmallObjectPool::kArenaBytes);
#else
  constexpr size_t kBytes = SmallObjectPool::kArenaBytes;
  void* mapping = mmap(nullptr, 2 * kBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapping == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<uintptr_t>(mapping);
  const uintptr_t aligned = (start + kBytes - 1) & ~(uintptr_t{kBytes} - 1);
  if (aligned > start) munmap(mapping, aligned - start);
  const uintptr_t tail = start + 2 * kBytes - (aligned + kBytes);
  if (tail > 0) munmap(reinterpret_cast<void*>(aligned + kBytes), tail);
  return reinterpret_cast<void*>(aligned);
#endif
}

void unmap_arena(void* arena) {
#if PYVM_POOL_UNDER_ASAN
  std::free(arena);
#else
  munmap(arena, SmallObjectPool::kArenaBytes);
#endif
}

}  // namespace

static_assert(sizeof(void*) <= SmallObjectPool::kGranule);

SmallObjectPool::SmallObjectPool() = default;

SmallObjectPool::~SmallObjectPool() {
  for (Arena*& first : usable_) {
    while (first != nullptr) {
      Arena* arena = first;
      unlink_usable(arena);
      // Under ASan an arena with live blocks is left to LeakSanitizer, which
      // then reports the objects a program leaked.
      if (!PYVM_POOL_UNDER_ASAN || arena->live_blocks == 0) free_arena(arena);
    }
  }
  while (spares_ != nullptr) free_arena(take_spare());
  // Full arenas are linked nowhere: a full arena at this point holds only
  // leaked objects, whose memory goes with the process.
}

SmallObjectPool::Arena* SmallObjectPool::add_arena(size_t size_class) {
  void* memory;
  if (spares_ != nullptr) {
    memory = take_spare();
  } else {
    memory = map_arena();
    if (memory == nullptr) throw std::bad_alloc();
    ++arena_count_;
  }
  auto* arena = static_cast<Arena*>(memory);
  arena->owner = this;
  arena->free_blocks = nullptr;
  arena->uncarved = static_cast<char*>(memory) + kHeaderBytes;
  arena->end = static_cast<char*>(memory) + kArenaBytes;
  arena->block_size = static_cast<uint32_t>((size_class + 1) * kGranule);
  arena->size_class = static_cast<uint32_t>(size_class);
  arena->live_blocks = 0;
  arena->usable = false;
  PYVM_POISON(arena->uncarved, arena->end - arena->uncarved);
  link_usable(arena);
  return arena;
}

void SmallObjectPool::link_usable(Arena* arena) {
  Arena*& first = usable_[arena->size_class];
  arena->previous_usable = nullptr;
  arena->next_usable = first;
  if (first != nullptr) first->previous_usable = arena;
  first = arena;
  arena->usable = true;
}

void SmallObjectPool::unlink_usable(Arena* arena) {
  if (arena->previous_usable != nullptr) {
    arena->previous_usable->next_usable = arena->next_usable;
  } else {
    usable_[arena->size_class] = arena->next_usable;
  }
  if (arena->next_usable != nullptr) arena->next_usable->previous_usable = arena->previous_usable;
  arena->usable = false;
}

void SmallObjectPool::free_arena(Arena* arena) {
  --arena_count_;
  PYVM_UNPOISON(arena, kArenaBytes);
  unmap_arena(arena);
}

void SmallObjectPool::block_released(Arena* arena, bool was_full) {
  if (was_full) {
    link_usable(arena);
    return;
  }
  // Empty: give it back unless it is the only usable arena of its class.
  const bool only_usable = arena->previous_usable == nullptr && arena->next_usable == nullptr;
  if (!only_usable) {
    unlink_usable(arena);
    retire_arena(arena);
  }
}

void SmallObjectPool::retire_arena(Arena* arena) {
  // Under ASan its memory goes back to malloc, whose quarantine then
  // reports accesses through dangling pointers into it.
  if (PYVM_POOL_UNDER_ASAN) {
    free_arena(arena);
    return;
  }
  arena->next_usable = spares_;
  spares_ = arena;
  ++spare_count_;
}

SmallObjectPool::Arena* SmallObjectPool::take_spare() {
  Arena* arena = spares_;
  spares_ = arena->next_usable;
  --spare_count_;
  fewest_spares_ = std::min(fewest_spares_, spare_count_);
  return arena;
}

void SmallObjectPool::trim_spares() {
  size_t idle = fewest_spares_ / 2;
  while (idle-- > 0 && spare_count_ > kMinSpareArenas) free_arena(take_spare());
  fewest_spares_ = spare_count_;
}

void SmallObjectPool::retire_block(Arena* arena, void* block) {
  PYVM_POISON(block, arena->block_size);
  --arena->live_blocks;
  // The arena goes once nothing in it can be handed out or is alive.
  if (arena->live_blocks == 0 && !has_room(arena)) retire_arena(arena);
}

}  // namespace pyvm
