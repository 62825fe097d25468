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
// null key and hash -1 (no real hash is -1).
struct SetEntry {
  int64_t hash = 0;
  Value key;
};

constexpr size_t kSetMinSize = 8;

struct Set : Object {
  Set() = default;
  ~Set();

  size_t fill = 0;  // live + dummy slots
  size_t used = 0;  // live slots
  size_t mask = kSetMinSize - 1;
  SetEntry* table = small_table;
  size_t finger = 0;   // where set.pop() resumes its search
  int64_t hash = -1;   // frozenset's cached hash
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
