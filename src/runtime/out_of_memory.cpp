// SPDX-License-Identifier: GPL-3.0-or-later
// MemoryError for failed allocations (see out_of_memory.h).
#include "runtime/out_of_memory.h"

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>

#include "runtime/exceptions.h"
#include "runtime/memory_account.h"
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

constinit thread_local MemoryAccount* current_memory_account = nullptr;

// The account is charged the request before malloc sees it (so that nothing
// past the ceiling is ever taken), then what malloc really gave, which is
// what release_memory refunds.
void* allocate_memory(size_t bytes) {
  if (bytes > allocation_limit()) throw std::bad_alloc();
  if (current_memory_account == nullptr) {
    void* memory = std::malloc(bytes);
    if (memory == nullptr) throw std::bad_alloc();
    return memory;
  }
  charge_memory(bytes);
  void* memory = std::malloc(bytes);
  refund_memory(bytes);
  if (memory == nullptr) throw std::bad_alloc();
  charge_memory_unchecked(malloc_usable_size(memory));
  return memory;
}

void* reallocate_memory(void* old, size_t bytes) {
  if (bytes > allocation_limit()) throw std::bad_alloc();
  if (current_memory_account == nullptr) {
    void* memory = std::realloc(old, bytes);
    if (memory == nullptr) throw std::bad_alloc();
    return memory;
  }
  const size_t old_size = old == nullptr ? 0 : malloc_usable_size(old);
  if (bytes > old_size) charge_memory(bytes - old_size);
  void* memory = std::realloc(old, bytes);
  if (bytes > old_size) refund_memory(bytes - old_size);
  if (memory == nullptr) throw std::bad_alloc();
  refund_memory(old_size);
  charge_memory_unchecked(malloc_usable_size(memory));
  return memory;
}

void release_memory(void* memory) {
  if (memory == nullptr) return;
  if (current_memory_account != nullptr) refund_memory(malloc_usable_size(memory));
  std::free(memory);
}

bool memory_available(size_t bytes) {
  if (bytes > allocation_limit()) return false;
  if (!memory_fits_account(bytes)) {
    current_memory_account->refused = true;  // the MemoryError to come is the ceiling's
    return false;
  }
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
