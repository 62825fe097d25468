// SPDX-License-Identifier: GPL-3.0-or-later
// The code-point index of non-ASCII strings (docs/architecture.md, "Strings").
//
// A str is UTF-8, so the byte offset of code point i is not i unless the
// text is ASCII. A long non-ASCII string gets, the first time a position in
// it is looked up, a side table of the byte offset of every kStrIndexStride-th
// code point: a lookup is then one table read and at most kStrIndexStride-1
// steps over code points, whatever the length. The table lives outside the
// Str (whose header has no room for a pointer to spare): the string keeps a
// slot number in its header's padding, the runtime's StrIndexTable maps the
// slot to the offsets, and the string's dealloc gives the slot back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pyvm {

struct Str;

// Code points between two recorded offsets: a lookup steps over at most
// this many minus one; the table costs 8 bytes per this many code points.
constexpr int64_t kStrIndexStride = 64;

class StrIndexTable {
 public:
  StrIndexTable() = default;
  ~StrIndexTable();
  StrIndexTable(const StrIndexTable&) = delete;
  StrIndexTable& operator=(const StrIndexTable&) = delete;

  // The offsets stored in `slot` (1-based; 0 means none).
  const uint64_t* offsets(uint32_t slot) const { return blocks_[slot - 1]; }
  // Stores a block of offsets (from allocate_memory) and returns its slot;
  // 0 when no slot is left (the caller keeps the block's ownership then).
  uint32_t add(uint64_t* block);
  // Frees the block of `slot` and makes the slot available again.
  void release(uint32_t slot);
  // Blocks currently held (for tests).
  size_t live_count() const { return blocks_.size() - free_slots_.size(); }

 private:
  std::vector<uint64_t*> blocks_;     // slot - 1 -> offsets, null when free
  std::vector<uint32_t> free_slots_;  // released slots, reused first
};

// The offsets table of a non-ASCII string at least kStrIndexStride code
// points long, built on first use; null when it could not be allocated
// (the callers then scan from the start, slower but correct).
const uint64_t* str_index_offsets(const Str* str);
// Frees a string's table, if it has one (from the string's dealloc).
void release_str_index(Str* str);

}  // namespace pyvm
