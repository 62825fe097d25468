// SPDX-License-Identifier: GPL-3.0-or-later
// Generic iterators and the lazy builtins enumerate, zip, map, filter and
// reversed (see iterators.h).
#include "runtime/iterators.h"

#include <vector>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

Value iterator_self(Runtime&, const Value& self) { return self; }

void visit_value(const Value& v, VisitFn visit, void* context) {
  if (v.is_object()) visit(v.as_object(), context);
}

// ---- iteration over __getitem__: items 0, 1, 2, ... until IndexError.

struct SequenceIterator : Object {
  Value sequence;  // null once exhausted
  int64_t index = 0;
};

[[maybe_unused]] bool has_layout(const Object* object, const SequenceIterator*) {
  return layout_extends(object, object->type->runtime->sequence_iterator_type);
}

Value sequence_iterator_next(Runtime& rt, const Value& self) {
  auto* it = self.as<SequenceIterator>();
  if (it->sequence.is_null()) return Value();
  // A strong reference: __getitem__ may exhaust this iterator re-entrantly,
  // dropping its own.
  const Value sequence = it->sequence;
  Value item = get_item(rt, sequence, Value::small_int(it->index));
  if (item.is_null()) {
    if (rt.error_matches(Exc::kIndexError) || rt.error_matches(Exc::kStopIteration)) {
      rt.clear_error();
      it->sequence = Value();
    }
    return Value();
  }
  ++it->index;
  return item;
}

// ---- iter(callable, sentinel)

struct CallableIterator : Object {
  Value callable;  // null once exhausted
  Value sentinel;
};

[[maybe_unused]] bool has_layout(const Object* object, const CallableIterator*) {
  return layout_extends(object, object->type->runtime->callable_iterator_type);
}

Value callable_iterator_next(Runtime& rt, const Value& self) {
  auto* it = self.as<CallableIterator>();
  if (it->callable.is_null()) return Value();
  // A strong reference, as in sequence_iterator_next: the call may exhaust
  // this iterator re-entrantly, and then its result is dropped (CPython).
  const Value callable = it->callable;
  Value result = call(rt, callable, nullptr, 0);
  if (result.is_null()) {
    if (rt.error_matches(Exc::kStopIteration)) {
      rt.clear_error();
      it->callable = Value();
    }
    return Value();
  }
  if (it->callable.is_null()) return Value();
  const int equal = equals(rt, result, it->sentinel);
  if (equal < 0) return Value();
  if (equal) {
    it->callable = Value();
    return Value();
  }
  return result;
}

// ---- enumerate(iterable, start=0)

struct Enumerate : Object {
  Value iterator;
  Value index;  // an int (may grow past int64)
};

[[maybe_unused]] bool has_layout(const Object* object, const Enumerate*) {
  return layout_extends(object, object->type->runtime->enumerate_type);
}

Value enumerate_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"enumerate", {"iterable", "start"}, 1, 0};
  Value bound[2];
  if (nargs - tuple_size(kwnames) > 2) {
    return rt.raise(Exc::kTypeError,
                    cat("enumerate() takes at most 2 arguments (", nargs, " given)"));
  }
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  // As CPython, start is checked before the iterable.
  Value start = Value::small_int(0);
  if (!bound[1].is_null()) {
    start = index_value(rt, bound[1]);
    if (start.is_null()) return start;
  }
  Value iterator = get_iter(rt, bound[0]);
  if (iterator.is_null()) return iterator;
  auto* e = new_object<Enumerate>(rt.gc, type, type->instance_size - sizeof(Enumerate));
  e->iterator = std::move(iterator);
  e->index = std::move(start);
  return Value::steal(e);
}

Value enumerate_next(Runtime& rt, const Value& self) {
  auto* e = self.as<Enumerate>();
  Value item = iter_next(rt, e->iterator);
  if (item.is_null()) return item;
  Value index = e->index;
  if (index.is_small_int() && index.as_small_int() < INT64_MAX) {
    e->index = Value::small_int(index.as_small_int() + 1);
  } else {
    e->index = int_binary(rt, BinaryOp::kAdd, index, Value::small_int(1));
  }
  return make_tuple(rt, {index, item});
}

