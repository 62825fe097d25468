// slice objects (a[start:stop:step]) and the index arithmetic every sequence
// shares: clamping start/stop to the length and counting the selected items.
#pragma once

#include <cstdint>

#include "runtime/object.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

struct Slice : Object {
  Value start;  // None when omitted
  Value stop;
  Value step;
};

// The concrete positions a slice selects in a sequence of `length` items.
struct SliceIndices {
  int64_t start = 0;
  int64_t stop = 0;
  int64_t step = 1;
  int64_t length = 0;  // number of items selected
};

bool is_slice(Runtime& rt, const Value& value);
Value make_slice(Runtime& rt, Value start, Value stop, Value step);
// slice.indices(length) semantics; false with an exception on a bad slice
// (step zero, non-integer bounds).
bool slice_indices(Runtime& rt, const Value& slice, int64_t length, SliceIndices* out);
// The same for the parts of a slice given separately (a[i:j] without
// building a slice object).
bool slice_indices_from(Runtime& rt, const Value& start, const Value& stop, const Value& step,
                        int64_t length, SliceIndices* out);

// The positions a slice selects as Python ints, for lengths and bounds that
// may not fit in int64 (slice.indices, slicing a range): CPython's
// _PySlice_GetLongIndices. `length` is a non-negative int.
struct LongSliceIndices {
  Value start;
  Value stop;
  Value step;
};
bool slice_long_indices(Runtime& rt, const Value& slice, const Value& length, LongSliceIndices* out);

void init_slice_type(Runtime& rt);

}  // namespace pyvm
