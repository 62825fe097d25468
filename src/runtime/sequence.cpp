// SPDX-License-Identifier: GPL-3.0-or-later
// Operations list and tuple share (see sequence.h).
#include "runtime/sequence.h"

#include <algorithm>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

Value sequence_compare(Runtime& rt, const LiveItems& a, const LiveItems& b, CompareOp op) {
  size_t i = 0;
  for (; i < a.size() && i < b.size(); ++i) {
    const int equal = equals(rt, a.at(i), b.at(i));
    if (equal < 0) return Value();
    if (!equal) break;
  }
  const size_t a_size = a.size();
  const size_t b_size = b.size();
  if (i < a_size && i < b_size) {
    if (op == CompareOp::kEqual) return Value::boolean(false);
    if (op == CompareOp::kNotEqual) return Value::boolean(true);
    return compare(rt, a.at(i), b.at(i), op);
  }
  bool result = false;
  switch (op) {
    case CompareOp::kLess: result = a_size < b_size; break;
    case CompareOp::kLessEqual: result = a_size <= b_size; break;
    case CompareOp::kEqual: result = a_size == b_size; break;
    case CompareOp::kNotEqual: result = a_size != b_size; break;
    case CompareOp::kGreater: result = a_size > b_size; break;
    case CompareOp::kGreaterEqual: result = a_size >= b_size; break;
  }
  return Value::boolean(result);
}

ReprGuard::ReprGuard(Runtime& rt, Object* container) : rt_(rt) {
  for (Object* active : rt.repr_in_progress) {
    if (active == container) {
      entered_ = false;
      return;
    }
  }
  rt.repr_in_progress.push_back(container);
  entered_ = true;
}

ReprGuard::~ReprGuard() {
  if (entered_) rt_.repr_in_progress.pop_back();
}

Value sequence_repr(Runtime& rt, const Value& sequence, const char* open, const char* close) {
  ReprGuard guard(rt, sequence.as_object());
  if (!guard.entered()) return make_str(rt, cat(open, "...", close));
  const LiveItems items(sequence);
  std::string out = open;
  for (size_t i = 0;; ++i) {
    const Value item = items.at(i);
    if (item.is_null()) break;
    if (i > 0) out += ", ";
    if (!repr_text(rt, item, &out)) return Value();
  }
  out += close;
  return make_str(rt, out);
}

int64_t clamp_sequence_bound(int64_t bound, int64_t size) {
  if (bound < 0) {
    bound += size;
    if (bound < 0) bound = 0;
  }
  return bound > size ? size : bound;
}

namespace {

// A start/stop argument of index() as int64 (big values clamped), not yet
// fitted to the length: converting it may run __index__.
bool bound_argument(Runtime& rt, const Value& v, int64_t* out) {
  if (!is_int(v) && rt.type_of(v)->index == nullptr) {
    rt.raise(Exc::kTypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  const Value index = is_int(v) ? v : index_value(rt, v);
  return !index.is_null() && int_to_int64_clamped(index, out);
}

}  // namespace

Value sequence_index(Runtime& rt, const char* type_name, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  if (!expect_positional(rt, "index", nargs - 1, kwnames, 1, 3)) return Value();
  int64_t start = 0;
  int64_t stop = INT64_MAX;
  if (nargs > 2 && !bound_argument(rt, args[2], &start)) return Value();
  if (nargs > 3 && !bound_argument(rt, args[3], &stop)) return Value();
  // Negative bounds count from the end as it is after __index__ ran; the
  // search itself stops at the end as it is while __eq__ runs.
  const LiveItems items(args[0]);
  const auto size = static_cast<int64_t>(items.size());
  if (start < 0) start = std::max<int64_t>(start + size, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + size, 0);
  for (int64_t i = start; i < stop; ++i) {
    const Value item = items.at(static_cast<size_t>(i));
    if (item.is_null()) break;
    const int equal = equals(rt, item, args[1]);
    if (equal < 0) return Value();
    if (equal) return Value::small_int(i);
  }
  if (std::string_view(type_name) == "list") {
    std::string text;
    if (!repr_text(rt, args[1], &text)) return Value();
    return rt.raise(Exc::kValueError, cat(text, " is not in list"));
  }
  return rt.raise(Exc::kValueError, cat(type_name, ".index(x): x not in ", type_name));
}

Value sequence_count(Runtime& rt, const char* qualname, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  if (!expect_exactly_one(rt, qualname, nargs - 1, kwnames)) return Value();
  const LiveItems items(args[0]);
  int64_t count = 0;
  for (size_t i = 0;; ++i) {
    const Value item = items.at(i);
    if (item.is_null()) break;
    const int equal = equals(rt, item, args[1]);
    if (equal < 0) return Value();
    count += equal;
  }
  return Value::small_int(count);
}

bool slice_bounds(Runtime& rt, const Value* args, size_t nargs, size_t first, int64_t length,
                  int64_t* start, int64_t* end) {
  *start = 0;
  *end = length;
  auto bound = [&](const Value& v, int64_t* out) {
    if (v.is_none()) return true;
    int64_t value;
    if (is_int(v)) {
      int_to_int64_clamped(v, &value);
    } else if (rt.type_of(v)->index != nullptr) {
      if (!index_as_int64(rt, v, &value)) return false;
    } else {
      rt.raise(Exc::kTypeError,
               "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (value < 0) {
      value += length;
      if (value < 0) value = 0;
    }
    *out = value;
    return true;
  };
  if (nargs > first && !bound(args[first], start)) return false;
  if (nargs > first + 1 && !bound(args[first + 1], end)) return false;
  // The end is clamped to the length; a start beyond it stays, so that
  // ''.find('', 1) is -1 (CPython's ADJUST_INDICES).
  if (*end > length) *end = length;
  return true;
}

}  // namespace pyvm
