// SPDX-License-Identifier: GPL-3.0-or-later
// The code-point index of non-ASCII strings: the slot table and building an
// index (str_index.h).
#include "runtime/str_index.h"

#include <cstdlib>
#include <new>

#include "runtime/out_of_memory.h"
#include "runtime/runtime.h"
#include "runtime/str.h"

namespace pyvm {

StrIndexTable::~StrIndexTable() {
  for (uint64_t* block : blocks_) release_memory(block);
}

uint32_t StrIndexTable::add(uint64_t* block) {
  if (!free_slots_.empty()) {
    const uint32_t slot = free_slots_.back();
    free_slots_.pop_back();
    blocks_[slot - 1] = block;
    return slot;
  }
  if (blocks_.size() >= UINT32_MAX) return 0;
  blocks_.push_back(block);
  return static_cast<uint32_t>(blocks_.size());
}

void StrIndexTable::release(uint32_t slot) {
  release_memory(blocks_[slot - 1]);
  blocks_[slot - 1] = nullptr;
  free_slots_.push_back(slot);
}

namespace {

// One pass over the bytes: the offset of every kStrIndexStride-th code
// point (a code point starts at each byte that is not a continuation byte).
void record_offsets(const Str* str, uint64_t* offsets) {
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(str->data());
  int64_t code_point = 0;
  size_t entry = 0;
  for (int64_t pos = 0; pos < str->size; ++pos) {
    if ((bytes[pos] & 0xC0) == 0x80) continue;
    if (code_point % kStrIndexStride == 0) offsets[entry++] = static_cast<uint64_t>(pos);
    ++code_point;
  }
}

}  // namespace

const uint64_t* str_index_offsets(const Str* str) {
  Runtime& rt = *str->type->runtime;
  if (str->index_slot != 0) return rt.str_indexes.offsets(str->index_slot);
  const size_t entries = static_cast<size_t>((str->length + kStrIndexStride - 1) / kStrIndexStride);
  const size_t bytes = entries * sizeof(uint64_t);
  uint64_t* block;
  try {
    block = static_cast<uint64_t*>(allocate_memory(bytes));
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
  record_offsets(str, block);
  uint32_t slot;
  try {
    slot = rt.str_indexes.add(block);
  } catch (const std::bad_alloc&) {
    slot = 0;
  }
  if (slot == 0) {
    release_memory(block);
    return nullptr;
  }
  rt.gc.charge_external(bytes);
  str->index_slot = slot;
  return block;
}

void release_str_index(Str* str) {
  if (str->index_slot == 0) return;
  str->type->runtime->str_indexes.release(str->index_slot);
  str->index_slot = 0;
}

}  // namespace pyvm
