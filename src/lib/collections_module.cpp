// SPDX-License-Identifier: GPL-3.0-or-later
// The _collections module: deque, the double-ended queue collections
// re-exports (lib/python/collections/__init__.py), and its iterators.
//
// A deque is a ring buffer: a power-of-two array of Values, the index of
// the first item and the count. Appends and pops at either end are O(1)
// (amortized over the array doubling when full and halving when mostly
// empty), and indexing anywhere is O(1); inserting or deleting in the
// middle moves the items of the shorter side.
//
// Any call into Python code (an item's __eq__ or __repr__, an iterable's
// __next__, the __del__ of an item a deque lets go) may change the deque.
// So no operation keeps a position in the ring across such a call: items
// are read as strong references, a Value the deque drops is released only
// once the deque is consistent again, and `state` (bumped by every change
// of size or order) tells loops and iterators that the deque changed under
// them ("deque mutated during iteration"), as in CPython.
#include <algorithm>
#include <climits>
#include <utility>
#include <vector>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/generic_alias.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

struct Deque : Object {
  ListItems ring;  // empty, or a power of two long; null outside the items
  size_t head = 0;          // ring index of the first item
  size_t size = 0;
  int64_t maxlen = -1;  // -1: unbounded
  uint64_t state = 0;   // changes whenever the size or the order changes

  size_t capacity() const { return ring.size(); }
  Value& at(size_t index) { return ring[(head + index) & (ring.size() - 1)]; }
};

struct DequeIterator : Object {
  Value deque;
  size_t index = 0;      // the next item's position
  uint64_t state = 0;    // the deque's state when the iteration began
  size_t remaining = 0;  // items left to produce
};

constexpr size_t kMinimumCapacity = 8;

bool is_deque(Runtime& rt, const Value& value) { return is_instance(rt, value, rt.deque_type); }
Deque* as_deque(const Value& value) { return static_cast<Deque*>(value.as_object()); }

// ---- the ring

// Moves the items into a ring of `capacity` slots, the first at index 0.
void reallocate(Deque* d, size_t capacity) {
  ListItems ring(capacity);
  for (size_t i = 0; i < d->size; ++i) ring[i] = std::move(d->at(i));
  d->ring.swap(ring);
  d->head = 0;
}

void make_room(Deque* d) {
  if (d->size == d->capacity()) reallocate(d, std::max(kMinimumCapacity, d->capacity() * 2));
}

// A mostly empty ring gives memory back (at most half, so a deque that
// grows and shrinks around a size does not reallocate each time).
void shrink_if_sparse(Deque* d) {
  if (d->capacity() > 64 && d->size * 8 < d->capacity()) reallocate(d, d->capacity() / 2);
}

void push_back(Deque* d, Value item) {
  make_room(d);
  d->at(d->size) = std::move(item);
  ++d->size;
}

void push_front(Deque* d, Value item) {
  make_room(d);
  d->head = (d->head + d->capacity() - 1) & (d->capacity() - 1);
  d->at(0) = std::move(item);
  ++d->size;
}

Value take_back(Deque* d) {
  Value item = std::move(d->at(d->size - 1));
  --d->size;
  shrink_if_sparse(d);
  return item;
}

Value take_front(Deque* d) {
  Value item = std::move(d->at(0));
  d->head = (d->head + 1) & (d->capacity() - 1);
  --d->size;
  shrink_if_sparse(d);
  return item;
}

// Takes the item at `index` out, closing the gap from the nearer end.
Value take_at(Deque* d, size_t index) {
  Value item = std::move(d->at(index));
  if (index < d->size / 2) {
    for (size_t i = index; i > 0; --i) d->at(i) = std::move(d->at(i - 1));
    d->head = (d->head + 1) & (d->capacity() - 1);
  } else {
    for (size_t i = index; i + 1 < d->size; ++i) d->at(i) = std::move(d->at(i + 1));
  }
  --d->size;
  shrink_if_sparse(d);
  return item;
}

