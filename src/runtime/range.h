// SPDX-License-Identifier: GPL-3.0-or-later
// range: an immutable arithmetic sequence of ints, and its iterator (which
// the interpreter's FOR_ITER runs without calling through a slot).
#pragma once

#include <cstdint>

#include "runtime/object.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

// The bounds are Python ints of any size (range(10**20) is fine); only
// len() needs the length to fit in int64.
struct Range : Object {
  Value start;
  Value stop;
  Value step;
  Value length;  // the number of items, computed once
};
bool has_layout(const Object* object, const Range*);

// Iterates a range whose items all fit in int64: the common case, which
// FOR_ITER runs inline.
struct RangeIterator : Object {
  int64_t next = 0;
  int64_t step = 1;
  int64_t remaining = 0;
};
bool has_layout(const Object* object, const RangeIterator*);

// Iterates any other range in Python int arithmetic.
struct LongRangeIterator : Object {
  Value next;
  Value step;
  Value remaining;
};
bool has_layout(const Object* object, const LongRangeIterator*);

Value make_range(Runtime& rt, int64_t start, int64_t stop, int64_t step);

void init_range_type(Runtime& rt);

}  // namespace pyvm
