// SPDX-License-Identifier: GPL-3.0-or-later
// MemoryError for failed allocations (see out_of_memory.h).
#include "runtime/out_of_memory.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>

#include "runtime/exceptions.h"
#include "runtime/runtime.h"
#include "runtime/tuple.h"

namespace pyvm {

Value raise_no_memory(Runtime& rt) {
  return rt.raise_exception(
      make_exception(rt, rt.exception_type(Exc::kMemoryError), Ref<Tuple>::borrow(rt.empty_tuple())));
}

bool raise_after_failed_allocation(Runtime& rt) {
  const bool had_reserve = rt.gc.release_reserve();
  try {
    raise_no_memory(rt);
    if (rt.error_matches(Exc::kMemoryError)) return had_reserve;
  } catch (const std::bad_alloc&) {
  }
  // Not even a new exception object fits: raise the one made in advance,
  // as if new.
  ExceptionObject* reserved = as_exception(rt.reserved_memory_error);
  reserved->traceback = Value::none();
  reserved->context = Value::none();
  reserved->cause = Value::none();
  rt.raise_exception(rt.reserved_memory_error);
  return had_reserve;
}

void set_allocation_limit(size_t bytes) { largest_allocation_request.store(bytes, std::memory_order_relaxed); }

void* allocate_memory(size_t bytes) {
  void* memory = bytes <= allocation_limit() ? std::malloc(bytes) : nullptr;
  if (memory == nullptr) throw std::bad_alloc();
  return memory;
}

void* reallocate_memory(void* old, size_t bytes) {
  void* memory = bytes <= allocation_limit() ? std::realloc(old, bytes) : nullptr;
  if (memory == nullptr) throw std::bad_alloc();
  return memory;
}

bool memory_available(size_t bytes) {
  if (bytes > allocation_limit()) return false;
  // Through a volatile pointer: compilers drop a malloc whose memory is
  // never used, and its free, and take the result as non-null.
  void* volatile trial = std::malloc(bytes);
  const bool available = trial != nullptr;
  std::free(trial);
  return available;
}

size_t reservable_address_space(size_t wanted) {
  rlimit limit;
  if (getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return wanted;
  return std::min<size_t>(wanted, limit.rlim_cur / 8);
}

}  // namespace pyvm
