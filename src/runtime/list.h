// SPDX-License-Identifier: GPL-3.0-or-later
// list: a mutable sequence backed by a vector of values.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/out_of_memory.h"
#include "runtime/slice.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

// A list's items: small arrays from the runtime's object pool, as objects
// (gc.h's PooledAllocator), all held to the allocation limit and the memory
// account.
using ListItems = std::vector<Value, PooledAllocator<Value>>;

struct List : Object {
  explicit List(Gc& gc) : items(PooledAllocator<Value>(&gc)) {}
  ~List();  // releases the items last first, as CPython
  ListItems items;
};
bool has_layout(const Object* object, const List*);

// The iterator of lists (and, counting down, of reversed lists); the
// interpreter's FOR_ITER steps it inline.
struct ListIterator : Object {
  Value list;  // null once exhausted
  size_t index = 0;
};
bool has_layout(const Object* object, const ListIterator*);

inline bool is_list(const Value& v) {
  return v.is_object() && v.as_object()->type->has_flag(kTypeListSubclass);
}
inline List* as_list(const Value& v) { return v.as<List>(); }

Ref<List> make_list(Runtime& rt, size_t reserve = 0);
Ref<List> make_list(Runtime& rt, std::span<const Value> items);
// list(iterable)
Value list_from_iterable(Runtime& rt, const Value& iterable);
// list.extend(iterable)
bool list_extend(Runtime& rt, List* list, const Value& iterable);
Value list_slice(Runtime& rt, List* list, int64_t start, int64_t stop);
// list[start:stop:step] and list[start:stop:step] = value (null value: del)
// for unpacked bounds (slice.h); each fits them to the list's length at the
// moment it uses them, since making the new items may resize the list.
Value list_get_slice(Runtime& rt, List* list, const SliceBounds& bounds);
bool list_set_slice(Runtime& rt, List* list, const SliceBounds& bounds, const Value& value);
// list.sort(key=..., reverse=...): stable, as CPython's.
bool list_sort(Runtime& rt, List* list, const Value& key, bool reverse);

void init_list_type(Runtime& rt);

}  // namespace pyvm
