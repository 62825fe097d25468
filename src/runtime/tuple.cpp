// SPDX-License-Identifier: GPL-3.0-or-later
// tuple: construction, hashing (CPython's xxHash-based algorithm, so tuple
// keys order sets as CPython does), the sequence slots and methods.
#include "runtime/tuple.h"

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/str.h"

namespace pyvm {

// Last item first, as CPython: the order the items' finalizers run in.
Tuple::~Tuple() {
  for (size_t i = size; i-- > 0;) items()[i].~Value();
}

Ref<Tuple> allocate_tuple(Runtime& rt, size_t size) {
  if (size == 0 && rt.empty_tuple()) return Ref<Tuple>::borrow(rt.empty_tuple());
  Tuple* tuple = new_object<Tuple>(rt.gc, rt.tuple_type, size * sizeof(Value));
  tuple->size = size;
  for (size_t i = 0; i < size; ++i) ::new (&tuple->items()[i]) Value();
  return Ref<Tuple>::steal(tuple);
}

Ref<Tuple> make_tuple_from(Runtime& rt, std::span<const Value> items) {
  Ref<Tuple> tuple = allocate_tuple(rt, items.size());
  for (size_t i = 0; i < items.size(); ++i) (*tuple)[i] = items[i];
  return tuple;
}

Ref<Tuple> make_tuple(Runtime& rt, std::initializer_list<Value> items) {
  return make_tuple_from(rt, std::span<const Value>(items.begin(), items.size()));
}

Value tuple_from_iterable(Runtime& rt, const Value& iterable) {
  if (rt.type_of(iterable) == rt.tuple_type) return iterable;
  // Exact lists only: a subclass may iterate differently (__iter__).
  if (rt.type_of(iterable) == rt.list_type) return make_tuple_from(rt, as_list(iterable)->items);
  Value list = list_from_iterable(rt, iterable);
  if (list.is_null()) return list;
  return make_tuple_from(rt, as_list(list)->items);
}

Value tuple_slice(Runtime& rt, Tuple* tuple, int64_t start, int64_t stop) {
  if (start <= 0 && stop >= static_cast<int64_t>(tuple->size) && tuple->type == rt.tuple_type) {
    return Value::from_object(tuple);
  }
  if (stop <= start) return Value::from_object(rt.empty_tuple());
  return make_tuple_from(rt, tuple->span().subspan(static_cast<size_t>(start),
                                              static_cast<size_t>(stop - start)));
}

bool tuple_hash(Runtime& rt, const Tuple* tuple, int64_t* out) {
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t accumulator = kPrime5;
  for (size_t i = 0; i < tuple->size; ++i) {
    int64_t lane;
    if (!hash(rt, (*tuple)[i], &lane)) return false;
    accumulator += static_cast<uint64_t>(lane) * kPrime2;
    accumulator = (accumulator << 31) | (accumulator >> 33);
    accumulator *= kPrime1;
  }
  accumulator += tuple->size ^ (kPrime5 ^ 3527539ull);
  *out = accumulator == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(accumulator);
  return true;
}

namespace {

// Last item first, as CPython (the order finalizers run in depends on it).
void tuple_traverse(Object* self, VisitFn visit, void* context) {
  Tuple* tuple = static_cast<Tuple*>(self);
  for (size_t i = tuple->size; i-- > 0;) {
    if ((*tuple)[i].is_object()) visit((*tuple)[i].as_object(), context);
  }
}

void tuple_clear(Object* self) {
  Tuple* tuple = static_cast<Tuple*>(self);
  for (size_t i = 0; i < tuple->size; ++i) {
    Value dropped = std::move((*tuple)[i]);
  }
}

Value tuple_repr(Runtime& rt, const Value& self) {
  Tuple* tuple = as_tuple(self);
  if (tuple->size == 0) return make_str(rt, "()");
  return sequence_repr(rt, self, "(", tuple->size == 1 ? ",)" : ")");
}

bool tuple_hash_slot(Runtime& rt, const Value& self, int64_t* out) {
  return tuple_hash(rt, as_tuple(self), out);
}

Value tuple_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (!is_tuple(b)) return rt.not_implemented();
  return sequence_compare(rt, LiveItems(a), LiveItems(b), op);
}

int64_t tuple_length(Runtime&, const Value& self) {
  return static_cast<int64_t>(as_tuple(self)->size);
}

Value tuple_getitem(Runtime& rt, const Value& self, const Value& key) {
  Tuple* tuple = as_tuple(self);
  const int64_t size = static_cast<int64_t>(tuple->size);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += size;
    if (i < 0 || i >= size) return rt.raise(Exc::kIndexError, "tuple index out of range");
    return (*tuple)[static_cast<size_t>(i)];
  }
  if (is_slice(rt, key)) {
    SliceIndices s;
    if (!slice_indices(rt, key, size, &s)) return Value();
    if (s.step == 1) return tuple_slice(rt, tuple, s.start, s.start + s.length);
    Ref<Tuple> result = allocate_tuple(rt, static_cast<size_t>(s.length));
    for (int64_t i = 0; i < s.length; ++i) {
      const int64_t j = slice_position(s, i);
      (*result)[static_cast<size_t>(i)] = (*tuple)[static_cast<size_t>(j)];
    }
    return result;
  }
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    return rt.raise(Exc::kTypeError,
                    cat("tuple indices must be integers or slices, not ", type_name(rt, key)));
  }
  int64_t i;
  if (!index_as_int64(rt, key, &i)) return Value();
  if (i < 0) i += size;
  if (i < 0 || i >= size) return rt.raise(Exc::kIndexError, "tuple index out of range");
  return (*tuple)[static_cast<size_t>(i)];
}