// Puts `item` before position `index` (0 < index < size), moving the
// nearer end's items.
void put_at(Deque* d, size_t index, Value item) {
  make_room(d);
  if (index < d->size / 2) {
    d->head = (d->head + d->capacity() - 1) & (d->capacity() - 1);
    for (size_t i = 0; i < index; ++i) d->at(i) = std::move(d->at(i + 1));
  } else {
    for (size_t i = d->size; i > index; --i) d->at(i) = std::move(d->at(i - 1));
  }
  d->at(index) = std::move(item);
  ++d->size;
}

// Empties the deque; the caller releases the items once it is consistent.
std::vector<Value> take_all(Deque* d) {
  std::vector<Value> items;
  items.reserve(d->size);
  for (size_t i = 0; i < d->size; ++i) items.push_back(std::move(d->at(i)));
  d->ring.clear();
  d->ring.shrink_to_fit();
  d->head = d->size = 0;
  ++d->state;
  return items;
}

std::vector<Value> copy_items(Deque* d) {
  std::vector<Value> items;
  items.reserve(d->size);
  for (size_t i = 0; i < d->size; ++i) items.push_back(d->at(i));
  return items;
}

// append/appendleft with maxlen: a full deque drops the item at the other
// end, which the caller releases (its __del__ may run) afterwards.
Value append_right(Deque* d, Value item) {
  push_back(d, std::move(item));
  ++d->state;
  if (d->maxlen >= 0 && static_cast<int64_t>(d->size) > d->maxlen) return take_front(d);
  return Value();
}

Value append_left(Deque* d, Value item) {
  push_front(d, std::move(item));
  ++d->state;
  if (d->maxlen >= 0 && static_cast<int64_t>(d->size) > d->maxlen) return take_back(d);
  return Value();
}

// Rotates right by n (left when negative): n items move between the ends.
void rotate(Deque* d, int64_t n) {
  const auto size = static_cast<int64_t>(d->size);
  if (size <= 1) return;
  ++d->state;
  int64_t steps = n % size;
  if (steps < 0) steps += size;
  if (steps > size / 2) {
    for (int64_t i = steps; i < size; ++i) push_back(d, take_front(d));
  } else {
    for (int64_t i = 0; i < steps; ++i) push_front(d, take_back(d));
  }
}

// ---- arguments