// ---- zip(*iterables, strict=False)

struct Zip : Object {
  std::vector<Value> iterators;
  bool strict = false;
  bool exhausted = false;
};

[[maybe_unused]] bool has_layout(const Object* object, const Zip*) {
  return layout_extends(object, object->type->runtime->zip_type);
}

Value zip_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  bool strict = false;
  for (size_t i = 0; i < tuple_size(kwnames); ++i) {
    if (as_str((*kwnames)[i])->view() != "strict") {
      return rt.raise(Exc::kTypeError, cat("'", as_str((*kwnames)[i])->view(),
                                           "' is an invalid keyword argument for zip()"));
    }
    const int t = truth(rt, args[positional + i]);
    if (t < 0) return Value();
    strict = t;
  }
  auto* z = new_object<Zip>(rt.gc, type, type->instance_size - sizeof(Zip));
  Value result = Value::steal(z);
  z->strict = strict;
  for (size_t i = 0; i < positional; ++i) {
    Value iterator = get_iter(rt, args[i]);
    if (iterator.is_null()) return iterator;
    z->iterators.push_back(std::move(iterator));
  }
  return result;
}

Value zip_next(Runtime& rt, const Value& self) {
  auto* z = self.as<Zip>();
  if (z->exhausted || z->iterators.empty()) return Value();
  Ref<Tuple> items = allocate_tuple(rt, z->iterators.size());
  for (size_t i = 0; i < z->iterators.size(); ++i) {
    Value item = iter_next(rt, z->iterators[i]);
    if (item.is_null()) {
      z->exhausted = true;
      if (rt.has_error() || !z->strict) return Value();
      // strict: every iterator must end together.
      if (i > 0) {
        return rt.raise(Exc::kValueError, cat("zip() argument ", i + 1, " is shorter than argument",
                                              i == 1 ? " 1" : cat("s 1-", i)));
      }
      for (size_t j = 1; j < z->iterators.size(); ++j) {
        Value extra = iter_next(rt, z->iterators[j]);
        if (!extra.is_null()) {
          return rt.raise(Exc::kValueError, cat("zip() argument ", j + 1, " is longer than argument",
                                                j == 1 ? " 1" : cat("s 1-", j)));
        }
        if (rt.has_error()) return Value();
      }
      return Value();
    }
    (*items)[i] = std::move(item);
  }
  return items;
}

// ---- map(function, *iterables)

struct Map : Object {
  Value function;
  std::vector<Value> iterators;
};

[[maybe_unused]] bool has_layout(const Object* object, const Map*) {
  return layout_extends(object, object->type->runtime->map_type);
}

Value map_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) > 0 && type == rt.map_type) {
    return rt.raise(Exc::kTypeError, "map() takes no keyword arguments");
  }
  if (nargs < 2) return rt.raise(Exc::kTypeError, "map() must have at least two arguments.");
  auto* m = new_object<Map>(rt.gc, type, type->instance_size - sizeof(Map));
  Value result = Value::steal(m);
  m->function = args[0];
  for (size_t i = 1; i < nargs; ++i) {
    Value iterator = get_iter(rt, args[i]);
    if (iterator.is_null()) return iterator;
    m->iterators.push_back(std::move(iterator));
  }
  return result;
}

Value map_next(Runtime& rt, const Value& self) {
  auto* m = self.as<Map>();
  constexpr size_t kInline = 4;
  if (m->iterators.size() <= kInline) {
    Value items[kInline];
    for (size_t i = 0; i < m->iterators.size(); ++i) {
      items[i] = iter_next(rt, m->iterators[i]);
      if (items[i].is_null()) return Value();
    }
    return call(rt, m->function, items, m->iterators.size());
  }
  std::vector<Value> items;
  for (const Value& iterator : m->iterators) {
    items.push_back(iter_next(rt, iterator));
    if (items.back().is_null()) return Value();
  }
  return call(rt, m->function, items.data(), items.size());
}

// ---- filter(function or None, iterable)

struct Filter : Object {
  Value function;
  Value iterator;
};

[[maybe_unused]] bool has_layout(const Object* object, const Filter*) {
  return layout_extends(object, object->type->runtime->filter_type);
}

