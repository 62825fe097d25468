// SPDX-License-Identifier: GPL-3.0-or-later
// Weak references (see weakref.h): each referent's list in the runtime's
// side table, clearing them when the referent dies, and weakref.ref.
#include "runtime/weakref.h"

#include <cinttypes>
#include <cstdio>
#include <string>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/generic_alias.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// ---- a referent's list

WeakReference* list_head(const Object* referent) {
  Runtime& rt = *referent->type->runtime;
  auto found = rt.weak_reference_lists.find(referent);
  return found == rt.weak_reference_lists.end() ? nullptr : found->second;
}

// Records the list's new first element; an empty list leaves the table
// (and the container's header flag) so the referent's death costs nothing.
void set_list_head(Object* referent, WeakReference* head) {
  Runtime& rt = *referent->type->runtime;
  const bool container = referent->type->has_flag(kTypeHasGc);
  if (head == nullptr) {
    rt.weak_reference_lists.erase(referent);
    if (container) gc_header_of(referent)->flags &= ~kGcWeaklyReferenced;
  } else {
    rt.weak_reference_lists[referent] = head;
    if (container) gc_header_of(referent)->flags |= kGcWeaklyReferenced;
  }
}

void insert_head(Object* referent, WeakReference* reference) {
  WeakReference* head = list_head(referent);
  reference->referent = referent;
  reference->previous = nullptr;
  reference->next = head;
  if (head != nullptr) head->previous = reference;
  set_list_head(referent, reference);
}

void insert_after(WeakReference* previous, WeakReference* reference) {
  reference->referent = previous->referent;
  reference->previous = previous;
  reference->next = previous->next;
  if (previous->next != nullptr) previous->next->previous = reference;
  previous->next = reference;
}

// Takes a reference out of its referent's list: it is dead from now on.
void unlink(WeakReference* reference) {
  Object* referent = reference->referent;
  if (referent == nullptr) return;
  if (reference->next != nullptr) reference->next->previous = reference->previous;
  if (reference->previous != nullptr) {
    reference->previous->next = reference->next;
  } else {
    set_list_head(referent, reference->next);
  }
  reference->referent = nullptr;
  reference->previous = reference->next = nullptr;
}

bool is_proxy_type(Runtime& rt, const Type* type) {
  return type == rt.weak_proxy_type || type == rt.weak_callable_proxy_type;
}

// The list's shared callback-less exact ref and proxy (CPython keeps them
// first, ref before proxy), or null.
struct BasicReferences {
  WeakReference* ref = nullptr;
  WeakReference* proxy = nullptr;
};
BasicReferences basic_references(Runtime& rt, WeakReference* head) {
  BasicReferences basic;
  if (head != nullptr && head->type == rt.weakref_type && head->callback.is_null()) {
    basic.ref = head;
    head = head->next;
  }
  if (head != nullptr && is_proxy_type(rt, head->type) && head->callback.is_null()) {
    basic.proxy = head;
  }
  return basic;
}

Ref<WeakReference> allocate_reference(Runtime& rt, Type* type, const Value& callback) {
  auto* reference =
      new_object<WeakReference>(rt.gc, type, type->instance_size - sizeof(WeakReference));
  if (!callback.is_null() && !callback.is_none()) reference->callback = callback;
  return Ref<WeakReference>::steal(reference);
}

bool check_referenceable(Runtime& rt, const Value& object) {
  if (object.is_object() && is_weakly_referenceable(object.as_object())) return true;
  raise_not_weakly_referenceable(rt, object);
  return false;
}

// ---- weakref.ref

WeakReference* as_reference(const Value& value) {
  return static_cast<WeakReference*>(value.as_object());
}

void weakref_traverse(Object* self, VisitFn visit, void* context) {
  const Value& callback = static_cast<WeakReference*>(self)->callback;
  if (callback.is_object()) visit(callback.as_object(), context);
}

void weakref_clear(Object* self) {
  auto* reference = static_cast<WeakReference*>(self);
  unlink(reference);
  Value dropped = std::move(reference->callback);
}

void weakref_dealloc(Object* self) {
  unlink(static_cast<WeakReference*>(self));
  dealloc_object<WeakReference>(self);
}

// ref(object[, callback]): keywords are refused, more arguments are left to
// a subclass's __init__ only through its own __new__ (as in CPython).
Value weakref_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) {
    return rt.raise(Exc::kTypeError, "ref() takes no keyword arguments");
  }
  if (!expect_positional(rt, "__new__", nargs, nullptr, 1, 2)) return Value();
  return make_weak_reference(rt, type, args[0], nargs == 2 ? args[1] : Value());
}

bool weakref_init(Runtime& rt, const Value&, const Value* args, size_t nargs, Tuple* kwnames) {
  (void)args;
  return expect_positional(rt, "__init__", nargs - tuple_size(kwnames), nullptr, 1, 2);
}

