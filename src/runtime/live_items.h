// SPDX-License-Identifier: GPL-3.0-or-later
// The re-entrancy rule for native code that works on a list, and LiveItems,
// the one way such code reads a list's items while it runs Python code.
//
// Any call that can run Python code (__eq__, __lt__, __index__, __repr__, a
// key function, an iterator or generator, ...) may mutate any list, the one
// being worked on included: clear it, shrink it, or grow it and so move its
// items to new storage. So across such a call native code keeps no pointer,
// reference or iterator into a list's `items`, and no size or position it
// computed before the call:
//   - it reads each item as a strong reference (LiveItems::at), so the item
//     outlives the call even if the list drops it, and re-reads the size
//     after every call (at() is null past the current end);
//   - it converts arguments that may run __index__ (indices, slice bounds,
//     repeat counts) before it reads the size;
//   - where it must see the items as they were (a[:] = a, sorting), it
//     copies them first.
// This is what CPython does (list.index, list.count, `in` and comparison
// re-check the size after each comparison), so results match it.
//
// Tuples are immutable and fixed-size, so a LiveItems over a tuple (or over
// any values Python code cannot reach) reads them in place.
#pragma once

#include <cstddef>
#include <span>

#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/value.h"

namespace pyvm {

class LiveItems {
 public:
  // A list's or a tuple's (or a subclass instance's) items; the sequence is
  // kept alive as long as this view.
  explicit LiveItems(const Value& sequence)
      : sequence_(sequence), list_(is_list(sequence) ? as_list(sequence) : nullptr) {
    if (list_ == nullptr) fixed_ = as_tuple(sequence)->span();
  }
  // Values no Python code can reach (a local array).
  explicit LiveItems(std::span<const Value> fixed) : fixed_(fixed) {}

  size_t size() const { return list_ ? list_->items.size() : fixed_.size(); }
  // The item at `index` as a strong reference, or null past the current end.
  Value at(size_t index) const {
    if (list_) return index < list_->items.size() ? list_->items[index] : Value();
    return index < fixed_.size() ? fixed_[index] : Value();
  }

 private:
  Value sequence_;  // keeps the list or tuple alive; null for a local array
  const List* list_ = nullptr;
  std::span<const Value> fixed_;  // a tuple's or a local array's items
};

}  // namespace pyvm