int tuple_contains(Runtime& rt, const Value& self, const Value& item) {
  Tuple* tuple = as_tuple(self);
  for (size_t i = 0; i < tuple->size; ++i) {
    const int equal = equals(rt, (*tuple)[i], item);
    if (equal != 0) return equal;
  }
  return 0;
}

Value tuple_add(Runtime& rt, const Value& a, const Value& b) {
  if (!is_tuple(a) || !is_tuple(b)) return rt.not_implemented();
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  if (y->size == 0 && x->type == rt.tuple_type) return a;
  if (x->size == 0 && y->type == rt.tuple_type) return b;
  Ref<Tuple> result = allocate_tuple(rt, x->size + y->size);
  for (size_t i = 0; i < x->size; ++i) (*result)[i] = (*x)[i];
  for (size_t i = 0; i < y->size; ++i) (*result)[x->size + i] = (*y)[i];
  return result;
}

Value tuple_multiply(Runtime& rt, const Value& a, const Value& b) {
  const bool tuple_left = is_tuple(a);
  const Value& sequence = tuple_left ? a : b;
  const Value& count_value = tuple_left ? b : a;
  if (!is_tuple(sequence) || (!is_int(count_value) && rt.type_of(count_value)->index == nullptr)) {
    return rt.not_implemented();
  }
  int64_t count;
  if (!index_as_int64(rt, count_value, &count, Exc::kOverflowError)) return Value();
  Tuple* tuple = as_tuple(sequence);
  if (count <= 0 || tuple->size == 0) return Value::from_object(rt.empty_tuple());
  if (count == 1 && tuple->type == rt.tuple_type) return sequence;
  if (static_cast<uint64_t>(count) > (uint64_t{1} << 40) / tuple->size) {
    return raise_no_memory(rt);
  }
  Ref<Tuple> result = allocate_tuple(rt, tuple->size * static_cast<size_t>(count));
  ItemPoll poll(rt);
  for (size_t k = 0; k < static_cast<size_t>(count); ++k) {
    if (poll.tick(tuple->size)) return Value();
    for (size_t i = 0; i < tuple->size; ++i) (*result)[k * tuple->size + i] = (*tuple)[i];
  }
  return result;
}

// ---- iterator


void tuple_iterator_traverse(Object* self, VisitFn visit, void* context) {
  auto* it = static_cast<TupleIterator*>(self);
  if (it->tuple.is_object()) visit(it->tuple.as_object(), context);
}

void tuple_iterator_clear(Object* self) {
  Value dropped = std::move(static_cast<TupleIterator*>(self)->tuple);
}

