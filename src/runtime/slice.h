// SPDX-License-Identifier: GPL-3.0-or-later
// slice objects (a[start:stop:step]) and the index arithmetic every sequence
// shares: clamping start/stop to the length and counting the selected items.
#pragma once

#include <cstdint>
#include <limits>

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
// building a slice object); null parts count as None.
bool slice_unpack_parts_converting(Runtime& rt, const Value& start, const Value& stop,
                                   const Value& step, SliceBounds* out);
// slice_unpack_parts_converting, with the usual parts (small ints and None,
// a non-zero step) inline: slicing in a loop (p[k::-1]) calls no function.
inline bool slice_unpack_parts(Runtime& rt, const Value& start, const Value& stop,
                               const Value& step, SliceBounds* out) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  auto plain = [](const Value& v) { return v.is_small_int() || v.is_none() || v.is_null(); };
  if (!plain(start) || !plain(stop) || !plain(step)) [[unlikely]] {
    return slice_unpack_parts_converting(rt, start, stop, step, out);
  }
  const int64_t step_value = step.is_small_int() ? step.as_small_int() : 1;
  if (step_value == 0 || step_value == kMin) [[unlikely]] {
    return slice_unpack_parts_converting(rt, start, stop, step, out);
  }
  out->step = step_value;
  out->start = start.is_small_int() ? start.as_small_int() : step_value < 0 ? kMax : 0;
  out->stop = stop.is_small_int() ? stop.as_small_int() : step_value < 0 ? kMin : kMax;
  return true;
}
// The position of the k-th item (k < length) a slice selects. Computed, not
// stepped to from the item before: a step beyond 64 bits is clamped to the
// largest int64, and one step more past the last item would overflow.
inline int64_t slice_position(const SliceIndices& s, int64_t k) { return s.start + k * s.step; }
// The positions the bounds select in a sequence of `length` items
// (PySlice_AdjustIndices).
inline SliceIndices slice_adjust(const SliceBounds& bounds, int64_t length) {
  const int64_t step = bounds.step;
  auto adjust = [&](int64_t bound) {
    if (bound < 0) return bound < -length ? (step < 0 ? -1 : 0) : bound + length;
    if (bound >= length) return step < 0 ? length - 1 : length;
    return bound;
  };
  const int64_t start = adjust(bounds.start);
  const int64_t stop = adjust(bounds.stop);
  // (Steps of 1 and -1, nearly all slices, skip the division: a 64-bit
  // divide costs dozens of cycles.)
  int64_t count = 0;
  if (step < 0) {
    if (stop < start) count = step == -1 ? start - stop : (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    count = step == 1 ? stop - start : (stop - start - 1) / step + 1;
  }
  return {start, stop, step, count};
}
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
