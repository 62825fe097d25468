// SPDX-License-Identifier: GPL-3.0-or-later
// dict.keys()/values()/items(): live views of a dict (they see later
// changes), with set operations on keys and items; and the dict iterators,
// which detect a dict changing size under them.
#include "runtime/dict_views.h"

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

struct DictView : Object {
  Value dict;
};

[[maybe_unused]] bool has_layout(const Object* object, const DictView*) {
  return layout_extends(object, object->type->runtime->dict_keys_type) ||
         layout_extends(object, object->type->runtime->dict_values_type) ||
         layout_extends(object, object->type->runtime->dict_items_type);
}

struct DictIterator : Object {
  Value dict;  // null once exhausted
  size_t position = 0;  // next entry to look at (reverse: one past it)
  size_t initial_size = 0;
  // Items still to come: a dict that kept its size but got other keys would
  // otherwise yield more than it had (CPython's "keys changed" check).
  size_t remaining = 0;
  DictIterationKind kind = DictIterationKind::kKeys;
  bool reverse = false;
};

[[maybe_unused]] bool has_layout(const Object* object, const DictIterator*) {
  return layout_extends(object, object->type->runtime->dict_iterator_type);
}

DictIterationKind kind_of_view(Runtime& rt, const Value& view) {
  Type* type = rt.type_of(view);
  return type == rt.dict_keys_type     ? DictIterationKind::kKeys
         : type == rt.dict_values_type ? DictIterationKind::kValues
                                       : DictIterationKind::kItems;
}

void view_traverse(Object* self, VisitFn visit, void* context) {
  auto* view = static_cast<DictView*>(self);
  if (view->dict.is_object()) visit(view->dict.as_object(), context);
}

void view_clear(Object* self) { Value dropped = std::move(static_cast<DictView*>(self)->dict); }

void iterator_traverse(Object* self, VisitFn visit, void* context) {
  auto* it = static_cast<DictIterator*>(self);
  if (it->dict.is_object()) visit(it->dict.as_object(), context);
}

void iterator_clear(Object* self) { Value dropped = std::move(static_cast<DictIterator*>(self)->dict); }

Value iterator_self(Runtime&, const Value& self) { return self; }

Value dict_iterator_next(Runtime& rt, const Value& self) {
  auto* it = self.as<DictIterator>();
  if (it->dict.is_null()) return Value();
  Dict* dict = as_dict(it->dict);
  if (dict->used != it->initial_size) {
    it->initial_size = static_cast<size_t>(-1);  // keep failing, as CPython does
    return rt.raise(Exc::kRuntimeError, "dictionary changed size during iteration");
  }
  DictEntry* entry = nullptr;
  if (it->reverse) {
    while (it->position > 0 && it->position <= dict->entry_count) {
      DictEntry* candidate = &dict->entries[--it->position];
      if (!candidate->key.is_null()) {
        entry = candidate;
        break;
      }
    }
  } else if (!dict_next(dict, &it->position, &entry)) {
    entry = nullptr;
  }
  if (entry == nullptr) {
    it->dict = Value();
    return Value();
  }
  if (it->remaining == 0) {
    it->dict = Value();
    return rt.raise(Exc::kRuntimeError, "dictionary keys changed during iteration");
  }
  --it->remaining;
  switch (it->kind) {
    case DictIterationKind::kKeys: return entry->key;
    case DictIterationKind::kValues: return entry->value;
    case DictIterationKind::kItems: return make_tuple(rt, {entry->key, entry->value});
  }
  return Value();
}

Value dict_iterator_length_hint(Runtime&, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<DictIterator>();
  if (it->dict.is_null() || as_dict(it->dict)->used != it->initial_size) return Value::small_int(0);
  return Value::small_int(static_cast<int64_t>(it->remaining));
}

// ---- views

Value view_iter(Runtime& rt, const Value& self) {
  return make_dict_iterator(rt, self.as<DictView>()->dict, kind_of_view(rt, self), false);
}

int64_t view_length(Runtime&, const Value& self) {
  return static_cast<int64_t>(as_dict(self.as<DictView>()->dict)->used);
}

Value view_repr(Runtime& rt, const Value& self) {
  Value items = list_from_iterable(rt, self);
  if (items.is_null()) return items;
  std::string text = cat(type_name(rt, self), "(");
  if (!repr_text(rt, items, &text)) return Value();
  text += ")";
  return make_str(rt, text);
}

