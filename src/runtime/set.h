// SPDX-License-Identifier: GPL-3.0-or-later
// set and frozenset: open-addressing hash tables with CPython's exact probing
// and resizing rules, so that a set of numbers iterates (and prints) in the
// same order as under CPython.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/object.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

// An empty slot has a null key and hash 0; a deleted ("dummy") slot has a
// null key and hash -1 (hash() never gives -1: it is made -2, as CPython).
struct SetEntry {
  int64_t hash = 0;
  Value key;
};

constexpr size_t kSetMinSize = 8;

// Which of the ints -64..191 a set holds, answered by one bit test instead
// of a probe (a lookup of an absent key walks the whole run of live and
// deleted slots it lands in). It is exact only while every key is a small
// int: a bool, float or int-subclass key may equal one, so `complete` drops
// at the first such key and comes back when the set is emptied.
struct SmallIntIndex {
  static constexpr int64_t kLow = -64;
  static constexpr int64_t kHigh = 192;
  enum Answer { kAbsent, kPresent, kUnknown };

  Answer find(const Value& key) const {
    if (!complete || !in_window(key)) return kUnknown;
    const uint64_t bit = bit_of(key);
    return (bits[bit / 64] >> (bit % 64)) & 1 ? kPresent : kAbsent;
  }
  void note_added(const Value& key) {
    if (!key.is_small_int()) {
      complete = false;
    } else if (in_window(key)) {
      const uint64_t bit = bit_of(key);
      bits[bit / 64] |= uint64_t{1} << (bit % 64);
    }
  }
  void note_removed(const Value& key) {
    if (!in_window(key)) return;
    const uint64_t bit = bit_of(key);
    bits[bit / 64] &= ~(uint64_t{1} << (bit % 64));
  }
  void reset() { *this = SmallIntIndex(); }

  uint64_t bits[(kHigh - kLow) / 64] = {};
  bool complete = true;

 private:
  static bool in_window(const Value& key) {
    return key.is_small_int() && key.as_small_int() >= kLow && key.as_small_int() < kHigh;
  }
  static uint64_t bit_of(const Value& key) {
    return static_cast<uint64_t>(key.as_small_int() - kLow);
  }
};

struct Set : Object {
  Set() = default;
  ~Set();

  size_t fill = 0;  // live + dummy slots
  size_t used = 0;  // live slots
  size_t mask = kSetMinSize - 1;
  SetEntry* table = small_table;
  size_t finger = 0;   // where set.pop() resumes its search
  int64_t hash = -1;   // frozenset's cached hash
  SmallIntIndex small_ints;
  SetEntry small_table[kSetMinSize];
};
bool has_layout(const Object* object, const Set*);

Ref<Set> make_set(Runtime& rt, Type* type);
// set(iterable) / frozenset(iterable) of the given type.
Value set_from_iterable(Runtime& rt, Type* type, const Value& iterable);
bool set_add(Runtime& rt, Set* set, const Value& key);
// 1 present, 0 absent, -1 error.
int set_contains(Runtime& rt, Set* set, const Value& key);
// `key in set` (the type's contains slot): as set_contains, but a set key
// is looked for as a frozenset.
int set_contains_slot(Runtime& rt, const Value& self, const Value& key);
// 1 removed, 0 absent, -1 error.
int set_discard(Runtime& rt, Set* set, const Value& key);
bool set_update(Runtime& rt, Set* set, const Value& iterable);
// Iteration over live entries: `position` starts at 0.
bool set_next(const Set* set, size_t* position, SetEntry** entry);

// A set's exact layout, for the bytecode file: iteration order follows the
// table, and the table depends on the order items were added, so a
// frozenset constant is saved with its table size and each item's slot.
struct SetSlot {
  size_t position;
  Value key;
};
size_t set_table_size(const Set* set);
// Fills an empty set with `entries` at their positions in a table of
// `table_size` slots. False (the set left empty) if the layout is not one
// the set's own probing would produce: a size that is not a power of two or
// is out of proportion to the item count, a position outside the table or
// taken twice, an unhashable item, or an item its lookup would not find.
bool set_restore_layout(Runtime& rt, Set* set, size_t table_size, const std::vector<SetSlot>& entries);

void init_set_types(Runtime& rt);

}  // namespace pyvm
