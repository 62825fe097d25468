// SPDX-License-Identifier: GPL-3.0-or-later
// Operations list and tuple share, over a plain array of values:
// lexicographic comparison, repr with brackets, index and count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/live_items.h"
#include "runtime/runtime.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

// Python's sequence comparison: the first unequal pair decides, else lengths.
// Lists are read live (live_items.h): an item's __eq__ may mutate them.
Value sequence_compare(Runtime& rt, const LiveItems& a, const LiveItems& b, CompareOp op);
// "[1, 2]" / "(1,)": the items' reprs between `open` and `close`, for a list
// or a tuple. The sequence is checked against the containers being printed,
// so that a list inside itself prints as "[...]".
Value sequence_repr(Runtime& rt, const Value& sequence, const char* open, const char* close);
// Marks a container as being printed for the duration of a repr; `entered`
// is false when it already was (the caller prints "...").
class ReprGuard {
 public:
  ReprGuard(Runtime& rt, Object* container);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool entered() const { return entered_; }

 private:
  Runtime& rt_;
  bool entered_;
};
// seq.index(value, start, stop) and seq.count(value) for a list or a tuple,
// args as the method got them (args[0] is the sequence).
Value sequence_index(Runtime& rt, const char* type_name, const Value* args, size_t nargs,
                     Tuple* kwnames);
Value sequence_count(Runtime& rt, const char* qualname, const Value* args, size_t nargs,
                     Tuple* kwnames);
// Clamps a start/stop argument of index() as CPython's slice rules do.
int64_t clamp_sequence_bound(int64_t bound, int64_t size);
// The optional start/end arguments args[first], args[first + 1] of str's and
// bytes' find, count, startswith...: slice bounds in code points (bytes for
// bytes), None meaning "from the beginning/to the end".
bool slice_bounds(Runtime& rt, const Value* args, size_t nargs, size_t first, int64_t length,
                  int64_t* start, int64_t* end);

}  // namespace pyvm