// An index argument (rotate, insert): through __index__, OverflowError past
// the machine's range as CPython's Py_ssize_t conversion.
bool ssize_argument(Runtime& rt, const Value& value, int64_t* out) {
  if (value.is_small_int()) {
    *out = value.as_small_int();
    return true;
  }
  Value index = index_value(rt, value);
  if (index.is_null()) return false;
  if (!int_to_int64(index, out)) {
    rt.raise(Exc::kOverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

// d[i]: the position of an item, or an error.
bool item_position(Runtime& rt, Deque* d, const Value& index_object, size_t* out) {
  if (!index_object.is_small_int() && rt.type_of(index_object)->index == nullptr) {
    rt.raise(Exc::kTypeError,
             cat("sequence index must be integer, not '", type_name(rt, index_object), "'"));
    return false;
  }
  int64_t index = 0;
  if (!index_as_int64(rt, index_object, &index, Exc::kIndexError)) return false;
  const auto size = static_cast<int64_t>(d->size);
  if (index < 0) index += size;
  if (index < 0 || index >= size) {
    rt.raise(Exc::kIndexError, "deque index out of range");
    return false;
  }
  *out = static_cast<size_t>(index);
  return true;
}

// A start or stop of index(): clamped as slice bounds are.
bool bound_argument(Runtime& rt, const Value& value, int64_t* out) {
  if (value.is_small_int()) {
    *out = value.as_small_int();
    return true;
  }
  if (rt.type_of(value)->index == nullptr) {
    rt.raise(Exc::kTypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  Value index = index_value(rt, value);
  if (index.is_null()) return false;
  int_to_int64_clamped(index, out);
  return true;
}

// The argument-count messages of CPython's deque.index and deque.insert:
// "index() takes at least 1 argument (0 given)".
bool expect_argument_count(Runtime& rt, const char* name, size_t given, Tuple* kwnames, size_t min,
                           size_t max) {
  if (!expect_no_keywords(rt, name, kwnames)) return false;
  if (given >= min && given <= max) return true;
  const char* bound = min == max ? "exactly" : given < min ? "at least" : "at most";
  const size_t count = given < min ? min : max;
  rt.raise(Exc::kTypeError,
           cat(name, "() takes ", bound, " ", std::to_string(count),
               count == 1 ? " argument (" : " arguments (", std::to_string(given), " given)"));
  return false;
}

Value raise_mutated(Runtime& rt, Exc kind = Exc::kRuntimeError) {
  return rt.raise(kind, "deque mutated during iteration");
}

// ---- construction

Value deque_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  Deque* d = new_object<Deque>(rt.gc, type, type->instance_size - sizeof(Deque));
  return Value::steal(d);
}

bool extend_right(Runtime& rt, Deque* d, const Value& iterable);

bool maxlen_argument(Runtime& rt, const Value& value, int64_t* out) {
  *out = -1;
  if (value.is_null() || value.is_none()) return true;
  if (!is_int(value)) {
    rt.raise(Exc::kTypeError, "an integer is required");
    return false;
  }
  if (!int_to_int64(value, out)) {
    rt.raise(Exc::kOverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  if (*out < 0) {
    rt.raise(Exc::kValueError, "maxlen must be non-negative");
    return false;
  }
  return true;
}

// deque(iterable=(), maxlen=None); calling __init__ again starts over.
bool deque_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"deque", {"iterable", "maxlen"}, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return false;
  int64_t maxlen = -1;
  if (!maxlen_argument(rt, bound[1], &maxlen)) return false;
  Deque* d = as_deque(self);
  d->maxlen = maxlen;
  if (d->size > 0) std::vector<Value> dropped = take_all(d);
  return bound[0].is_null() || extend_right(rt, d, bound[0]);
}

// A new deque with the same items and maxlen; a subclass is called as
// type(d)(d) or type(d)(d, maxlen), as CPython does.
Value copy_deque(Runtime& rt, const Value& self) {
  Deque* d = as_deque(self);
  Type* type = d->type;
  if (type == rt.deque_type) {
    Value result = deque_new(rt, type, nullptr, 0, nullptr);
    Deque* copy = as_deque(result);
    copy->maxlen = d->maxlen;
    if (d->size > 0) reallocate(copy, std::max(kMinimumCapacity, d->capacity()));
    for (size_t i = 0; i < d->size; ++i) copy->at(i) = d->at(i);
    copy->size = d->size;
    return result;
  }
  const Value type_value = Value::from_object(type);
  if (d->maxlen < 0) return call(rt, type_value, &self, 1);
  const Value arguments[] = {self, Value::small_int(d->maxlen)};
  return call(rt, type_value, arguments, 2);
}

// ---- slots

void deque_traverse(Object* self, VisitFn visit, void* context) {
  Deque* d = static_cast<Deque*>(self);
  for (size_t i = 0; i < d->size; ++i) {
    const Value& item = d->at(i);
    if (item.is_object()) visit(item.as_object(), context);
  }
}

void deque_clear_slot(Object* self) {
  std::vector<Value> dropped = take_all(static_cast<Deque*>(self));
}

int64_t deque_length(Runtime&, const Value& self) {
  return static_cast<int64_t>(as_deque(self)->size);
}

Value deque_getitem(Runtime& rt, const Value& self, const Value& key) {
  Deque* d = as_deque(self);
  size_t position = 0;
  if (!item_position(rt, d, key, &position)) return Value();
  return d->at(position);
}

bool deque_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  Deque* d = as_deque(self);
  size_t position = 0;
  if (!item_position(rt, d, key, &position)) return false;
  if (value.is_null()) {
    Value dropped = take_at(d, position);
    ++d->state;
    return true;
  }
  Value replaced = std::exchange(d->at(position), value);
  return true;
}

// `value in d`, d.count(value), d.index(value): each comparison may run
// Python code; a change of the deque meanwhile is an error.
int deque_contains(Runtime& rt, const Value& self, const Value& value) {
  Deque* d = as_deque(self);
  const uint64_t state = d->state;
  for (size_t i = 0; i < d->size; ++i) {
    const Value item = d->at(i);
    const int equal = equals(rt, item, value);
    if (equal < 0) return -1;
    if (d->state != state) {
      raise_mutated(rt);
      return -1;
    }
    if (equal > 0) return 1;
  }
  return 0;
}

Value make_iterator(Runtime& rt, const Value& self, bool reverse) {
  Deque* d = as_deque(self);
  auto* it = new_object<DequeIterator>(
      rt.gc, reverse ? rt.deque_reverse_iterator_type : rt.deque_iterator_type, 0);
  it->deque = self;
  it->state = d->state;
  it->remaining = d->size;
  it->index = reverse ? d->size - 1 : 0;
  return Value::steal(it);
}

Value deque_iter(Runtime& rt, const Value& self) { return make_iterator(rt, self, false); }

// A deque's repr shows its items as a list; a deque inside itself is [...].
Value deque_repr(Runtime& rt, const Value& self) {
  Deque* d = as_deque(self);
  ReprGuard guard(rt, d);
  if (!guard.entered()) return make_str(rt, "[...]");
  Value items = make_list(rt, copy_items(d));
  std::string items_text;
  if (!repr_text(rt, items, &items_text)) return Value();
  std::string text = cat(d->type->name->view(), "(", items_text);
  if (d->maxlen >= 0) text += cat(", maxlen=", std::to_string(d->maxlen));
  return make_str(rt, text + ")");
}

// Two deques compare as their item sequences; CPython walks both with
// iterators, so a change of either during a comparison is an error.
Value deque_compare(Runtime& rt, const Value& left, const Value& right, CompareOp op) {
  if (!is_deque(rt, left) || !is_deque(rt, right)) return rt.not_implemented();
  Deque* a = as_deque(left);
  Deque* b = as_deque(right);
  const size_t size_a = a->size;
  const size_t size_b = b->size;
  if (op == CompareOp::kEqual || op == CompareOp::kNotEqual) {
    const bool equal_known = a == b || size_a != size_b;
    if (equal_known) return Value::boolean((a == b) == (op == CompareOp::kEqual));
  }
  const uint64_t state_a = a->state;
  const uint64_t state_b = b->state;
  for (size_t i = 0; i < size_a && i < size_b; ++i) {
    if (a->state != state_a || b->state != state_b) return raise_mutated(rt);
    const Value x = a->at(i);
    const Value y = b->at(i);
    const int equal = equals(rt, x, y);
    if (equal < 0) return Value();
    if (equal == 0) return compare(rt, x, y, op);
  }
  if (a->state != state_a || b->state != state_b) return raise_mutated(rt);
  switch (op) {
    case CompareOp::kLess:
      return Value::boolean(size_a < size_b);
    case CompareOp::kLessEqual:
      return Value::boolean(size_a <= size_b);
    case CompareOp::kEqual:
      return Value::boolean(size_a == size_b);
    case CompareOp::kNotEqual:
      return Value::boolean(size_a != size_b);
    case CompareOp::kGreater:
      return Value::boolean(size_a > size_b);
    case CompareOp::kGreaterEqual:
      return Value::boolean(size_a >= size_b);
  }
  return Value();
}

bool extend_right(Runtime& rt, Deque* d, const Value& iterable) {
  const Value keep_alive = Value::from_object(d);
  if (iterable.is_object() && iterable.as_object() == d) {
    // d.extend(d): the items as they were.
    for (Value& item : copy_items(d)) Value dropped = append_right(d, std::move(item));
    return true;
  }
  return for_each(rt, iterable, [&](Value item) {
    Value dropped = append_right(d, std::move(item));
    return true;
  });
}

bool extend_left(Runtime& rt, Deque* d, const Value& iterable) {
  const Value keep_alive = Value::from_object(d);
  if (iterable.is_object() && iterable.as_object() == d) {
    for (Value& item : copy_items(d)) Value dropped = append_left(d, std::move(item));
    return true;
  }
  return for_each(rt, iterable, [&](Value item) {
    Value dropped = append_left(d, std::move(item));
    return true;
  });
}

// d *= n: the items n times over, of which a bounded deque keeps the last
// maxlen.
bool repeat_in_place(Runtime& rt, Deque* d, int64_t n) {
  if (n <= 0 || d->size == 0) {
    if (d->size > 0) std::vector<Value> dropped = take_all(d);
    return true;
  }
  if (n == 1) return true;
  const auto size = static_cast<int64_t>(d->size);
  if (size > INT64_MAX / n) {
    rt.raise(Exc::kMemoryError, "");
    return false;
  }
  // Only the last maxlen items of the repetition survive: they are the
  // last ones of any repetition at least that long.
  if (d->maxlen >= 0 && n * size > d->maxlen) n = (d->maxlen + size - 1) / size + 1;
  const std::vector<Value> items = copy_items(d);
  ItemPoll poll(rt);
  for (int64_t round = 1; round < n; ++round) {
    for (const Value& item : items) Value dropped = append_right(d, item);
    if (poll.tick(items.size())) return false;
  }
  return true;
}

Value deque_add(Runtime& rt, const Value& left, const Value& right) {
  if (!is_deque(rt, left)) return rt.not_implemented();
  if (!is_deque(rt, right)) {
    return rt.raise(Exc::kTypeError, cat("can only concatenate deque (not \"", type_name(rt, right),
                                         "\") to deque"));
  }
  Value result = copy_deque(rt, left);
  if (result.is_null()) return Value();
  if (!is_deque(rt, result)) return rt.raise(Exc::kTypeError, "copy() did not return a deque");
  if (!extend_right(rt, as_deque(result), right)) return Value();
  return result;
}

// The n of d * n, converted (by __index__, which may change the deque)
// before the deque is read, as CPython's sequence repetition does.
bool repeat_count(Runtime& rt, const Value& count, int64_t* out) {
  return index_as_int64(rt, count, out, Exc::kOverflowError);
}

bool is_repeat_count(Runtime& rt, const Value& value) {
  return value.is_small_int() || rt.type_of(value)->index != nullptr;
}

Value deque_multiply(Runtime& rt, const Value& left, const Value& right) {
  const bool deque_on_left = is_deque(rt, left);
  const Value& self = deque_on_left ? left : right;
  const Value& count = deque_on_left ? right : left;
  if (!is_repeat_count(rt, count)) return rt.not_implemented();
  int64_t n = 0;
  if (!repeat_count(rt, count, &n)) return Value();
  Value result = copy_deque(rt, self);
  if (result.is_null()) return Value();
  if (!is_deque(rt, result)) return rt.raise(Exc::kTypeError, "copy() did not return a deque");
  if (!repeat_in_place(rt, as_deque(result), n)) return Value();
  return result;
}

Value deque_inplace_add(Runtime& rt, const Value& left, const Value& right) {
  if (!extend_right(rt, as_deque(left), right)) return Value();
  return left;
}

Value deque_inplace_multiply(Runtime& rt, const Value& left, const Value& right) {
  if (!is_repeat_count(rt, right)) return rt.not_implemented();
  int64_t n = 0;
  if (!repeat_count(rt, right, &n)) return Value();
  if (!repeat_in_place(rt, as_deque(left), n)) return Value();
  return left;
}

// ---- methods

Deque* self_deque(const Value* args) { return as_deque(args[0]); }

Value deque_append(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 2 || kwnames != nullptr) {
    if (!expect_exactly_one(rt, "deque.append", nargs - 1, kwnames)) return Value();
  }
  Value dropped = append_right(self_deque(args), args[1]);
  return Value::none();
}

Value deque_appendleft(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 2 || kwnames != nullptr) {
    if (!expect_exactly_one(rt, "deque.appendleft", nargs - 1, kwnames)) return Value();
  }
  Value dropped = append_left(self_deque(args), args[1]);
  return Value::none();
}

Value deque_pop(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "deque.pop", nargs - 1, kwnames)) return Value();
  Deque* d = self_deque(args);
  if (d->size == 0) return rt.raise(Exc::kIndexError, "pop from an empty deque");
  ++d->state;
  return take_back(d);
}