int view_contains(Runtime& rt, const Value& self, const Value& item) {
  Dict* dict = as_dict(self.as<DictView>()->dict);
  switch (kind_of_view(rt, self)) {
    case DictIterationKind::kKeys: return dict_contains(rt, dict, item);
    case DictIterationKind::kItems: {
      if (!is_tuple(item) || as_tuple(item)->size != 2) return 0;
      Value value = dict_get(rt, dict, (*as_tuple(item))[0]);
      if (value.is_null()) return rt.has_error() ? -1 : 0;
      return equals(rt, value, (*as_tuple(item))[1]);
    }
    case DictIterationKind::kValues: break;
  }
  int found = 0;
  const bool ok = for_each(rt, self, [&](Value value) {
    found = equals(rt, value, item);
    return found == 0;
  });
  return found != 0 ? found : (ok ? 0 : -1);
}

Value view_reversed(Runtime& rt, const Value* args, size_t, Tuple*) {
  return make_dict_iterator(rt, args[0].as<DictView>()->dict, kind_of_view(rt, args[0]), true);
}

Value view_mapping(Runtime&, const Value& self) { return self.as<DictView>()->dict; }

// Keys and items views act as sets: `d.keys() & other` is a set.
bool is_set_like_view(Runtime& rt, const Value& v) {
  Type* type = rt.type_of(v);
  return type == rt.dict_keys_type || type == rt.dict_items_type;
}

// `a OP b` where one side is a keys or items view: set(a), then the set
// method with b as its argument (CPython's dictviews_or/sub/xor), so the
// left operand's items are the ones kept.
Value view_set_operation(Runtime& rt, const char* method, const Value& a, const Value& b) {
  const bool a_is_view = is_set_like_view(rt, a);
  if (!a_is_view && !is_set_like_view(rt, b)) return rt.not_implemented();
  Value result = set_from_iterable(rt, rt.set_type, a);
  if (result.is_null()) return result;
  if (call_method(rt, result, rt.intern(method), &b, 1).is_null()) return Value();
  return result;
}

Value view_or(Runtime& rt, const Value& a, const Value& b) {
  return view_set_operation(rt, "update", a, b);
}
// items ^ items (CPython's dictitems_xor): the pairs of b not in a, in b's
// order, then what is left of a's.
Value items_xor(Runtime& rt, Dict* a, Dict* b) {
  Ref<Dict> rest = dict_copy(rt, a);
  Ref<Set> result = make_set(rt, rt.set_type);
  size_t position = 0;
  DictEntry* entry;
  while (dict_next(b, &position, &entry)) {
    const Value key = entry->key;  // copies: __eq__ below may change b
    const Value value = entry->value;
    const int64_t index = dict_find(rt, rest.get(), key, entry->hash);
    if (index == -2) return Value();
    int same = 0;
    if (index >= 0) {
      const Value mine = rest->entries[index].value;
      same = equals(rt, mine, value);
      if (same < 0) return Value();
    }
    if (same) {
      if (dict_delete(rt, rest.get(), key) < 0) return Value();
    } else if (!set_add(rt, result.get(), make_tuple(rt, {key, value}))) {
      return Value();
    }
  }
  const Value rest_items = make_dict_view(rt, rt.dict_items_type, Value(rest));
  if (!set_update(rt, result.get(), rest_items)) return Value();
  return result;
}

Value view_xor(Runtime& rt, const Value& a, const Value& b) {
  if (rt.type_of(a) == rt.dict_items_type && rt.type_of(b) == rt.dict_items_type) {
    return items_xor(rt, as_dict(a.as<DictView>()->dict), as_dict(b.as<DictView>()->dict));
  }
  return view_set_operation(rt, "symmetric_difference_update", a, b);
}
Value view_subtract(Runtime& rt, const Value& a, const Value& b) {
  return view_set_operation(rt, "difference_update", a, b);
}

// view & other (either order), CPython's _PyDictView_Intersect: the smaller
// side is iterated and each of its items looked up in the other side.
Value view_and(Runtime& rt, const Value& a, const Value& b) {
  if (!is_set_like_view(rt, a) && !is_set_like_view(rt, b)) return rt.not_implemented();
  Value view = is_set_like_view(rt, a) ? a : b;
  Value other = is_set_like_view(rt, a) ? b : a;
  const int64_t view_size = length(rt, view);
  if (rt.type_of(other) == rt.set_type) {
    const int64_t other_size = length(rt, other);
    if (view_size <= other_size) return call_method(rt, other, rt.intern("intersection"), &view, 1);
  }
  if (is_set_like_view(rt, other) && length(rt, other) > view_size) std::swap(view, other);
  Ref<Set> result = make_set(rt, rt.set_type);
  const bool ok = for_each(rt, other, [&](Value item) {
    const int found = view_contains(rt, view, item);
    return found == 0 || (found > 0 && set_add(rt, result.get(), item));
  });
  return ok ? Value(result) : Value();
}