Value tuple_iter(Runtime& rt, const Value& self) {
  auto* it = new_object<TupleIterator>(rt.gc, rt.tuple_iterator_type, 0);
  it->tuple = self;
  return Value::steal(it);
}

Value tuple_iterator_next(Runtime&, const Value& self) {
  auto* it = self.as<TupleIterator>();
  if (it->tuple.is_null()) return Value();
  Tuple* tuple = as_tuple(it->tuple);
  if (it->index >= tuple->size) {
    it->tuple = Value();
    return Value();
  }
  return (*tuple)[it->index++];
}

Value iterator_self(Runtime&, const Value& self) { return self; }

// tuple(iterable=()). Keywords are refused unless a subclass defines its
// own __init__, which then gets them (CPython's tuple_new).
Value tuple_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if ((type == rt.tuple_type || type->init == rt.tuple_type->init) &&
      !expect_no_keywords(rt, "tuple", kwnames)) {
    return Value();
  }
  nargs -= tuple_size(kwnames);
  if (!expect_positional(rt, "tuple", nargs, nullptr, 0, 1)) return Value();
  Value result = nargs == 0 ? Value::from_object(rt.empty_tuple()) : tuple_from_iterable(rt, args[0]);
  if (result.is_null() || type == rt.tuple_type) return result;
  // A subclass instance holding the same items, then the Values its class
  // appends.
  Tuple* items = as_tuple(result);
  Tuple* tuple = new_object<Tuple>(rt.gc, type, items->size * sizeof(Value) + appended_size(type));
  tuple->size = items->size;
  for (size_t i = 0; i < items->size; ++i) ::new (&tuple->items()[i]) Value((*items)[i]);
  return Value::steal(tuple);
}

Value tuple_index(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return sequence_index(rt, "tuple", args, nargs, kwnames);
}

Value tuple_count(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return sequence_count(rt, "tuple.count", args, nargs, kwnames);
}

Value tuple_getnewargs(Runtime& rt, const Value* args, size_t, Tuple*) {
  return make_tuple(rt, {make_tuple_from(rt, as_tuple(args[0])->span())});
}

const MethodDef kTupleMethods[] = {
    {"index", tuple_index},
    {"count", tuple_count},
    {"__getnewargs__", tuple_getnewargs},
};

}  // namespace

void init_tuple_layout(Runtime& rt) {
  Type* type = rt.tuple_type;
  type->flags |=
      kTypeHasGc | kTypeBaseType | kTypeTupleSubclass | kTypeVariableSize | kTypeSequenceConcat;
  type->instance_size = sizeof(Tuple);
  type->item_bytes = [](const Object* self) {
    return static_cast<const Tuple*>(self)->size * sizeof(Value);
  };
  type->dealloc = dealloc_object<Tuple>;
  type->traverse = tuple_traverse;
  type->clear = tuple_clear;
}

void init_tuple_type(Runtime& rt) {
  Type* type = rt.tuple_type;
  define_builtin_type(rt, type, "tuple", rt.object_type, sizeof(Tuple), kTypeSequence | kTypeMatchSelf,
                      dealloc_object<Tuple>);
  type->repr = tuple_repr;
  type->hash = tuple_hash_slot;
  type->compare = tuple_compare;
  type->length = tuple_length;
  type->getitem = tuple_getitem;
  type->contains = tuple_contains;
  type->iter = tuple_iter;
  type->binary[static_cast<int>(BinaryOp::kAdd)] = tuple_add;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = tuple_multiply;
  type->new_instance = tuple_new;
  add_methods(rt, type, kTupleMethods);

  Type* iterator = rt.tuple_iterator_type;
  define_builtin_type(rt, iterator, "tuple_iterator", rt.object_type, sizeof(TupleIterator),
                      kTypeHasGc, dealloc_object<TupleIterator>);
  iterator->traverse = tuple_iterator_traverse;
  iterator->clear = tuple_iterator_clear;
  iterator->iter = iterator_self;
  iterator->next = tuple_iterator_next;
}

bool has_layout(const Object* object, const Tuple*) {
  return layout_extends(object, object->type->runtime->tuple_type);
}

bool has_layout(const Object* object, const TupleIterator*) {
  return layout_extends(object, object->type->runtime->tuple_iterator_type);
}

}  // namespace pyvm