Value deque_popleft(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "deque.popleft", nargs - 1, kwnames)) return Value();
  Deque* d = self_deque(args);
  if (d->size == 0) return rt.raise(Exc::kIndexError, "pop from an empty deque");
  ++d->state;
  return take_front(d);
}

Value deque_extend(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "deque.extend", nargs - 1, kwnames)) return Value();
  if (!extend_right(rt, self_deque(args), args[1])) return Value();
  return Value::none();
}

Value deque_extendleft(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "deque.extendleft", nargs - 1, kwnames)) return Value();
  if (!extend_left(rt, self_deque(args), args[1])) return Value();
  return Value::none();
}

Value deque_clear(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "deque.clear", nargs - 1, kwnames)) return Value();
  std::vector<Value> dropped = take_all(self_deque(args));
  return Value::none();
}

Value deque_copy(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "deque.copy", nargs - 1, kwnames)) return Value();
  return copy_deque(rt, args[0]);
}

Value deque_count(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "deque.count", nargs - 1, kwnames)) return Value();
  Deque* d = self_deque(args);
  const uint64_t state = d->state;
  int64_t count = 0;
  for (size_t i = 0; i < d->size; ++i) {
    const Value item = d->at(i);
    const int equal = equals(rt, item, args[1]);
    if (equal < 0) return Value();
    if (d->state != state) return raise_mutated(rt);
    count += equal;
  }
  return Value::small_int(count);
}

