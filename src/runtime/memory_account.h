// SPDX-License-Identifier: GPL-3.0-or-later
// The memory ceiling of a limited run (the embedding API's max_memory_bytes,
// `pyvm --max-memory MB`). The runtime's allocators (Gc's blocks, pool or
// malloc, and allocate_memory's: big ints, set tables, string indexes, list
// storage) charge what they hand out to the account current on this thread,
// and their frees refund it; a request that would pass the ceiling throws
// std::bad_alloc before any memory is taken, which the eval loop turns into
// MemoryError, as when the machine runs out. The account is per thread
// because a VM runs on one thread at a time and the frees (Gc::free_memory)
// do not know their runtime; whoever runs a VM makes its account current
// (MemoryAccountScope). With no account current, as in an unlimited run,
// the cost is one thread-local load and branch per allocation and free.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

namespace pyvm {

struct MemoryAccount {
  size_t used = 0;
  size_t ceiling = SIZE_MAX;
  // Whether a request was refused since the host last cleared it: the
  // MemoryError the program then sees is the ceiling's.
  bool refused = false;
};

extern constinit thread_local MemoryAccount* current_memory_account;

// Whether `bytes` more fit under the current account's ceiling.
inline bool memory_fits_account(size_t bytes) {
  const MemoryAccount* account = current_memory_account;
  return account == nullptr ||
         (account->used <= account->ceiling && bytes <= account->ceiling - account->used);
}

// Counts `bytes` against the current account; std::bad_alloc (and the
// account marked refused) when they do not fit.
inline void charge_memory(size_t bytes) {
  MemoryAccount* account = current_memory_account;
  if (account == nullptr) return;
  if (!memory_fits_account(bytes)) [[unlikely]] {
    account->refused = true;
    throw std::bad_alloc();
  }
  account->used += bytes;
}

// Gives back what a free returns. (Saturating: memory allocated before the
// account became current is freed into it too.)
inline void refund_memory(size_t bytes) {
  MemoryAccount* account = current_memory_account;
  if (account != nullptr) account->used -= bytes < account->used ? bytes : account->used;
}

// Counts what an allocation that already happened really took (malloc's
// usable size beside the request the account accepted).
inline void charge_memory_unchecked(size_t bytes) {
  if (MemoryAccount* account = current_memory_account) account->used += bytes;
}

// Counts `bytes` against the current account for the reservation's
// lifetime, for memory the account does not see as it is allocated (the
// compiler's); std::bad_alloc when they do not fit.
class MemoryReservation {
 public:
  explicit MemoryReservation(size_t bytes) : account_(current_memory_account), bytes_(bytes) {
    charge_memory(bytes);
  }
  ~MemoryReservation() {
    if (account_ != nullptr) account_->used -= bytes_ < account_->used ? bytes_ : account_->used;
  }
  MemoryReservation(const MemoryReservation&) = delete;
  MemoryReservation& operator=(const MemoryReservation&) = delete;

 private:
  MemoryAccount* account_;
  size_t bytes_;
};

// Makes `account` current on this thread for the scope's lifetime.
class MemoryAccountScope {
 public:
  explicit MemoryAccountScope(MemoryAccount* account) : previous_(current_memory_account) {
    current_memory_account = account;
  }
  ~MemoryAccountScope() { current_memory_account = previous_; }
  MemoryAccountScope(const MemoryAccountScope&) = delete;
  MemoryAccountScope& operator=(const MemoryAccountScope&) = delete;

 private:
  MemoryAccount* previous_;
};

}  // namespace pyvm