Value filter_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == rt.filter_type && !expect_no_keywords(rt, "filter", kwnames)) return Value();
  if (!expect_positional(rt, "filter", nargs, nullptr, 2, 2)) return Value();
  Value iterator = get_iter(rt, args[1]);
  if (iterator.is_null()) return iterator;
  auto* f = new_object<Filter>(rt.gc, type, type->instance_size - sizeof(Filter));
  f->function = args[0];
  f->iterator = std::move(iterator);
  return Value::steal(f);
}

Value filter_next(Runtime& rt, const Value& self) {
  auto* f = self.as<Filter>();
  ItemPoll poll(rt);  // the items it drops may never end
  for (;;) {
    Value item = iter_next(rt, f->iterator);
    if (item.is_null()) return item;
    if (poll.tick()) return Value();
    int keep;
    if (f->function.is_none() || f->function.is(Value::from_object(rt.bool_type))) {
      keep = truth(rt, item);
    } else {
      Value verdict = call(rt, f->function, &item, 1);
      if (verdict.is_null()) return verdict;
      keep = truth(rt, verdict);
    }
    if (keep < 0) return Value();
    if (keep) return item;
  }
}

// ---- reversed(sequence): counts down over __len__/__getitem__.

struct Reversed : Object {
  Value sequence;  // null once exhausted
  int64_t index = 0;
};

[[maybe_unused]] bool has_layout(const Object* object, const Reversed*) {
  return layout_extends(object, object->type->runtime->reversed_type);
}

Value reversed_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == rt.reversed_type && !expect_no_keywords(rt, "reversed", kwnames)) return Value();
  if (!expect_positional(rt, "reversed", nargs, nullptr, 1, 1)) return Value();
  const Value& sequence = args[0];
  Type* sequence_type = rt.type_of(sequence);
  const Value* method = lookup_in_mro(sequence_type, rt.names.dunder_reversed);
  if (method != nullptr && !method->is_none()) {
    return call_special_method(rt, sequence, rt.names.dunder_reversed, nullptr, 0);
  }
  // __reversed__ = None opts out of the sequence fallback too.
  if (method != nullptr || sequence_type->length == nullptr || sequence_type->getitem == nullptr ||
      sequence_type->has_flag(kTypeDictSubclass)) {
    return rt.raise(Exc::kTypeError,
                    cat("'", message_type_name(sequence_type), "' object is not reversible"));
  }
  const int64_t n = length(rt, sequence);
  if (n < 0) return Value();
  auto* r = new_object<Reversed>(rt.gc, type, type->instance_size - sizeof(Reversed));
  r->sequence = sequence;
  r->index = n - 1;
  return Value::steal(r);
}

Value reversed_next(Runtime& rt, const Value& self) {
  auto* r = self.as<Reversed>();
  if (r->sequence.is_null() || r->index < 0) {
    r->sequence = Value();
    return Value();
  }
  const Value sequence = r->sequence;  // as in sequence_iterator_next
  Value item = get_item(rt, sequence, Value::small_int(r->index));
  if (item.is_null()) {
    if (rt.error_matches(Exc::kIndexError) || rt.error_matches(Exc::kStopIteration)) {
      rt.clear_error();
      r->sequence = Value();
    }
    return Value();
  }
  --r->index;
  return item;
}

Value reversed_length_hint(Runtime&, const Value* args, size_t, Tuple*) {
  auto* r = args[0].as<Reversed>();
  return Value::small_int(r->sequence.is_null() ? 0 : r->index + 1);
}

const MethodDef kReversedMethods[] = {{"__length_hint__", reversed_length_hint}};

template <class T, class... Members>
void define_iterator(Runtime& rt, Type* type, const char* name, UnaryFn next, TraverseFn traverse,
                     ClearFn clear) {
  define_builtin_type(rt, type, name, rt.object_type, sizeof(T), kTypeHasGc, dealloc_object<T>);
  type->traverse = traverse;
  type->clear = clear;
  type->iter = iterator_self;
  type->next = next;
}

}  // namespace

Value make_sequence_iterator(Runtime& rt, const Value& sequence) {
  auto* it = new_object<SequenceIterator>(rt.gc, rt.sequence_iterator_type, 0);
  it->sequence = sequence;
  return Value::steal(it);
}