Value deque_index(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_argument_count(rt, "index", nargs - 1, kwnames, 1, 3)) return Value();
  Deque* d = self_deque(args);
  int64_t start = 0;
  int64_t stop = INT64_MAX;
  if (nargs > 2 && !bound_argument(rt, args[2], &start)) return Value();
  if (nargs > 3 && !bound_argument(rt, args[3], &stop)) return Value();
  // The bounds are read before the size: __index__ may change the deque.
  const auto size = static_cast<int64_t>(d->size);
  start = clamp_sequence_bound(start, size);
  stop = clamp_sequence_bound(stop, size);
  const uint64_t state = d->state;
  for (int64_t i = start; i < stop; ++i) {
    const Value item = d->at(static_cast<size_t>(i));
    const int equal = equals(rt, item, args[1]);
    if (equal < 0) return Value();
    if (d->state != state) return raise_mutated(rt);
    if (equal > 0) return Value::small_int(i);
  }
  std::string shown;
  if (!repr_text(rt, args[1], &shown)) return Value();
  return rt.raise(Exc::kValueError, cat(shown, " is not in deque"));
}

Value deque_insert(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_argument_count(rt, "insert", nargs - 1, kwnames, 2, 2)) return Value();
  int64_t index = 0;
  if (!ssize_argument(rt, args[1], &index)) return Value();
  Deque* d = self_deque(args);
  const auto size = static_cast<int64_t>(d->size);
  if (d->maxlen == size) return rt.raise(Exc::kIndexError, "deque already at its maximum size");
  if (index >= size) {
    Value dropped = append_right(d, args[2]);
  } else if (index <= -size || index == 0) {
    Value dropped = append_left(d, args[2]);
  } else {
    put_at(d, static_cast<size_t>(index < 0 ? index + size : index), args[2]);
    ++d->state;
  }
  return Value::none();
}

