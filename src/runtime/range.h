// range: an immutable arithmetic sequence of ints, and its iterator (which
// the interpreter's FOR_ITER runs without calling through a slot).
#pragma once

#include <cstdint>

#include "runtime/object.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

struct Range : Object {
  int64_t start = 0;
  int64_t stop = 0;
  int64_t step = 1;
  int64_t length = 0;
};

struct RangeIterator : Object {
  int64_t next = 0;
  int64_t step = 1;
  int64_t remaining = 0;
};

Value make_range(Runtime& rt, int64_t start, int64_t stop, int64_t step);

void init_range_type(Runtime& rt);

}  // namespace pyvm