Value make_callable_iterator(Runtime& rt, const Value& callable, const Value& sentinel) {
  auto* it = new_object<CallableIterator>(rt.gc, rt.callable_iterator_type, 0);
  it->callable = callable;
  it->sentinel = sentinel;
  return Value::steal(it);
}

void init_iterator_types(Runtime& rt) {
  define_iterator<SequenceIterator>(
      rt, rt.sequence_iterator_type, "iterator", sequence_iterator_next,
      [](Object* self, VisitFn visit, void* context) {
        visit_value(static_cast<SequenceIterator*>(self)->sequence, visit, context);
      },
      [](Object* self) { Value dropped = std::move(static_cast<SequenceIterator*>(self)->sequence); });
  define_iterator<CallableIterator>(
      rt, rt.callable_iterator_type, "callable_iterator", callable_iterator_next,
      [](Object* self, VisitFn visit, void* context) {
        auto* it = static_cast<CallableIterator*>(self);
        visit_value(it->callable, visit, context);
        visit_value(it->sentinel, visit, context);
      },
      [](Object* self) {
        auto* it = static_cast<CallableIterator*>(self);
        Value a = std::move(it->callable), b = std::move(it->sentinel);
      });
  define_iterator<Enumerate>(
      rt, rt.enumerate_type, "enumerate", enumerate_next,
      [](Object* self, VisitFn visit, void* context) {
        auto* e = static_cast<Enumerate*>(self);
        visit_value(e->iterator, visit, context);
        visit_value(e->index, visit, context);
      },
      [](Object* self) {
        auto* e = static_cast<Enumerate*>(self);
        Value a = std::move(e->iterator), b = std::move(e->index);
      });
  rt.enumerate_type->new_instance = enumerate_new;
  rt.enumerate_type->flags |= kTypeBaseType;
  define_iterator<Zip>(
      rt, rt.zip_type, "zip", zip_next,
      [](Object* self, VisitFn visit, void* context) {
        for (const Value& v : static_cast<Zip*>(self)->iterators) visit_value(v, visit, context);
      },
      [](Object* self) {
        std::vector<Value> dropped = std::move(static_cast<Zip*>(self)->iterators);
        static_cast<Zip*>(self)->iterators.clear();
      });
  rt.zip_type->new_instance = zip_new;
  rt.zip_type->flags |= kTypeBaseType;
  define_iterator<Map>(
      rt, rt.map_type, "map", map_next,
      [](Object* self, VisitFn visit, void* context) {
        auto* m = static_cast<Map*>(self);
        visit_value(m->function, visit, context);
        for (const Value& v : m->iterators) visit_value(v, visit, context);
      },
      [](Object* self) {
        auto* m = static_cast<Map*>(self);
        Value f = std::move(m->function);
        std::vector<Value> dropped = std::move(m->iterators);
        m->iterators.clear();
      });
  rt.map_type->new_instance = map_new;
  rt.map_type->flags |= kTypeBaseType;
  define_iterator<Filter>(
      rt, rt.filter_type, "filter", filter_next,
      [](Object* self, VisitFn visit, void* context) {
        auto* f = static_cast<Filter*>(self);
        visit_value(f->function, visit, context);
        visit_value(f->iterator, visit, context);
      },
      [](Object* self) {
        auto* f = static_cast<Filter*>(self);
        Value a = std::move(f->function), b = std::move(f->iterator);
      });
  rt.filter_type->new_instance = filter_new;
  rt.filter_type->flags |= kTypeBaseType;
  define_iterator<Reversed>(
      rt, rt.reversed_type, "reversed", reversed_next,
      [](Object* self, VisitFn visit, void* context) {
        visit_value(static_cast<Reversed*>(self)->sequence, visit, context);
      },
      [](Object* self) { Value dropped = std::move(static_cast<Reversed*>(self)->sequence); });
  rt.reversed_type->new_instance = reversed_new;
  rt.reversed_type->flags |= kTypeBaseType;
  add_methods(rt, rt.reversed_type, kReversedMethods);
}

}  // namespace pyvm