// 1 when every item of `items` is in `container` (CPython's all_contained_in).
int all_contained_in(Runtime& rt, const Value& items, const Value& container) {
  int found = 1;
  const bool ok = for_each(rt, items, [&](Value item) {
    found = contains(rt, container, item);
    return found > 0;
  });
  if (found < 0 || (!ok && found > 0)) return -1;
  return found;
}

Value view_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  const bool other_is_set = is_instance(rt, b, rt.set_type) || is_instance(rt, b, rt.frozenset_type) ||
                            is_set_like_view(rt, b);
  if (!other_is_set) return rt.not_implemented();
  const int64_t a_size = length(rt, a);
  const int64_t b_size = length(rt, b);
  if (a_size < 0 || b_size < 0) return Value();
  int result = 0;
  switch (op) {
    case CompareOp::kEqual:
    case CompareOp::kNotEqual:
      if (a_size == b_size) result = all_contained_in(rt, a, b);
      if (op == CompareOp::kNotEqual && result >= 0) result = !result;
      break;
    case CompareOp::kLess: if (a_size < b_size) result = all_contained_in(rt, a, b); break;
    case CompareOp::kLessEqual: if (a_size <= b_size) result = all_contained_in(rt, a, b); break;
    case CompareOp::kGreater: if (a_size > b_size) result = all_contained_in(rt, b, a); break;
    case CompareOp::kGreaterEqual: if (a_size >= b_size) result = all_contained_in(rt, b, a); break;
  }
  if (result < 0) return Value();
  return Value::boolean(result);
}

Value view_isdisjoint(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "isdisjoint", nargs - 1, kwnames)) return Value();
  int overlap = 0;
  const bool ok = for_each(rt, args[1], [&](Value item) {
    overlap = view_contains(rt, args[0], item);
    return overlap == 0;
  });
  if (overlap < 0 || !ok) return Value();
  return Value::boolean(overlap == 0);
}

const MethodDef kViewMethods[] = {{"__reversed__", view_reversed}};
const MethodDef kSetViewMethods[] = {{"__reversed__", view_reversed},
                                     {"isdisjoint", view_isdisjoint}};
const GetSetDef kViewGetSets[] = {{"mapping", view_mapping}};
const MethodDef kIteratorMethods[] = {{"__length_hint__", dict_iterator_length_hint}};

}  // namespace

Value make_dict_view(Runtime& rt, Type* view_type, const Value& dict) {
  auto* view = new_object<DictView>(rt.gc, view_type, 0);
  view->dict = dict;
  return Value::steal(view);
}

Value make_dict_iterator(Runtime& rt, const Value& dict, DictIterationKind kind, bool reverse) {
  auto* it = new_object<DictIterator>(rt.gc, rt.dict_iterator_type, 0);
  it->dict = dict;
  it->kind = kind;
  it->reverse = reverse;
  it->initial_size = it->remaining = as_dict(dict)->used;
  it->position = reverse ? as_dict(dict)->entry_count : 0;
  return Value::steal(it);
}

void init_dict_view_types(Runtime& rt) {
  const struct {
    Type* type;
    const char* name;
    bool set_like;
  } kViews[] = {{rt.dict_keys_type, "dict_keys", true},
                {rt.dict_values_type, "dict_values", false},
                {rt.dict_items_type, "dict_items", true}};
  for (const auto& view : kViews) {
    Type* type = view.type;
    define_builtin_type(rt, type, view.name, rt.object_type, sizeof(DictView), kTypeHasGc,
                        dealloc_object<DictView>);
    type->traverse = view_traverse;
    type->clear = view_clear;
    type->iter = view_iter;
    type->length = view_length;
    type->repr = view_repr;
    type->contains = view_contains;
    add_getsets(rt, type, kViewGetSets);
    if (view.set_like) {
      type->hash = hash_unhashable;
      type->compare = view_compare;
      type->binary[static_cast<int>(BinaryOp::kAnd)] = view_and;
      type->binary[static_cast<int>(BinaryOp::kOr)] = view_or;
      type->binary[static_cast<int>(BinaryOp::kXor)] = view_xor;
      type->binary[static_cast<int>(BinaryOp::kSubtract)] = view_subtract;
      add_methods(rt, type, kSetViewMethods);
    } else {
      add_methods(rt, type, kViewMethods);
    }
  }
  Type* iterator = rt.dict_iterator_type;
  define_builtin_type(rt, iterator, "dict_keyiterator", rt.object_type, sizeof(DictIterator),
                      kTypeHasGc, dealloc_object<DictIterator>);
  iterator->traverse = iterator_traverse;
  iterator->clear = iterator_clear;
  iterator->iter = iterator_self;
  iterator->next = dict_iterator_next;
  add_methods(rt, iterator, kIteratorMethods);
}

}  // namespace pyvm
