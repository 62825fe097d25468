// range objects: length, indexing, slicing (a range of a range is a range),
// membership in O(1) for ints, and the range iterator.
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

int64_t range_length_of(int64_t start, int64_t stop, int64_t step) {
  // Computed in unsigned arithmetic: stop - start may overflow int64.
  if (step > 0 && start < stop) {
    return static_cast<int64_t>((static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) /
                                static_cast<uint64_t>(step)) + 1;
  }
  if (step < 0 && start > stop) {
    return static_cast<int64_t>((static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) /
                                (0 - static_cast<uint64_t>(step))) + 1;
  }
  return 0;
}

int64_t item_at(const Range* r, int64_t i) { return r->start + i * r->step; }

bool range_argument(Runtime& rt, const Value& v, int64_t* out) {
  Value index = index_value(rt, v);
  if (index.is_null()) return false;
  if (!int_to_int64(index, out)) {
    rt.raise(Exc::kOverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

Value range_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "range", kwnames)) return Value();
  if (!expect_positional(rt, "range", nargs, nullptr, 1, 3)) return Value();
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) {
    if (!range_argument(rt, args[0], &stop)) return Value();
  } else {
    if (!range_argument(rt, args[0], &start) || !range_argument(rt, args[1], &stop)) return Value();
    if (nargs == 3 && !range_argument(rt, args[2], &step)) return Value();
    if (step == 0) return rt.raise(Exc::kValueError, "range() arg 3 must not be zero");
  }
  return make_range(rt, start, stop, step);
}

Value range_repr(Runtime& rt, const Value& self) {
  Range* r = as_range(self);
  if (r->step == 1) return make_str(rt, cat("range(", r->start, ", ", r->stop, ")"));
  return make_str(rt, cat("range(", r->start, ", ", r->stop, ", ", r->step, ")"));
}

int64_t range_length(Runtime&, const Value& self) { return as_range(self)->length; }

int range_truth(Runtime&, const Value& self) { return as_range(self)->length != 0; }

Value range_getitem(Runtime& rt, const Value& self, const Value& key) {
  Range* r = as_range(self);
  if (is_slice(rt, key)) {
    SliceIndices s;
    if (!slice_indices(rt, key, r->length, &s)) return Value();
    return make_range(rt, item_at(r, s.start), item_at(r, s.start) + s.length * r->step * s.step,
                      r->step * s.step);
  }
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    return rt.raise(Exc::kTypeError,
                    cat("range indices must be integers or slices, not ", type_name(rt, key)));
  }
  int64_t i;
  if (!index_as_int64(rt, key, &i)) return Value();
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return rt.raise(Exc::kIndexError, "range object index out of range");
  return Value::small_int(item_at(r, i));
}

// Where an int value sits in the range: its index, or -1.
int64_t position_of(const Range* r, const Value& v) {
  int64_t x;
  if (!int_to_int64(v, &x)) return -1;
  if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
  const int64_t offset = x - r->start;
  if (offset % r->step != 0) return -1;
  return offset / r->step;
}

int range_contains(Runtime& rt, const Value& self, const Value& item) {
  if (is_int(item) && !item.is_bool()) return position_of(as_range(self), item) >= 0;
  Range* r = as_range(self);
  for (int64_t i = 0; i < r->length; ++i) {
    const int equal = equals(rt, Value::small_int(item_at(r, i)), item);
    if (equal != 0) return equal;
  }
  return 0;
}

Value range_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (rt.type_of(b) != rt.range_type || (op != CompareOp::kEqual && op != CompareOp::kNotEqual)) {
    return rt.not_implemented();
  }
  Range* x = as_range(a);
  Range* y = as_range(b);
  // Equal as sequences: same length, and (if non-empty) same start and,
  // when longer than one, same step.
  bool equal = x->length == y->length &&
               (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  return Value::boolean(op == CompareOp::kEqual ? equal : !equal);
}

