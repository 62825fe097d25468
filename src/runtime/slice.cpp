// SPDX-License-Identifier: GPL-3.0-or-later
// slice objects and the index arithmetic of a[start:stop:step] (CPython's
// PySlice_Unpack and PySlice_AdjustIndices).
#include "runtime/slice.h"

#include <limits>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

Slice* as_slice(const Value& v) { return v.as<Slice>(); }

// A slice bound as int64, big values clamped (they select past either end).
bool slice_bound(Runtime& rt, const Value& v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!is_int(v) && rt.type_of(v)->index == nullptr) {
    rt.raise(Exc::kTypeError,
             "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value index = index_value(rt, v);
  if (index.is_null()) return false;
  return int_to_int64_clamped(index, out);
}

}  // namespace

bool is_slice(Runtime& rt, const Value& value) {
  return value.is_object() && value.as_object()->type == rt.slice_type;
}

Value make_slice(Runtime& rt, Value start, Value stop, Value step) {
  Slice* slice = new_object<Slice>(rt.gc, rt.slice_type, 0);
  slice->start = start.is_null() ? Value::none() : std::move(start);
  slice->stop = stop.is_null() ? Value::none() : std::move(stop);
  slice->step = step.is_null() ? Value::none() : std::move(step);
  return Value::steal(slice);
}

bool slice_unpack_parts_converting(Runtime& rt, const Value& start_value,
                                   const Value& stop_value, const Value& step_value,
                                   SliceBounds* out) {
  int64_t step = 1;
  if (!step_value.is_none() && !step_value.is_null()) {
    if (!slice_bound(rt, step_value, &step)) return false;
    if (step == 0) {
      rt.raise(Exc::kValueError, "slice step cannot be zero");
      return false;
    }
    if (step < -kMax) step = -kMax;  // so that -step cannot overflow
  }
  int64_t start, stop;
  if (start_value.is_none() || start_value.is_null()) {
    start = step < 0 ? kMax : 0;
  } else if (!slice_bound(rt, start_value, &start)) {
    return false;
  }
  if (stop_value.is_none() || stop_value.is_null()) {
    stop = step < 0 ? kMin : kMax;
  } else if (!slice_bound(rt, stop_value, &stop)) {
    return false;
  }
  *out = {start, stop, step};
  return true;
}

bool slice_unpack(Runtime& rt, const Value& slice, SliceBounds* out) {
  Slice* s = as_slice(slice);
  return slice_unpack_parts(rt, s->start, s->stop, s->step, out);
}

bool slice_indices_from(Runtime& rt, const Value& start, const Value& stop, const Value& step,
                        int64_t length, SliceIndices* out) {
  SliceBounds bounds;
  if (!slice_unpack_parts(rt, start, stop, step, &bounds)) return false;
  *out = slice_adjust(bounds, length);
  return true;
}

bool slice_indices(Runtime& rt, const Value& slice, int64_t length, SliceIndices* out) {
  Slice* s = as_slice(slice);
  return slice_indices_from(rt, s->start, s->stop, s->step, length, out);
}

namespace {

// A slice part as an int through __index__, with the slice's error message.
Value slice_part_as_int(Runtime& rt, const Value& v) {
  if (!is_int(v) && rt.type_of(v)->index == nullptr) {
    return rt.raise(Exc::kTypeError,
                    "slice indices must be integers or None or have an __index__ method");
  }
  return index_value(rt, v);
}

// A bound clamped into [lower, upper] after adding `length` to a negative one.
Value clamp_long_bound(Runtime& rt, Value bound, const Value& length, const Value& lower,
                       const Value& upper) {
  if (int_sign(bound) < 0) {
    bound = int_binary(rt, BinaryOp::kAdd, bound, length);
    if (bound.is_null()) return bound;
    if (int_compare(bound, lower) < 0) return lower;
  } else if (int_compare(bound, upper) > 0) {
    return upper;
  }
  return bound;
}

}  // namespace

