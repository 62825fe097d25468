// SPDX-License-Identifier: GPL-3.0-or-later
// Running out of memory. Allocations throw std::bad_alloc (Gc::allocate,
// the standard containers, GMP through the functions int.cpp installs);
// the eval loop catches it in one place, around its instructions, and
// raises MemoryError at the instruction that was running, so that a
// program can catch it and go on, as in CPython. Runtime code therefore
// keeps objects valid at every allocation (RAII, no half-built state).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>
#include <string>

#include "runtime/value.h"

namespace pyvm {

class Runtime;

// Raises MemoryError() (no message, as CPython's) for a request too big to
// attempt; returns null.
Value raise_no_memory(Runtime& rt);

// Raises MemoryError for an allocation that failed, giving back the
// collector's reserve so that the unwinding and the handler have memory to
// work with. False when there was no reserve left (memory is still
// exhausted): the caller then unwinds without recording traceback entries.
bool raise_after_failed_allocation(Runtime& rt);

// Whether `bytes` more can be allocated now: checked before an operation
// that cannot fail cleanly halfway (a GMP operation on huge numbers). A
// "no" from the memory ceiling marks the account refused, as a refused
// allocation does, so that the MemoryError to come is the ceiling's.
bool memory_available(size_t bytes);

// The runtime's malloc and realloc: they throw std::bad_alloc when memory
// runs out or the request is over the allocation limit.
void* allocate_memory(size_t bytes);
void* reallocate_memory(void* old, size_t bytes);
// Frees what allocate_memory or reallocate_memory gave (memory_account.h
// counts it back).
void release_memory(void* memory);

// The standard containers' allocator for storage that a program's data
// decides the size of (a list's items), so that it is held to the
// allocation limit and counted against the memory account like objects.
template <class T>
struct RuntimeAllocator {
  using value_type = T;
  RuntimeAllocator() noexcept = default;
  template <class U>
  RuntimeAllocator(const RuntimeAllocator<U>&) noexcept {}
  T* allocate(size_t count) {
    if (count > SIZE_MAX / sizeof(T)) throw std::bad_alloc();
    return static_cast<T*>(allocate_memory(count * sizeof(T)));
  }
  void deallocate(T* memory, size_t) noexcept { release_memory(memory); }
  friend bool operator==(const RuntimeAllocator&, const RuntimeAllocator&) noexcept { return true; }
};

// Bytes a program's data decides the size of (a bytearray's), allocated
// the same way.
using RuntimeBytes = std::basic_string<char, std::char_traits<char>, RuntimeAllocator<char>>;
// Code points the same way (a StringIO's text).
using RuntimeCodePoints =
    std::basic_string<char32_t, std::char_traits<char32_t>, RuntimeAllocator<char32_t>>;

// The largest single allocation the runtime attempts, for the whole process
// (default: no limit). A host lowers it to bound what one request of a
// program may take, as a smaller machine would: a bigger one fails as out of
// memory (MemoryError). The execution fuzzer sets it below libFuzzer's
// malloc limit.
void set_allocation_limit(size_t bytes);
// (Inline: every object allocation checks it. Relaxed: a host sets it
// before running programs.)
inline std::atomic<size_t> largest_allocation_request{SIZE_MAX};
inline size_t allocation_limit() { return largest_allocation_request.load(std::memory_order_relaxed); }

// How much of a `wanted` reservation of address space (a stack) to take:
// all of it, or under a virtual-memory limit (ulimit -v) a share small
// enough to leave the heap most of the limit.
size_t reservable_address_space(size_t wanted);

}  // namespace pyvm