bool range_hash(Runtime& rt, const Value& self, int64_t* out) {
  Range* r = as_range(self);
  Value parts[3] = {Value::small_int(r->length), Value::none(), Value::none()};
  if (r->length > 0) parts[1] = Value::small_int(r->start);
  if (r->length > 1) parts[2] = Value::small_int(r->step);
  Ref<Tuple> tuple = make_tuple(rt, {parts[0], parts[1], parts[2]});
  return tuple_hash(rt, tuple.get(), out);
}

Value range_iter(Runtime& rt, const Value& self) {
  Range* r = as_range(self);
  auto* it = new_object<RangeIterator>(rt.gc, rt.range_iterator_type, 0);
  it->next = r->start;
  it->step = r->step;
  it->remaining = r->length;
  return Value::steal(it);
}

Value range_reversed(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "range.__reversed__", nargs - 1, kwnames)) return Value();
  Range* r = as_range(args[0]);
  auto* it = new_object<RangeIterator>(rt.gc, rt.range_iterator_type, 0);
  it->next = r->length > 0 ? item_at(r, r->length - 1) : r->start;
  it->step = -r->step;
  it->remaining = r->length;
  return Value::steal(it);
}

Value range_iterator_next(Runtime&, const Value& self) {
  auto* it = self.as<RangeIterator>();
  if (it->remaining <= 0) return Value();
  const int64_t value = it->next;
  --it->remaining;
  if (it->remaining > 0) it->next += it->step;
  return Value::small_int(value);
}

Value range_iterator_length_hint(Runtime&, const Value* args, size_t, Tuple*) {
  return Value::small_int(args[0].as<RangeIterator>()->remaining);
}

Value iterator_self(Runtime&, const Value& self) { return self; }

Value range_index(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "range.index", nargs - 1, kwnames)) return Value();
  Range* r = as_range(args[0]);
  if (is_int(args[1])) {
    const int64_t position = position_of(r, args[1]);
    if (position >= 0) return Value::small_int(position);
  } else {
    for (int64_t i = 0; i < r->length; ++i) {
      const int equal = equals(rt, Value::small_int(item_at(r, i)), args[1]);
      if (equal < 0) return Value();
      if (equal) return Value::small_int(i);
    }
  }
  std::string text;
  if (!repr_text(rt, args[1], &text)) return Value();
  return rt.raise(Exc::kValueError, cat(text, " is not in range"));
}

Value range_count(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "range.count", nargs - 1, kwnames)) return Value();
  Range* r = as_range(args[0]);
  if (is_int(args[1])) return Value::small_int(position_of(r, args[1]) >= 0 ? 1 : 0);
  int64_t count = 0;
  for (int64_t i = 0; i < r->length; ++i) {
    const int equal = equals(rt, Value::small_int(item_at(r, i)), args[1]);
    if (equal < 0) return Value();
    count += equal;
  }
  return Value::small_int(count);
}

Value range_start(Runtime&, const Value& self) { return Value::small_int(as_range(self)->start); }
Value range_stop(Runtime&, const Value& self) { return Value::small_int(as_range(self)->stop); }
Value range_step(Runtime&, const Value& self) { return Value::small_int(as_range(self)->step); }

const MethodDef kRangeMethods[] = {
    {"index", range_index},
    {"count", range_count},
    {"__reversed__", range_reversed},
};
const GetSetDef kRangeGetSets[] = {{"start", range_start}, {"stop", range_stop}, {"step", range_step}};
const MethodDef kRangeIteratorMethods[] = {{"__length_hint__", range_iterator_length_hint}};

void free_plain(Object* self) { Gc::free_memory(self, false); }

}  // namespace

Value make_range(Runtime& rt, int64_t start, int64_t stop, int64_t step) {
  Range* r = new_object<Range>(rt.gc, rt.range_type, 0);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = range_length_of(start, stop, step);
  return Value::steal(r);
}

void init_range_type(Runtime& rt) {
  Type* type = rt.range_type;
  define_builtin_type(rt, type, "range", rt.object_type, sizeof(Range), 0, free_plain);
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
}

}  // namespace pyvm
