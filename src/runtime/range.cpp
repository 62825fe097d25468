// SPDX-License-Identifier: GPL-3.0-or-later
// range objects: length, indexing, slicing (a range of a range is a range),
// membership in O(1) for ints, and the range iterators. Bounds are Python
// ints of any size, as in CPython; arithmetic on them goes through
// int_binary, with int64 fast paths where the hot operations need them.
#include "runtime/range.h"

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

Range* as_range(const Value& v) { return v.as<Range>(); }

Value add(Runtime& rt, const Value& a, const Value& b) { return int_binary(rt, BinaryOp::kAdd, a, b); }
Value subtract(Runtime& rt, const Value& a, const Value& b) {
  return int_binary(rt, BinaryOp::kSubtract, a, b);
}
Value multiply(Runtime& rt, const Value& a, const Value& b) {
  return int_binary(rt, BinaryOp::kMultiply, a, b);
}

// The number of items of range(start, stop, step) (CPython's
// compute_range_length): (hi - lo - 1) // |step| + 1 when lo < hi.
Value range_length_of(Runtime& rt, const Value& start, const Value& stop, const Value& step) {
  if (start.is_small_int() && stop.is_small_int() && step.is_small_int()) {
    const int64_t a = start.as_small_int(), b = stop.as_small_int(), s = step.as_small_int();
    // Unsigned arithmetic: stop - start may overflow int64.
    uint64_t count = 0;
    if (s > 0 && a < b) {
      count = (static_cast<uint64_t>(b) - static_cast<uint64_t>(a) - 1) / static_cast<uint64_t>(s) + 1;
    } else if (s < 0 && a > b) {
      count = (static_cast<uint64_t>(a) - static_cast<uint64_t>(b) - 1) / (0 - static_cast<uint64_t>(s)) + 1;
    }
    if (count <= static_cast<uint64_t>(INT64_MAX)) return Value::small_int(static_cast<int64_t>(count));
  }
  const bool forward = int_sign(step) > 0;
  const Value& low = forward ? start : stop;
  const Value& high = forward ? stop : start;
  if (int_compare(low, high) >= 0) return Value::small_int(0);
  Value magnitude = forward ? step : int_binary(rt, BinaryOp::kSubtract, Value::small_int(0), step);
  if (magnitude.is_null()) return magnitude;
  Value span = subtract(rt, high, low);
  if (span.is_null()) return span;
  span = subtract(rt, span, Value::small_int(1));
  if (span.is_null()) return span;
  Value quotient = int_binary(rt, BinaryOp::kFloorDivide, span, magnitude);
  if (quotient.is_null()) return quotient;
  return add(rt, quotient, Value::small_int(1));
}

// The item at index i (0 <= i < length): start + i * step.
Value item_at(Runtime& rt, const Range* r, const Value& i) {
  if (i.is_small_int() && r->start.is_small_int() && r->step.is_small_int()) {
    int64_t offset, item;
    if (!__builtin_mul_overflow(i.as_small_int(), r->step.as_small_int(), &offset) &&
        !__builtin_add_overflow(r->start.as_small_int(), offset, &item)) {
      return Value::small_int(item);
    }
  }
  Value offset = multiply(rt, i, r->step);
  if (offset.is_null()) return offset;
  return add(rt, r->start, offset);
}

Value make_range_values(Runtime& rt, Value start, Value stop, Value step) {
  Value length = range_length_of(rt, start, stop, step);
  if (length.is_null()) return length;
  Range* r = new_object<Range>(rt.gc, rt.range_type, 0);
  r->start = std::move(start);
  r->stop = std::move(stop);
  r->step = std::move(step);
  r->length = std::move(length);
  return Value::steal(r);
}

Value range_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "range", kwnames)) return Value();
  if (!expect_positional(rt, "range", nargs, nullptr, 1, 3)) return Value();
  Value bounds[3] = {Value::small_int(0), Value(), Value::small_int(1)};
  if (nargs == 1) {
    bounds[1] = index_value(rt, args[0]);
    if (bounds[1].is_null()) return Value();
  } else {
    for (size_t i = 0; i < nargs; ++i) {
      bounds[i] = index_value(rt, args[i]);
      if (bounds[i].is_null()) return Value();
    }
    if (int_sign(bounds[2]) == 0) return rt.raise(Exc::kValueError, "range() arg 3 must not be zero");
  }
  return make_range_values(rt, std::move(bounds[0]), std::move(bounds[1]), std::move(bounds[2]));
}

