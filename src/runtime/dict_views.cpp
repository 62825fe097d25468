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

struct DictIterator : Object {
  Value dict;  // null once exhausted
  size_t position = 0;  // next entry to look at (reverse: one past it)
  size_t initial_size = 0;
  DictIterationKind kind = DictIterationKind::kKeys;
  bool reverse = false;
};

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
  switch (it->kind) {
    case DictIterationKind::kKeys: return entry->key;
    case DictIterationKind::kValues: return entry->value;
    case DictIterationKind::kItems: return make_tuple(rt, {entry->key, entry->value});
  }
  return Value();
}

Value dict_iterator_length_hint(Runtime&, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<DictIterator>();
  if (it->dict.is_null()) return Value::small_int(0);
  return Value::small_int(static_cast<int64_t>(as_dict(it->dict)->used));
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

Value as_set(Runtime& rt, const Value& v) {
  if (rt.type_of(v) == rt.set_type || rt.type_of(v) == rt.frozenset_type) return v;
  return set_from_iterable(rt, rt.set_type, v);
}

Value view_set_operation(Runtime& rt, BinaryOp op, const Value& a, const Value& b) {
  // Either operand may be the view (reflected forms call this too).
  const bool a_is_view = is_set_like_view(rt, a);
  if (!a_is_view && !is_set_like_view(rt, b)) return rt.not_implemented();
  Value other = a_is_view ? b : a;
  if (rt.type_of(other)->iter == nullptr && rt.type_of(other)->getitem == nullptr) {
    return rt.not_implemented();
  }
  Value left = set_from_iterable(rt, rt.set_type, a);
  if (left.is_null()) return left;
  Value right = as_set(rt, b);
  if (right.is_null()) return right;
  return binary_op(rt, op, left, right);
}

Value view_and(Runtime& rt, const Value& a, const Value& b) {
  return view_set_operation(rt, BinaryOp::kAnd, a, b);
}
Value view_or(Runtime& rt, const Value& a, const Value& b) {
  return view_set_operation(rt, BinaryOp::kOr, a, b);
}
Value view_xor(Runtime& rt, const Value& a, const Value& b) {
  return view_set_operation(rt, BinaryOp::kXor, a, b);
}
Value view_subtract(Runtime& rt, const Value& a, const Value& b) {
  return view_set_operation(rt, BinaryOp::kSubtract, a, b);
}

Value view_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  const bool other_is_set = rt.type_of(b) == rt.set_type || rt.type_of(b) == rt.frozenset_type ||
                            is_set_like_view(rt, b);
  if (!other_is_set) return rt.not_implemented();
  Value left = set_from_iterable(rt, rt.set_type, a);
  if (left.is_null()) return left;
  Value right = as_set(rt, b);
  if (right.is_null()) return right;
  return compare(rt, left, right, op);
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
  it->initial_size = as_dict(dict)->used;
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