Value weakref_call(Runtime& rt, const Value& self, const Value*, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0)
    return rt.raise(Exc::kTypeError, "weakref() takes no keyword arguments");
  if (nargs != 0) {
    return rt.raise(Exc::kTypeError,
                    cat("weakref expected 0 arguments, got ", std::to_string(nargs)));
  }
  return weak_reference_target(as_reference(self));
}

bool weakref_hash(Runtime& rt, const Value& self, int64_t* out) {
  WeakReference* reference = as_reference(self);
  if (!reference->hash_known) {
    if (reference->referent == nullptr) {
      rt.raise(Exc::kTypeError, "weak object has gone away");
      return false;
    }
    // The referent stays alive while its hash runs.
    const Value referent = Value::from_object(reference->referent);
    if (!hash(rt, referent, &reference->hash)) return false;
    reference->hash_known = true;
  }
  *out = reference->hash;
  return true;
}

bool is_weak_reference_or_proxy(Runtime& rt, const Value& value) {
  Type* type = rt.type_of(value);
  return is_subtype(type, rt.weakref_type) || is_proxy_type(rt, type);
}

// Equal while both referents live and are equal; once either died, only a
// reference to itself.
Value weakref_compare(Runtime& rt, const Value& left, const Value& right, CompareOp op) {
  if ((op != CompareOp::kEqual && op != CompareOp::kNotEqual) ||
      !is_weak_reference_or_proxy(rt, left) || !is_weak_reference_or_proxy(rt, right)) {
    return rt.not_implemented();
  }
  Object* left_referent = as_reference(left)->referent;
  Object* right_referent = as_reference(right)->referent;
  if (left_referent == nullptr || right_referent == nullptr) {
    const bool same = left.as_object() == right.as_object();
    return Value::boolean(op == CompareOp::kEqual ? same : !same);
  }
  const Value a = Value::from_object(left_referent);
  const Value b = Value::from_object(right_referent);
  return compare(rt, a, b, op);
}

std::string address_text(uintptr_t address) {
  char text[32];
  std::snprintf(text, sizeof text, "0x%" PRIxPTR, address);
  return text;
}

// The referent's __name__ as a special method is looked up: on its type
// (a function's or a class's name, not a module's), null when absent.
Value special_name(Runtime& rt, const Value& object) {
  const Value* found = lookup_in_mro(rt.type_of(object), rt.names.dunder_name);
  if (found == nullptr) return Value();
  Value name = *found;
  if (DescrGetFn get = rt.type_of(name)->descr_get) {
    name = get(rt, name, object, rt.type_of(object));
    if (name.is_null() && rt.error_matches(Exc::kAttributeError)) rt.clear_error();
  }
  return name;
}

Value weakref_repr(Runtime& rt, const Value& self) {
  const std::string address = address_text(static_cast<uintptr_t>(object_id(self)));
  Object* referent = as_reference(self)->referent;
  if (referent == nullptr) return make_str(rt, cat("<weakref at ", address, "; dead>"));
  const Value target = Value::from_object(referent);
  std::string text = cat("<weakref at ", address, "; to '", type_name(rt, target), "' at ",
                         address_text(reinterpret_cast<uintptr_t>(referent)));
  Value name = special_name(rt, target);
  if (rt.has_error()) return Value();
  if (!name.is_null() && is_str(name)) text += cat(" (", as_str(name)->view(), ")");
  return make_str(rt, text + ">");
}

Value weakref_callback_get(Runtime&, const Value& self) {
  const Value& callback = as_reference(self)->callback;
  return callback.is_null() ? Value::none() : callback;
}

const GetSetDef kWeakrefGetSets[] = {{"__callback__", weakref_callback_get}};

}  // namespace

bool has_layout(const Object* object, const WeakReference*) {
  Runtime& rt = *object->type->runtime;
  return layout_extends(object, rt.weakref_type) || is_proxy_type(rt, object->type);
}

bool is_weakly_referenceable(const Object* object) {
  return object->type->has_flag(kTypeWeakReferenceable);
}

Value raise_not_weakly_referenceable(Runtime& rt, const Value& object) {
  return rt.raise(Exc::kTypeError,
                  cat("cannot create weak reference to '", type_name(rt, object), "' object"));
}

Value make_weak_reference(Runtime& rt, Type* type, const Value& object, const Value& callback) {
  if (!check_referenceable(rt, object)) return Value();
  Object* referent = object.as_object();
  const bool has_callback = !callback.is_null() && !callback.is_none();
  const BasicReferences basic = basic_references(rt, list_head(referent));
  const bool basic_kind = !has_callback && type == rt.weakref_type;
  if (basic_kind && basic.ref != nullptr) return Value::from_object(basic.ref);
  Ref<WeakReference> reference = allocate_reference(rt, type, callback);
  WeakReference* previous = basic.proxy != nullptr ? basic.proxy : basic.ref;
  if (basic_kind || previous == nullptr) {
    insert_head(referent, reference.get());
  } else {
    insert_after(previous, reference.get());
  }
  return Value::steal(reference.release());
}