Value range_repr(Runtime& rt, const Value& self) {
  Range* r = as_range(self);
  const std::string start = int_to_decimal(r->start), stop = int_to_decimal(r->stop);
  if (r->step.is_small_int() && r->step.as_small_int() == 1) return make_str(rt, cat("range(", start, ", ", stop, ")"));
  return make_str(rt, cat("range(", start, ", ", stop, ", ", int_to_decimal(r->step), ")"));
}

int64_t range_length(Runtime& rt, const Value& self) {
  int64_t length;
  if (!int_to_int64(as_range(self)->length, &length)) {
    rt.raise(Exc::kOverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return length;
}

int range_truth(Runtime&, const Value& self) { return int_sign(as_range(self)->length) != 0; }

// r[slice] is range(r[start], r[stop], r.step * slice.step) over the
// slice's clamped positions.
Value range_slice(Runtime& rt, const Range* r, const Value& slice) {
  LongSliceIndices s;
  if (!slice_long_indices(rt, slice, r->length, &s)) return Value();
  Value start = item_at(rt, r, s.start);
  if (start.is_null()) return start;
  Value stop = item_at(rt, r, s.stop);
  if (stop.is_null()) return stop;
  Value step = multiply(rt, r->step, s.step);
  if (step.is_null()) return step;
  return make_range_values(rt, std::move(start), std::move(stop), std::move(step));
}

Value range_getitem(Runtime& rt, const Value& self, const Value& key) {
  Range* r = as_range(self);
  if (is_slice(rt, key)) return range_slice(rt, r, key);
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    return rt.raise(Exc::kTypeError,
                    cat("range indices must be integers or slices, not ", type_name(rt, key)));
  }
  Value i = index_value(rt, key);
  if (i.is_null()) return i;
  if (int_sign(i) < 0) {
    i = add(rt, i, r->length);
    if (i.is_null()) return i;
  }
  if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
    return rt.raise(Exc::kIndexError, "range object index out of range");
  }
  return item_at(rt, r, i);
}

// Whether an int is one of the range's items (CPython's range_contains_long).
int contains_int(Runtime& rt, const Range* r, const Value& x) {
  const bool forward = int_sign(r->step) > 0;
  const bool inside = forward ? int_compare(r->start, x) <= 0 && int_compare(x, r->stop) < 0
                              : int_compare(r->stop, x) < 0 && int_compare(x, r->start) <= 0;
  if (!inside) return 0;
  Value offset = subtract(rt, x, r->start);
  if (offset.is_null()) return -1;
  Value remainder = int_binary(rt, BinaryOp::kRemainder, offset, r->step);
  if (remainder.is_null()) return -1;
  return int_sign(remainder) == 0;
}

// Whether membership is arithmetic: exact ints and bools, as in CPython
// (an int subclass could override __eq__).
bool is_plain_int(Runtime& rt, const Value& v) {
  return v.is_small_int() || v.is_bool() || rt.type_of(v) == rt.int_type;
}

// Compares each item with `item` in order; `on_match` returns true to stop.
// Returns false on error.
template <class OnMatch>
bool search_items(Runtime& rt, const Range* r, const Value& item, OnMatch on_match) {
  Value current = r->start;
  for (Value i = Value::small_int(0); int_compare(i, r->length) < 0;) {
    const int equal = equals(rt, current, item);
    if (equal < 0) return false;
    if (equal && on_match(i)) return true;
    current = add(rt, current, r->step);
    i = add(rt, i, Value::small_int(1));
    if (current.is_null() || i.is_null()) return false;
  }
  return true;
}

int range_contains(Runtime& rt, const Value& self, const Value& item) {
  Range* r = as_range(self);
  if (is_plain_int(rt, item)) return contains_int(rt, r, item);
  bool found = false;
  if (!search_items(rt, r, item, [&](const Value&) { return found = true; })) return -1;
  return found;
}

