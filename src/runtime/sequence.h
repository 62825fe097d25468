// Operations list and tuple share, over a plain array of values:
// lexicographic comparison, repr with brackets, index and count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/runtime.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

// Python's sequence comparison: the first unequal pair decides, else lengths.
Value sequence_compare(Runtime& rt, const Value* a, size_t a_size, const Value* b,
                       size_t b_size, CompareOp op);
// "[1, 2]" / "(1,)": the items' reprs between `open` and `close`.
// `container` is checked against the containers being printed, so that a
// list inside itself prints as "[...]".
Value sequence_repr(Runtime& rt, Object* container, const char* open, const char* close);
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
// seq.index(value, start, stop) and seq.count(value), args as the method got them.
Value sequence_index(Runtime& rt, const char* type_name, const Value* items, size_t size,
                     const Value* args, size_t nargs, Tuple* kwnames);
Value sequence_count(Runtime& rt, const char* qualname, const Value* items, size_t size,
                     const Value* args, size_t nargs, Tuple* kwnames);
// Clamps a start/stop argument of index() as CPython's slice rules do.
int64_t clamp_sequence_bound(int64_t bound, int64_t size);

}  // namespace pyvm