Value deque_remove(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "deque.remove", nargs - 1, kwnames)) return Value();
  Deque* d = self_deque(args);
  const uint64_t state = d->state;
  for (size_t i = 0; i < d->size; ++i) {
    const Value item = d->at(i);
    const int equal = equals(rt, item, args[1]);
    if (equal < 0) return Value();
    if (d->state != state) return raise_mutated(rt, Exc::kIndexError);
    if (equal > 0) {
      Value dropped = take_at(d, i);
      ++d->state;
      return Value::none();
    }
  }
  std::string shown;
  if (!repr_text(rt, args[1], &shown)) return Value();
  return rt.raise(Exc::kValueError, cat(shown, " is not in deque"));
}

Value deque_reverse(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "deque.reverse", nargs - 1, kwnames)) return Value();
  Deque* d = self_deque(args);
  for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(d->at(i), d->at(j - 1));
  return Value::none();
}

Value deque_rotate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "deque.rotate", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t n = 1;
  if (nargs > 1 && !ssize_argument(rt, args[1], &n)) return Value();
  rotate(self_deque(args), n);
  return Value::none();
}

Value deque_reversed(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "deque.__reversed__", nargs - 1, kwnames)) return Value();
  return make_iterator(rt, args[0], true);
}

// (type(d), (), state, iter(d)), or ((), maxlen) for a bounded deque: what
// pickle and copy rebuild it from.
Value deque_reduce(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "deque.__reduce__", nargs - 1, kwnames)) return Value();
  Deque* d = self_deque(args);
  Value state = Value::none();
  if (Value* dict = instance_dict_slot(args[0]); dict != nullptr && !dict->is_null()) {
    if (length(rt, *dict) > 0) state = *dict;
  }
  Value iterator = make_iterator(rt, args[0], false);
  Value empty = Value::from_object(rt.empty_tuple());
  Value constructor_args =
      d->maxlen < 0 ? empty : Value(make_tuple(rt, {empty, Value::small_int(d->maxlen)}));
  return make_tuple(rt, {Value::from_object(d->type), constructor_args, state, iterator});
}