Value range_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (rt.type_of(b) != rt.range_type || (op != CompareOp::kEqual && op != CompareOp::kNotEqual)) {
    return rt.not_implemented();
  }
  Range* x = as_range(a);
  Range* y = as_range(b);
  // Equal as sequences: same length and, if non-empty, the same start and,
  // when longer than one, the same step.
  bool equal = int_compare(x->length, y->length) == 0;
  if (equal && int_sign(x->length) != 0) {
    equal = int_compare(x->start, y->start) == 0;
    const bool single = x->length.is_small_int() && x->length.as_small_int() == 1;
    if (equal && !single) equal = int_compare(x->step, y->step) == 0;
  }
  return Value::boolean(op == CompareOp::kEqual ? equal : !equal);
}

bool range_hash(Runtime& rt, const Value& self, int64_t* out) {
  Range* r = as_range(self);
  Value parts[3] = {r->length, Value::none(), Value::none()};
  if (int_sign(r->length) != 0) {
    parts[1] = r->start;
    if (!(r->length.is_small_int() && r->length.as_small_int() == 1)) parts[2] = r->step;
  }
  Ref<Tuple> tuple = make_tuple(rt, {parts[0], parts[1], parts[2]});
  return tuple_hash(rt, tuple.get(), out);
}

// An iterator from `first` by `step` over `count` items: the int64 one when
// every item fits, else the Python-int one.
Value make_range_iterator(Runtime& rt, const Value& first, const Value& last, const Value& step,
                          const Value& count) {
  if (first.is_small_int() && last.is_small_int() && step.is_small_int() && count.is_small_int()) {
    auto* it = new_object<RangeIterator>(rt.gc, rt.range_iterator_type, 0);
    it->next = first.as_small_int();
    it->step = step.as_small_int();
    it->remaining = count.as_small_int();
    return Value::steal(it);
  }
  auto* it = new_object<LongRangeIterator>(rt.gc, rt.long_range_iterator_type, 0);
  it->next = first;
  it->step = step;
  it->remaining = count;
  return Value::steal(it);
}

// The last item of a non-empty range (its start when empty).
Value last_item(Runtime& rt, const Range* r) {
  if (int_sign(r->length) == 0) return r->start;
  Value index = subtract(rt, r->length, Value::small_int(1));
  if (index.is_null()) return index;
  return item_at(rt, r, index);
}

Value range_iter(Runtime& rt, const Value& self) {
  Range* r = as_range(self);
  Value last = last_item(rt, r);
  if (last.is_null()) return last;
  return make_range_iterator(rt, r->start, last, r->step, r->length);
}

Value range_reversed(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "range.__reversed__", nargs - 1, kwnames)) return Value();
  Range* r = as_range(args[0]);
  Value last = last_item(rt, r);
  if (last.is_null()) return last;
  Value step = int_binary(rt, BinaryOp::kSubtract, Value::small_int(0), r->step);
  if (step.is_null()) return step;
  return make_range_iterator(rt, last, r->start, step, r->length);
}

Value range_iterator_next(Runtime&, const Value& self) {
  auto* it = self.as<RangeIterator>();
  if (it->remaining <= 0) return Value();
  const int64_t value = it->next;
  // The step past the last item is never taken: it could overflow.
  if (--it->remaining > 0) it->next += it->step;
  return Value::small_int(value);
}

Value range_iterator_length_hint(Runtime&, const Value* args, size_t, Tuple*) {
  return Value::small_int(args[0].as<RangeIterator>()->remaining);
}

Value long_range_iterator_next(Runtime& rt, const Value& self) {
  auto* it = self.as<LongRangeIterator>();
  if (int_sign(it->remaining) <= 0) return Value();
  Value value = it->next;
  Value next = add(rt, it->next, it->step);
  if (next.is_null()) return next;
  Value remaining = subtract(rt, it->remaining, Value::small_int(1));
  if (remaining.is_null()) return remaining;
  it->next = std::move(next);
  it->remaining = std::move(remaining);
  return value;
}

Value long_range_iterator_length_hint(Runtime&, const Value* args, size_t, Tuple*) {
  return args[0].as<LongRangeIterator>()->remaining;
}

