// SPDX-License-Identifier: GPL-3.0-or-later
// tuple: an immutable, fixed-size sequence; its items are stored inline
// after the header. Also the type of call keyword-name lists (kwnames).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>

#include "runtime/object.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

struct Tuple : Object {
  size_t size = 0;

  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value& operator[](size_t i) { return items()[i]; }
  const Value& operator[](size_t i) const { return items()[i]; }
  std::span<const Value> span() const { return {items(), size}; }
  ~Tuple();
};
bool has_layout(const Object* object, const Tuple*);

// iter(tuple): the interpreter's FOR_ITER_TUPLE reads it directly.
struct TupleIterator : Object {
  Value tuple;  // null once exhausted
  size_t index = 0;
};
bool has_layout(const Object* object, const TupleIterator*);

inline bool is_tuple(const Value& v) {
  return v.is_object() && v.as_object()->type->has_flag(kTypeTupleSubclass);
}
inline Tuple* as_tuple(const Value& v) { return v.as<Tuple>(); }
inline size_t tuple_size(const Tuple* t) { return t ? t->size : 0; }

// A tuple of `size` null items, which the caller fills before sharing it.
Ref<Tuple> allocate_tuple(Runtime& rt, size_t size);
// (Named apart from make_tuple so std::make_tuple never wins by ADL.)
Ref<Tuple> make_tuple_from(Runtime& rt, std::span<const Value> items);
Ref<Tuple> make_tuple(Runtime& rt, std::initializer_list<Value> items);
// tuple(iterable)
Value tuple_from_iterable(Runtime& rt, const Value& iterable);
Value tuple_slice(Runtime& rt, Tuple* tuple, int64_t start, int64_t stop);
bool tuple_hash(Runtime& rt, const Tuple* tuple, int64_t* out);

void init_tuple_layout(Runtime& rt);
void init_tuple_type(Runtime& rt);

}  // namespace pyvm
