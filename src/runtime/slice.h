// SPDX-License-Identifier: GPL-3.0-or-later
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
bool has_layout(const Object* object, const Slice*);

// The concrete positions a slice selects in a sequence of `length` items.
struct SliceIndices {
  int64_t start = 0;
  int64_t stop = 0;
  int64_t step = 1;
  int64_t length = 0;  // number of items selected
};

// A slice's parts converted to int64 (big values clamped, None replaced by
// the end the step points away from) but not yet fitted to a length:
// CPython's PySlice_Unpack.
struct SliceBounds {
  int64_t start = 0;
  int64_t stop = 0;
  int64_t step = 1;
};

bool is_slice(Runtime& rt, const Value& value);
Value make_slice(Runtime& rt, Value start, Value stop, Value step);
// Converts the parts; false with an exception on a bad slice (step zero,
// non-integer bounds). Conversion runs __index__, which is Python code that
// may resize the sequence being sliced, so a mutable sequence reads its
// length only afterwards (live_items.h).
bool slice_unpack(Runtime& rt, const Value& slice, SliceBounds* out);
// The same for the parts of a slice given separately (a[i:j] without
// building a slice object).
bool slice_unpack_parts(Runtime& rt, const Value& start, const Value& stop, const Value& step,
                        SliceBounds* out);
// The positions the bounds select in a sequence of `length` items
// (PySlice_AdjustIndices).
SliceIndices slice_adjust(const SliceBounds& bounds, int64_t length);
// Unpack and adjust in one step, for immutable sequences (whose length no
// __index__ can change): slice.indices(length) semantics.
bool slice_indices(Runtime& rt, const Value& slice, int64_t length, SliceIndices* out);
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