bool slice_long_indices(Runtime& rt, const Value& slice, const Value& length, LongSliceIndices* out) {
  Slice* s = as_slice(slice);
  Value step = Value::small_int(1);
  if (!s->step.is_none()) {
    step = slice_part_as_int(rt, s->step);
    if (step.is_null()) return false;
    if (int_sign(step) == 0) {
      rt.raise(Exc::kValueError, "slice step cannot be zero");
      return false;
    }
  }
  const bool backwards = int_sign(step) < 0;
  const Value lower = Value::small_int(backwards ? -1 : 0);
  const Value upper = backwards ? int_binary(rt, BinaryOp::kSubtract, length, Value::small_int(1)) : length;
  if (upper.is_null()) return false;
  auto bound = [&](const Value& part, const Value& when_none) -> Value {
    if (part.is_none()) return when_none;
    Value v = slice_part_as_int(rt, part);
    if (v.is_null()) return v;
    return clamp_long_bound(rt, std::move(v), length, lower, upper);
  };
  Value start = bound(s->start, backwards ? upper : lower);
  if (start.is_null()) return false;
  Value stop = bound(s->stop, backwards ? lower : upper);
  if (stop.is_null()) return false;
  *out = {std::move(start), std::move(stop), std::move(step)};
  return true;
}

namespace {

void slice_traverse(Object* self, VisitFn visit, void* context) {
  Slice* s = static_cast<Slice*>(self);
  for (const Value* v : {&s->start, &s->stop, &s->step}) {
    if (v->is_object()) visit(v->as_object(), context);
  }
}

void slice_clear(Object* self) {
  Slice* s = static_cast<Slice*>(self);
  Value a = std::move(s->start), b = std::move(s->stop), c = std::move(s->step);
}

Value slice_repr(Runtime& rt, const Value& self) {
  Slice* s = as_slice(self);
  std::string out = "slice(";
  if (!repr_text(rt, s->start, &out)) return Value();
  out += ", ";
  if (!repr_text(rt, s->stop, &out)) return Value();
  out += ", ";
  if (!repr_text(rt, s->step, &out)) return Value();
  out += ")";
  return make_str(rt, out);
}

Value slice_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (!is_slice(rt, b)) return rt.not_implemented();
  Slice* x = as_slice(a);
  Slice* y = as_slice(b);
  const Value left[] = {x->start, x->stop, x->step};
  const Value right[] = {y->start, y->stop, y->step};
  return sequence_compare(rt, LiveItems(left), LiveItems(right), op);
}

Value slice_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "slice", kwnames)) return Value();
  if (!expect_positional(rt, "slice", nargs, nullptr, 1, 3)) return Value();
  if (nargs == 1) return make_slice(rt, Value::none(), args[0], Value::none());
  return make_slice(rt, args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

Value slice_start(Runtime&, const Value& self) { return as_slice(self)->start; }
Value slice_stop(Runtime&, const Value& self) { return as_slice(self)->stop; }
Value slice_step(Runtime&, const Value& self) { return as_slice(self)->step; }

Value slice_indices_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "slice.indices", nargs - 1, kwnames)) return Value();
  Value length = index_value(rt, args[1]);
  if (length.is_null()) return Value();
  if (int_sign(length) < 0) return rt.raise(Exc::kValueError, "length should not be negative");
  LongSliceIndices s;
  if (!slice_long_indices(rt, args[0], length, &s)) return Value();
  return make_tuple(rt, {s.start, s.stop, s.step});
}

const MethodDef kSliceMethods[] = {{"indices", slice_indices_method}};
const GetSetDef kSliceGetSets[] = {{"start", slice_start}, {"stop", slice_stop}, {"step", slice_step}};

}  // namespace

void init_slice_type(Runtime& rt) {
  Type* type = rt.slice_type;
  define_builtin_type(rt, type, "slice", rt.object_type, sizeof(Slice), kTypeHasGc,
                      dealloc_object<Slice>);
  type->traverse = slice_traverse;
  type->clear = slice_clear;
  type->repr = slice_repr;
  type->hash = hash_unhashable;
  type->compare = slice_compare;
  type->new_instance = slice_new;
  add_methods(rt, type, kSliceMethods);
  add_getsets(rt, type, kSliceGetSets);
}

bool has_layout(const Object* object, const Slice*) {
  return layout_extends(object, object->type->runtime->slice_type);
}

}  // namespace pyvm