Value deque_maxlen(Runtime&, const Value& self) {
  const int64_t maxlen = as_deque(self)->maxlen;
  return maxlen < 0 ? Value::none() : Value::small_int(maxlen);
}

const MethodDef kDequeMethods[] = {
    {"append", deque_append},     {"appendleft", deque_appendleft},
    {"clear", deque_clear},       {"copy", deque_copy},
    {"__copy__", deque_copy},     {"count", deque_count},
    {"extend", deque_extend},     {"extendleft", deque_extendleft},
    {"index", deque_index},       {"insert", deque_insert},
    {"pop", deque_pop},           {"popleft", deque_popleft},
    {"remove", deque_remove},     {"reverse", deque_reverse},
    {"rotate", deque_rotate},     {"__reversed__", deque_reversed},
    {"__reduce__", deque_reduce},
};

const GetSetDef kDequeGetSets[] = {{"maxlen", deque_maxlen}};

// ---- iterators

void iterator_traverse(Object* self, VisitFn visit, void* context) {
  const Value& deque = static_cast<DequeIterator*>(self)->deque;
  if (deque.is_object()) visit(deque.as_object(), context);
}

void iterator_clear(Object* self) {
  Value dropped = std::move(static_cast<DequeIterator*>(self)->deque);
}

Value iterator_self(Runtime&, const Value& self) { return self; }