Value make_weak_proxy(Runtime& rt, const Value& object, const Value& callback) {
  if (!check_referenceable(rt, object)) return Value();
  Object* referent = object.as_object();
  const bool has_callback = !callback.is_null() && !callback.is_none();
  const BasicReferences basic = basic_references(rt, list_head(referent));
  if (!has_callback && basic.proxy != nullptr) return Value::from_object(basic.proxy);
  Type* type = is_callable(rt, object) ? rt.weak_callable_proxy_type : rt.weak_proxy_type;
  Ref<WeakReference> reference = allocate_reference(rt, type, callback);
  // The shared proxy goes right after the shared ref; others after both.
  WeakReference* previous = has_callback && basic.proxy != nullptr ? basic.proxy : basic.ref;
  if (previous == nullptr) {
    insert_head(referent, reference.get());
  } else {
    insert_after(previous, reference.get());
  }
  return Value::steal(reference.release());
}

Value weak_reference_target(const WeakReference* reference) {
  return reference->referent == nullptr ? Value::none() : Value::from_object(reference->referent);
}

std::vector<WeakReference*> weak_references_to(Runtime&, const Object* object) {
  std::vector<WeakReference*> references;
  if (!is_weakly_referenceable(object)) return references;
  for (WeakReference* reference = list_head(object); reference != nullptr;
       reference = reference->next) {
    references.push_back(reference);
  }
  return references;
}

bool has_weak_references_listed(const Object* object) {
  const Type* type = object->type;
  if (type->has_flag(kTypeHasGc)) {
    return (gc_header_of(const_cast<Object*>(object))->flags & kGcWeaklyReferenced) != 0;
  }
  const Runtime& rt = *type->runtime;
  return !rt.weak_reference_lists.empty() && rt.weak_reference_lists.count(object) != 0;
}

void detach_weak_references(Object* object, bool (*is_garbage)(Object*),
                            std::vector<WeakCallback>* callbacks) {
  WeakReference* reference = list_head(object);
  set_list_head(object, nullptr);
  while (reference != nullptr) {
    WeakReference* next = reference->next;
    reference->referent = nullptr;
    reference->previous = reference->next = nullptr;
    // A reference whose own count is zero is being freed (a subclass
    // instance's dealloc releasing its __dict__ can end the referent):
    // it must not be handed to a callback.
    if (!reference->callback.is_null() && reference->refcount > 0) {
      if (is_garbage == nullptr) {
        // A death by reference count: the callback is called once and let go.
        callbacks->push_back(
            {Ref<WeakReference>::borrow(reference), std::move(reference->callback)});
      } else if (!is_garbage(reference)) {
        callbacks->push_back({Ref<WeakReference>::borrow(reference), reference->callback});
      }
    }
    reference = next;
  }
}

void kill_if_weak_reference(Object* object) {
  if (has_layout(object, static_cast<const WeakReference*>(nullptr))) {
    unlink(static_cast<WeakReference*>(object));
  }
}

void call_weak_reference_callbacks(Runtime& rt, std::vector<WeakCallback>& callbacks) {
  if (callbacks.empty()) return;
  // Callbacks run wherever a reference is dropped, an exception unwinding
  // included: it is set aside meanwhile, and their errors are unraisable.
  Value interrupted_error = rt.take_error();
  for (WeakCallback& entry : callbacks) {
    const Value argument = Value::from_object(entry.reference.get());
    if (call(rt, entry.callback, &argument, 1).is_null()) rt.report_unraisable(entry.callback);
  }
  rt.raise_exception(std::move(interrupted_error));
}

void clear_weak_references(Object* object, bool call_callbacks) {
  // The count is zero while the callbacks run: the collector (and
  // gc.get_objects) must not see the object meanwhile.
  const bool tracked = object->type->has_flag(kTypeHasGc) && gc_header_of(object)->next != nullptr;
  if (tracked) Gc::untrack(object);
  std::vector<WeakCallback> callbacks;
  detach_weak_references(object, nullptr, &callbacks);
  Runtime& rt = *object->type->runtime;
  if (call_callbacks) call_weak_reference_callbacks(rt, callbacks);
  if (tracked) rt.gc.track(object);
}

void init_weakref_types(Runtime& rt) {
  Type* type = rt.weakref_type;
  define_builtin_type(rt, type, "ReferenceType", rt.object_type, sizeof(WeakReference),
                      kTypeHasGc | kTypeBaseType, weakref_dealloc);
  type->module_name = Ref<Str>::borrow(rt.intern("weakref"));
  type->traverse = weakref_traverse;
  type->clear = weakref_clear;
  type->new_instance = weakref_new;
  type->init = weakref_init;
  type->call = weakref_call;
  type->hash = weakref_hash;
  type->compare = weakref_compare;
  type->repr = weakref_repr;
  add_getsets(rt, type, kWeakrefGetSets);
  add_class_getitem(rt, type);
  init_weak_proxy_types(rt);
}

}  // namespace pyvm