Value iterator_self(Runtime&, const Value& self) { return self; }

Value range_index(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "range.index", nargs - 1, kwnames)) return Value();
  Range* r = as_range(args[0]);
  const Value& item = args[1];
  if (!is_plain_int(rt, item)) {
    Value position;
    if (!search_items(rt, r, item, [&](const Value& i) { position = i; return true; })) return Value();
    if (position.is_null()) return rt.raise(Exc::kValueError, "sequence.index(x): x not in sequence");
    return position;
  }
  const int found = contains_int(rt, r, item);
  if (found < 0) return Value();
  if (found == 0) {
    std::string text;
    if (!repr_text(rt, item, &text)) return Value();
    return rt.raise(Exc::kValueError, cat(text, " is not in range"));
  }
  Value offset = subtract(rt, item, r->start);
  if (offset.is_null()) return offset;
  return int_binary(rt, BinaryOp::kFloorDivide, offset, r->step);
}

Value range_count(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "range.count", nargs - 1, kwnames)) return Value();
  Range* r = as_range(args[0]);
  if (is_plain_int(rt, args[1])) {
    const int found = contains_int(rt, r, args[1]);
    return found < 0 ? Value() : Value::small_int(found);
  }
  int64_t count = 0;
  if (!search_items(rt, r, args[1], [&](const Value&) { ++count; return false; })) return Value();
  return Value::small_int(count);
}

Value range_start(Runtime&, const Value& self) { return as_range(self)->start; }
Value range_stop(Runtime&, const Value& self) { return as_range(self)->stop; }
Value range_step(Runtime&, const Value& self) { return as_range(self)->step; }

const MethodDef kRangeMethods[] = {
    {"index", range_index},
    {"count", range_count},
    {"__reversed__", range_reversed},
};
const GetSetDef kRangeGetSets[] = {{"start", range_start}, {"stop", range_stop}, {"step", range_step}};
const MethodDef kRangeIteratorMethods[] = {{"__length_hint__", range_iterator_length_hint}};
const MethodDef kLongRangeIteratorMethods[] = {{"__length_hint__", long_range_iterator_length_hint}};

void free_plain(Object* self) { Gc::free_memory(self, false); }

}  // namespace

Value make_range(Runtime& rt, int64_t start, int64_t stop, int64_t step) {
  return make_range_values(rt, Value::small_int(start), Value::small_int(stop), Value::small_int(step));
}

void init_range_type(Runtime& rt) {
  Type* type = rt.range_type;
  define_builtin_type(rt, type, "range", rt.object_type, sizeof(Range), kTypeSequence,
                      dealloc_object<Range>);
  type->repr = range_repr;
  type->length = range_length;
  type->truth = range_truth;
  type->getitem = range_getitem;
  type->contains = range_contains;
  type->compare = range_compare;
  type->hash = range_hash;
  type->iter = range_iter;
  type->new_instance = range_new;
  add_methods(rt, type, kRangeMethods);
  add_getsets(rt, type, kRangeGetSets);

  Type* iterator = rt.range_iterator_type;
  define_builtin_type(rt, iterator, "range_iterator", rt.object_type, sizeof(RangeIterator), 0,
                      free_plain);
  iterator->iter = iterator_self;
  iterator->next = range_iterator_next;
  add_methods(rt, iterator, kRangeIteratorMethods);

  Type* long_iterator = rt.long_range_iterator_type;
  define_builtin_type(rt, long_iterator, "longrange_iterator", rt.object_type,
                      sizeof(LongRangeIterator), 0, dealloc_object<LongRangeIterator>);
  long_iterator->iter = iterator_self;
  long_iterator->next = long_range_iterator_next;
  add_methods(rt, long_iterator, kLongRangeIteratorMethods);
}

bool has_layout(const Object* object, const LongRangeIterator*) {
  return layout_extends(object, object->type->runtime->long_range_iterator_type);
}

bool has_layout(const Object* object, const Range*) {
  return layout_extends(object, object->type->runtime->range_type);
}

bool has_layout(const Object* object, const RangeIterator*) {
  return layout_extends(object, object->type->runtime->range_iterator_type);
}

}  // namespace pyvm