Value iterator_next(Runtime& rt, const Value& self, bool reverse) {
  auto* it = static_cast<DequeIterator*>(self.as_object());
  if (it->deque.is_null()) return Value();
  Deque* d = as_deque(it->deque);
  if (d->state != it->state) {
    it->remaining = 0;
    return raise_mutated(rt);
  }
  if (it->remaining == 0 || it->index >= d->size) return Value();
  Value item = d->at(it->index);
  if (reverse) {
    --it->index;
  } else {
    ++it->index;
  }
  --it->remaining;
  return item;
}

Value forward_next(Runtime& rt, const Value& self) { return iterator_next(rt, self, false); }
Value reverse_next(Runtime& rt, const Value& self) { return iterator_next(rt, self, true); }

Value iterator_length_hint(Runtime&, const Value* args, size_t, Tuple*) {
  return Value::small_int(
      static_cast<int64_t>(static_cast<DequeIterator*>(args[0].as_object())->remaining));
}

const MethodDef kIteratorMethods[] = {{"__length_hint__", iterator_length_hint}};

void define_iterator_type(VM& vm, Type* type, const char* name, UnaryFn next) {
  define_builtin_type(vm, type, name, vm.object_type, sizeof(DequeIterator), kTypeHasGc,
                      dealloc_object<DequeIterator>);
  type->module_name = Ref<Str>::borrow(vm.intern("_collections"));
  type->traverse = iterator_traverse;
  type->clear = iterator_clear;
  type->iter = iterator_self;
  type->next = next;
  add_methods(vm, type, kIteratorMethods);
  finish_type(vm, type);
}

void define_deque_type(VM& vm) {
  Type* type = vm.deque_type;
  define_builtin_type(
      vm, type, "deque", vm.object_type, sizeof(Deque),
      kTypeHasGc | kTypeBaseType | kTypeWeakReferenceable | kTypeSequence | kTypeSequenceConcat,
      dealloc_object<Deque>);
  type->module_name = Ref<Str>::borrow(vm.intern("collections"));
  type->new_instance = deque_new;
  type->init = deque_init;
  type->traverse = deque_traverse;
  type->clear = deque_clear_slot;
  type->repr = deque_repr;
  type->hash = hash_unhashable;
  type->compare = deque_compare;
  type->length = deque_length;
  type->getitem = deque_getitem;
  type->setitem = deque_setitem;
  type->contains = deque_contains;
  type->iter = deque_iter;
  type->binary[static_cast<int>(BinaryOp::kAdd)] = deque_add;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = deque_multiply;
  type->inplace[static_cast<int>(BinaryOp::kAdd)] = deque_inplace_add;
  type->inplace[static_cast<int>(BinaryOp::kMultiply)] = deque_inplace_multiply;
  add_methods(vm, type, kDequeMethods);
  add_getsets(vm, type, kDequeGetSets);
  add_class_getitem(vm, type);
  finish_type(vm, type);
  define_iterator_type(vm, vm.deque_iterator_type, "_deque_iterator", forward_next);
  define_iterator_type(vm, vm.deque_reverse_iterator_type, "_deque_reverse_iterator", reverse_next);
}

}  // namespace

Value make_collections_module(VM& vm) {
  // (The module may be imported again after `del sys.modules[...]`.)
  if (!vm.deque_type->name) define_deque_type(vm);
  Value module = make_module_with_functions(vm, "_collections", {});
  Dict* dict = module_dict(module);
  dict_set_str(vm, dict, vm.intern("deque"), Value::from_object(vm.deque_type));
  dict_set_str(vm, dict, vm.intern("_deque_iterator"), Value::from_object(vm.deque_iterator_type));
  dict_set_str(vm, dict, vm.intern("_deque_reverse_iterator"),
               Value::from_object(vm.deque_reverse_iterator_type));
  return module;
}

}  // namespace pyvm
