// SPDX-License-Identifier: GPL-3.0-or-later
// object, type, NoneType, NotImplementedType and ellipsis; type creation
// (allocation, MRO, slot inheritance) shared by built-in and user classes.
#include "runtime/object_type.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/mapping_proxy.h"
#include "runtime/protocols.h"
#include "runtime/sizeof.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

namespace pyvm {

// ------------------------------------------------------------- type creation

namespace {

// Takes a dying type out of its bases' subclass lists and its subclasses'
// base lists.
void unlink_from_bases(Type* type) {
  for (Type* base : type->linked_bases) std::erase(base->subclasses, type);
  type->linked_bases.clear();
  for (Type* subclass : type->subclasses) std::erase(subclass->linked_bases, type);
  type->subclasses.clear();
}

// The dealloc, traverse and clear slots of `type` itself. A class whose
// metaclass is a class is an instance of a class: heap_type.cpp's instance
// slots call these and handle the reference to the metaclass.
void type_dealloc(Object* self) {
  Type* type = static_cast<Type*>(self);  // the dealloc slot of `type`: self is a type
  Gc::untrack(self);
  unlink_from_bases(type);
  type->~Type();
  Gc::free_memory(self, true);
}

void type_traverse(Object* self, VisitFn visit, void* context) {
  Type* type = static_cast<Type*>(self);
  if (type->dict) visit(type->dict.get(), context);
  if (type->bases) visit(type->bases.get(), context);
  if (type->mro) visit(type->mro.get(), context);
  if (type->slot_names) visit(type->slot_names.get(), context);
}

void type_clear(Object* self) {
  Type* type = static_cast<Type*>(self);
  unlink_from_bases(type);
  type->version = 0;  // attribute caches must not point into the dict being dropped
  // Move out first: dropping a reference may run code that looks at the type.
  Ref<Dict> dict = std::move(type->dict);
  Ref<Tuple> bases = std::move(type->bases);
  Ref<Tuple> mro = std::move(type->mro);
  type->base = nullptr;
}

template <class Slot>
void inherit(Slot& slot, Slot from) {
  if (slot == nullptr) slot = from;
}

}  // namespace

void inherit_type_slots(Type* type, const Type* base) {
  const bool heap = type->has_flag(kTypeHeapType);
  inherit(type->traverse, base->traverse);
  inherit(type->clear, base->clear);
  inherit(type->finalize, base->finalize);
  inherit(type->repr, base->repr);
  inherit(type->str, base->str);
  inherit(type->hash, base->hash);
  inherit(type->compare, base->compare);
  inherit(type->truth, base->truth);
  inherit(type->getattr, base->getattr);
  inherit(type->setattr, base->setattr);
  inherit(type->descr_get, base->descr_get);
  inherit(type->descr_set, base->descr_set);
  inherit(type->call, base->call);
  // A built-in type without its own constructor cannot be instantiated
  // ("cannot create 'list_iterator' instances"); classes inherit theirs.
  if (heap) inherit(type->new_instance, base->new_instance);
  inherit(type->init, base->init);
  inherit(type->iter, base->iter);
  inherit(type->next, base->next);
  inherit(type->length, base->length);
  inherit(type->getitem, base->getitem);
  inherit(type->setitem, base->setitem);
  inherit(type->contains, base->contains);
  for (int i = 0; i < kBinaryOpCount; ++i) {
    inherit(type->binary[i], base->binary[i]);
    inherit(type->inplace[i], base->inplace[i]);
  }
  inherit(type->power, base->power);
  inherit(type->negative, base->negative);
  inherit(type->positive, base->positive);
  inherit(type->invert, base->invert);
  inherit(type->absolute, base->absolute);
  inherit(type->index, base->index);
  inherit(type->to_int, base->to_int);
  inherit(type->to_float, base->to_float);
  inherit(type->item_bytes, base->item_bytes);
  constexpr uint32_t kInheritedFlags =
      kTypeHasGc | kTypeIntSubclass | kTypeFloatSubclass | kTypeStrSubclass | kTypeTupleSubclass |
      kTypeListSubclass | kTypeDictSubclass | kTypeExceptionSubclass | kTypeTypeSubclass |
      kTypeWeakReferenceable | kTypeSequence | kTypeMapping | kTypeMatchSelf | kTypeVariableSize |
      kTypeSequenceConcat | kTypeExceptionInitSetsAttributes;
  type->flags |= base->flags & kInheritedFlags;
  // A class's layout is type_new's alone: another base's __dict__ offset
  // need not be a Value in it.
  if (!heap && type->dict_offset == 0) type->dict_offset = base->dict_offset;
}

namespace {

// The __dict__ attribute of instances that have one.
Value instance_dict_get(Runtime& rt, const Value& self) {
  Value* slot = instance_dict_slot(self);
  if (slot == nullptr) return raise_no_attribute(rt, self, rt.names.dunder_dict);
  if (slot->is_null()) *slot = make_instance_dict(rt);
  return *slot;
}

bool instance_dict_set(Runtime& rt, const Value& self, const Value& value) {
  Value* slot = instance_dict_slot(self);
  if (slot == nullptr) {
    raise_no_attribute(rt, self, rt.names.dunder_dict);
    return false;
  }
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, "cannot delete __dict__");
    return false;
  }
  if (!is_dict(value)) {
    rt.raise(Exc::kTypeError,
             cat("__dict__ must be set to a dictionary, not a '", type_name(rt, value), "'"));
    return false;
  }
  *slot = value;
  return true;
}

const GetSetDef kInstanceDictGetSet[] = {{"__dict__", instance_dict_get, instance_dict_set}};

// The instance's first weak reference (the shared callback-less one when
// there is one), or None.
Value instance_weakref_get(Runtime& rt, const Value& self) {
  const std::vector<WeakReference*> references = weak_references_to(rt, self.as_object());
  return references.empty() ? Value::none() : Value::from_object(references.front());
}

const GetSetDef kInstanceWeakrefGetSet[] = {{"__weakref__", instance_weakref_get}};

}  // namespace

Type* allocate_type(Runtime& rt, Type* metatype) {
  // A metaclass's instances (classes) have its layout: a Type, then the
  // slots it adds (its instances' __dict__), which start out null.
  const size_t size = metatype && metatype->instance_size > sizeof(Type) ? metatype->instance_size
                                                                         : sizeof(Type);
  void* memory = rt.gc.allocate_container(size);
  std::memset(static_cast<char*>(memory) + sizeof(Type), 0, size - sizeof(Type));
  Type* type = ::new (memory) Type();
  type->refcount = 1;
  type->type = metatype ? metatype : type;
  type->runtime = &rt;
  return type;
}

void define_builtin_type(Runtime& rt, Type* type, std::string_view name, Type* base,
                         size_t instance_size, uint32_t flags, DeallocFn dealloc) {
  type->name = Ref<Str>::borrow(rt.intern(name));
  type->qualname = type->name;
  type->module_name = Ref<Str>::borrow(rt.names.builtins);
  type->base = base;
  type->instance_size = instance_size;
  type->flags |= flags;
  type->dealloc = dealloc;
  if (!type->dict) type->dict = make_dict(rt);
}

bool compute_mro(Runtime& rt, Type* type) {
  // C3: merge the bases' MROs and the list of bases, repeatedly taking the
  // first head that appears in no other list's tail.
  std::vector<std::vector<Type*>> sequences;
  const Tuple* bases = type->bases.get();
  for (size_t i = 0; i < bases->size; ++i) {
    const Tuple* base_mro = (*bases)[i].as<Type>()->mro.get();
    std::vector<Type*> sequence;
    for (size_t j = 0; j < base_mro->size; ++j) sequence.push_back((*base_mro)[j].as<Type>());
    sequences.push_back(std::move(sequence));
  }
  std::vector<Type*> base_list;
  for (size_t i = 0; i < bases->size; ++i) base_list.push_back((*bases)[i].as<Type>());
  sequences.push_back(base_list);

  std::vector<Value> result{Value::from_object(type)};
  for (;;) {
    bool any_left = false;
    Type* chosen = nullptr;
    for (auto& sequence : sequences) {
      if (sequence.empty()) continue;
      any_left = true;
      Type* head = sequence.front();
      const bool in_a_tail = std::any_of(sequences.begin(), sequences.end(), [&](auto& other) {
        return std::find(other.begin() + (other.empty() ? 0 : 1), other.end(), head) !=
               other.end();
      });
      if (!in_a_tail) {
        chosen = head;
        break;
      }
    }
    if (!any_left) break;
    if (chosen == nullptr) {
      std::string names;
      for (Type* base : base_list) {
        if (!names.empty()) names += ", ";
        names += base->name->view();
      }
      rt.raise(Exc::kTypeError,
               cat("Cannot create a consistent method resolution\norder (MRO) for bases ", names));
      return false;
    }
    result.push_back(Value::from_object(chosen));
    for (auto& sequence : sequences) {
      if (!sequence.empty() && sequence.front() == chosen) sequence.erase(sequence.begin());
    }
  }
  type->mro = make_tuple_from(rt, result);
  return true;
}

Value* value_after_items(Object* object, size_t offset) {
  char* base = reinterpret_cast<char*>(object) + object->type->item_bytes(object);
  return reinterpret_cast<Value*>(base + offset);
}

bool layout_extends(const Object* object, const Type* layout) {
  for (const Type* type = object->type->layout; type != nullptr; type = type->base) {
    if (type == layout) return true;
  }
  return false;
}

void finish_type(Runtime& rt, Type* type) {
  if (type->layout == nullptr) type->layout = type;
  if (!type->has_flag(kTypeHeapType) && type->module_name &&
      type->module_name.get() != rt.names.builtins) {
    type->message_name =
        Ref<Str>::borrow(rt.intern(cat(type->module_name->view(), ".", type->name->view())));
  }
  if (!type->dict) type->dict = make_dict(rt);
  // Every class has its __doc__ in its own dict, so an instance never finds
  // a base's. pyvm's built-in types have no docstrings: None.
  if (!type->has_flag(kTypeHeapType) && dict_find_str(type->dict.get(), rt.names.dunder_doc) < 0) {
    dict_set_str(rt, type->dict.get(), rt.names.dunder_doc, Value::none());
  }
  if (!type->bases) {
    type->bases = type->base ? make_tuple(rt, {Value::from_object(type->base)})
                             : Ref<Tuple>::borrow(rt.empty_tuple());
    link_to_bases(type);
  }
  if (!type->mro) {
    if (type->base == nullptr) {
      type->mro = make_tuple(rt, {Value::from_object(type)});
    } else {
      compute_mro(rt, type);
    }
  }
  // Dunder methods for the slots this type defines itself, then the slots
  // it inherits.
  add_slot_wrappers(rt, type);
  if (type->dict_offset != 0 && (type->base == nullptr || type->base->dict_offset == 0)) {
    add_instance_dict_descriptor(rt, type);
  }
  const Tuple* mro = type->mro.get();
  for (size_t i = 1; i < mro->size; ++i) inherit_type_slots(type, (*mro)[i].as<Type>());
  type->version = rt.next_type_version();
}

void add_instance_dict_descriptor(Runtime& rt, Type* type) {
  add_getsets(rt, type, kInstanceDictGetSet);
}

void add_instance_weakref_descriptor(Runtime& rt, Type* type) {
  add_getsets(rt, type, kInstanceWeakrefGetSet);
}

void release_type_contents(Type* type) {
  unlink_from_bases(type);
  type->version = 0;
  type->dict = nullptr;
  type->bases = nullptr;
  type->mro = nullptr;
  type->base = nullptr;
  type->name = nullptr;
  type->qualname = nullptr;
  type->module_name = nullptr;
  type->message_name = nullptr;
}

void link_to_bases(Type* type) {
  for (const Value& base : type->bases->span()) {
    Type* base_type = base.as<Type>();
    base_type->subclasses.push_back(type);
    type->linked_bases.push_back(base_type);
  }
}

void type_modified(Runtime& rt, Type* type) {
  // A new version for the type and everything that inherits from it: the
  // interpreter's attribute caches compare one type's version.
  type->version = rt.next_type_version();
  for (Type* subclass : type->subclasses) type_modified(rt, subclass);
}

std::string type_display_name(const Type* type) {
  const std::string_view module = type->module_name ? type->module_name->view() : "builtins";
  const std::string_view qualname = type->qualname ? type->qualname->view() : type->name->view();
  if (module == "builtins") return std::string(qualname);
  return cat(module, ".", qualname);
}

// -------------------------------------------------------------------- object

int64_t pointer_hash(const void* pointer) {
  // CPython's _Py_HashPointer: rotate away the always-zero alignment bits.
  const uintptr_t bits = reinterpret_cast<uintptr_t>(pointer);
  int64_t hash = static_cast<int64_t>((bits >> 4) | (bits << (8 * sizeof(bits) - 4)));
  return hash == -1 ? -2 : hash;
}

int64_t object_id(const Value& value) {
  if (value.is_object()) return static_cast<int64_t>(reinterpret_cast<uintptr_t>(value.as_object()));
  // Inline values have no address; derive a stable stand-in from the bits,
  // kept odd so it never equals a real (aligned) object address.
  uint64_t bits;
  if (value.is_float()) {
    const double d = value.as_float();
    std::memcpy(&bits, &d, sizeof bits);
  } else {
    bits = static_cast<uint64_t>(value.as_small_int());
  }
  return static_cast<int64_t>(((bits * 0x9E3779B97F4A7C15ull) | 1) >> 1) ^
         static_cast<int64_t>(value.tag());
}

Value object_default_repr(Runtime& rt, const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "0x%" PRIxPTR,
                static_cast<uintptr_t>(object_id(self)));
  return make_str(rt, cat("<", type_display_name(rt.type_of(self)), " object at ", address, ">"));
}

bool hash_unhashable(Runtime& rt, const Value& self, int64_t*) {
  rt.raise(Exc::kTypeError, cat("unhashable type: '", type_name(rt, self), "'"));
  return false;
}

namespace {

Value object_str(Runtime& rt, const Value& self) { return repr(rt, self); }

bool object_hash(Runtime&, const Value& self, int64_t* out) {
  *out = pointer_hash(self.as_object());
  return true;
}

Value object_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  // Equality is identity; != is the negation of ==, whichever __eq__ it uses.
  if (op == CompareOp::kEqual) return a.is(b) ? Value::boolean(true) : rt.not_implemented();
  if (op == CompareOp::kNotEqual) {
    Type* type = rt.type_of(a);
    if (type->compare == nullptr || type->compare == object_compare) {
      return a.is(b) ? Value::boolean(false) : rt.not_implemented();
    }
    Value equal = type->compare(rt, a, b, CompareOp::kEqual);
    if (equal.is_null() || equal.is(rt.not_implemented())) return equal;
    const int t = truth(rt, equal);
    if (t < 0) return Value();
    return Value::boolean(!t);
  }
  return rt.not_implemented();
}

bool has_excess_arguments(size_t nargs) { return nargs > 0; }

// "Can't instantiate abstract class C with abstract methods a, b": the
// class's __abstractmethods__, sorted, as CPython's object_new lists them.
Value raise_abstract_instantiation(Runtime& rt, Type* type) {
  Value methods = dict_get_str(type->dict.get(), rt.intern("__abstractmethods__"));
  if (methods.is_null()) return rt.raise(Exc::kAttributeError, "__abstractmethods__");
  Value sorted = list_from_iterable(rt, methods);
  if (sorted.is_null() || !list_sort(rt, as_list(sorted), Value(), false)) return Value();
  Value joined = str_join(rt, rt.intern(", "), sorted);
  if (joined.is_null()) return Value();
  const bool plural = as_list(sorted)->items.size() > 1;
  return rt.raise(Exc::kTypeError, cat("Can't instantiate abstract class ", type->name->view(),
                                       " with abstract method", plural ? "s " : " ", as_str(joined)->view()));
}

}  // namespace

Value object_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  (void)args;
  (void)kwnames;
  if (has_excess_arguments(nargs)) {
    if (type->new_instance != object_new) {
      return rt.raise(Exc::kTypeError,
                      "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == object_init) {
      return rt.raise(Exc::kTypeError, cat(type->name->view(), "() takes no arguments"));
    }
  }
  if (type->has_flag(kTypeAbstract)) {
    return rt.raise(Exc::kTypeError, cat("cannot create '", type->name->view(), "' instances"));
  }
  if (type->has_flag(kTypeHasAbstractMethods)) return raise_abstract_instantiation(rt, type);
  Object* object = new_object<Object>(rt.gc, type, type->instance_size - sizeof(Object));
  return Value::steal(object);
}

bool object_init(Runtime& rt, const Value& self, const Value* args, size_t nargs,
                 Tuple* kwnames) {
  (void)args;
  (void)kwnames;
  if (has_excess_arguments(nargs)) {
    Type* type = rt.type_of(self);
    if (type->init != object_init) {
      rt.raise(Exc::kTypeError,
               "object.__init__() takes exactly one argument (the instance to initialize)");
      return false;
    }
    if (type->new_instance == object_new) {
      rt.raise(Exc::kTypeError, cat(type->name->view(), "() takes no arguments"));
      return false;
    }
  }
  return true;
}

namespace {

Value object_class_get(Runtime& rt, const Value& self) {
  return Value::from_object(rt.type_of(self));
}

Value object_format(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "__format__", nargs - 1, kwnames, 1, 1)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat("__format__() argument must be str, not ",
                                         type_name(rt, args[1])));
  }
  if (as_str(args[1])->size > 0) {
    return rt.raise(Exc::kTypeError,
                    cat("unsupported format string passed to ",
                        rt.type_of(args[0])->name->view(), ".__format__"));
  }
  return to_str(rt, args[0]);
}

Value object_dir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "object.__dir__", nargs - 1, kwnames)) return Value();
  Ref<Dict> names = make_dict(rt);
  if (Value* slot = instance_dict_slot(args[0]); slot && !slot->is_null()) {
    if (!dict_update(rt, names.get(), *slot)) return Value();
  }
  const Tuple* mro = rt.type_of(args[0])->mro.get();
  for (size_t i = 0; i < mro->size; ++i) {
    if (!dict_update(rt, names.get(), Value((*mro)[i].as<Type>()->dict))) return Value();
  }
  return list_from_iterable(rt, Value(names));
}

Value object_init_subclass(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  // Bound to the new class, so CPython names it: "Sub.__init_subclass__".
  const std::string_view owner = args[0].as<Type>()->qualname->view();
  if (tuple_size(kwnames) > 0) {
    return rt.raise(Exc::kTypeError, cat(owner, ".__init_subclass__() takes no keyword arguments"));
  }
  if (nargs > 1) {
    return rt.raise(Exc::kTypeError, cat(owner, ".__init_subclass__() takes no arguments (",
                                         nargs - 1, " given)"));
  }
  return Value::none();
}

Value object_subclasshook(Runtime& rt, const Value*, size_t, Tuple*) {
  return rt.not_implemented();
}

const MethodDef kObjectMethods[] = {
    {"__format__", object_format},
    {"__dir__", object_dir},
    {"__init_subclass__", object_init_subclass, MethodKind::kClass},
    {"__subclasshook__", object_subclasshook, MethodKind::kClass},
    {"__sizeof__", object_sizeof},
};

}  // namespace

bool layout_has_items(Runtime& rt, const Type* layout) {
  return layout->has_flag(kTypeIntSubclass | kTypeTupleSubclass | kTypeTypeSubclass) ||
         is_subtype(layout, rt.bytes_type);
}

namespace {

// Whether two types' instances agree on weak-reference support (storage
// for it in CPython's layout, though not in pyvm's).
bool same_weakref_support(const Type* a, const Type* b) {
  return a->has_flag(kTypeWeakReferenceable) == b->has_flag(kTypeWeakReferenceable);
}

// Whether a type's instances have exactly its base's layout (CPython's
// compatible_with_tp_base): a class that added nothing, or a built-in type
// sharing its base's C++ layout (ValueError and Exception).
bool same_layout_as_base(const Type* type) {
  const Type* base = type->base;
  return base != nullptr && type->instance_size == base->instance_size &&
         type->dict_offset == base->dict_offset && same_weakref_support(type, base) &&
         (type->has_flag(kTypeHeapType) || type->dealloc == base->dealloc);
}

bool same_slot_names(const Tuple* a, const Tuple* b) {
  if (a == nullptr || b == nullptr) return a == b || tuple_size(a) + tuple_size(b) == 0;
  if (a->size != b->size) return false;
  for (size_t i = 0; i < a->size; ++i) {
    if (!str_equal(as_str((*a)[i]), as_str((*b)[i]))) return false;
  }
  return true;
}

// Whether instances can change between the two classes (CPython's
// compatible_for_assignment): the classes that fixed their layouts are the
// same, or add the same __slots__ to the same base. On the layouts CPython
// sizes per item, a class's __dict__ sits after the items, which CPython's
// comparison of the two layouts does not count, so two classes that each
// added one differ (`class A(int): pass` and `class B(int): pass`).
bool compatible_for_class_assignment(Runtime& rt, const Type* old_type, const Type* new_type) {
  if (old_type->instance_size != new_type->instance_size ||
      old_type->dict_offset != new_type->dict_offset || !same_weakref_support(old_type, new_type)) {
    return false;
  }
  const Type* old_owner = old_type;
  while (same_layout_as_base(old_owner)) old_owner = old_owner->base;
  const Type* new_owner = new_type;
  while (same_layout_as_base(new_owner)) new_owner = new_owner->base;
  if (old_owner == new_owner) return true;
  if (layout_has_items(rt, old_owner->layout) &&
      old_owner->dict_offset != old_owner->base->dict_offset) {
    return false;
  }
  return old_owner->base == new_owner->base && old_owner->has_flag(kTypeHeapType) &&
         new_owner->has_flag(kTypeHeapType) &&
         same_slot_names(old_owner->slot_names.get(), new_owner->slot_names.get());
}

// obj.__class__ = C: allowed between classes whose instances have the same
// layout (see compatible_for_class_assignment).
bool object_class_set(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, "can't delete __class__ attribute");
    return false;
  }
  if (!rt.type_of(value)->has_flag(kTypeTypeSubclass)) {
    rt.raise(Exc::kTypeError, cat("__class__ must be set to a class, not '", type_name(rt, value),
                                  "' object"));
    return false;
  }
  Type* old_type = rt.type_of(self);
  Type* new_type = value.as<Type>();  // its type is a subclass of type
  if (!self.is_object() || !old_type->has_flag(kTypeHeapType) || !new_type->has_flag(kTypeHeapType)) {
    rt.raise(Exc::kTypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (!compatible_for_class_assignment(rt, old_type, new_type)) {
    rt.raise(Exc::kTypeError, cat("__class__ assignment: '", new_type->name->view(),
                                  "' object layout differs from '", old_type->name->view(), "'"));
    return false;
  }
  incref(new_type);
  self.as_object()->type = new_type;
  decref(old_type);
  return true;
}

const GetSetDef kObjectGetSets[] = {{"__class__", object_class_get, object_class_set}};

// ---------------------------------------------------------------------- type

Value type_repr(Runtime& rt, const Value& self) {
  return make_str(rt, cat("<class '", type_display_name(self.as<Type>()), "'>"));
}

}  // namespace

Value type_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                Tuple* kwnames) {
  Type* type = callable.as<Type>();
  if (type == rt.type_type && nargs == 1 && tuple_size(kwnames) == 0) {
    return Value::from_object(rt.type_of(args[0]));
  }
  if (type->new_instance == nullptr) {
    return rt.raise(Exc::kTypeError,
                    cat("cannot create '", type_display_name(type), "' instances"));
  }
  Value object = type->new_instance(rt, type, args, nargs, kwnames);
  if (object.is_null()) return object;
  // __init__ runs only when __new__ returned an instance of the type.
  Type* object_type = rt.type_of(object);
  if (!is_subtype(object_type, type)) return object;
  if (object_type->init && object_type->init != object_init) {
    if (!object_type->init(rt, object, args, nargs, kwnames)) return Value();
  } else if (object_type->init == object_init && nargs > 0 && type->new_instance == object_new) {
    if (!object_init(rt, object, args, nargs, kwnames)) return Value();
  }
  return object;
}

Value type_getattr(Runtime& rt, const Value& self, Str* name) {
  Type* type = self.as<Type>();
  Type* metatype = rt.type_of(self);
  // A data descriptor on the metatype (type.__name__) wins over the class's
  // own attributes; then the class's MRO; then other metatype attributes.
  const Value* meta_attribute = lookup_in_mro(metatype, name);
  Type* meta_attribute_type = nullptr;
  if (meta_attribute) {
    meta_attribute_type = rt.type_of(*meta_attribute);
    if (meta_attribute_type->descr_get && meta_attribute_type->descr_set) {
      return meta_attribute_type->descr_get(rt, *meta_attribute, self, metatype);
    }
  }
  if (const Value* attribute = lookup_in_mro(type, name)) {
    Type* attribute_type = rt.type_of(*attribute);
    if (attribute_type->descr_get) {
      Value attribute_copy = *attribute;  // the descriptor may run code that changes the dict
      return attribute_type->descr_get(rt, attribute_copy, Value(), type);
    }
    return *attribute;
  }
  if (meta_attribute) {
    Value attribute_copy = *meta_attribute;
    if (meta_attribute_type->descr_get) {
      return meta_attribute_type->descr_get(rt, attribute_copy, self, metatype);
    }
    return attribute_copy;
  }
  return rt.raise(Exc::kAttributeError, cat("type object '", message_type_name(type),
                                            "' has no attribute '", name->view(), "'"));
}

namespace {

bool type_setattr(Runtime& rt, const Value& self, Str* name, const Value& value) {
  Type* type = self.as<Type>();
  if (!type->has_flag(kTypeHeapType)) {
    rt.raise(Exc::kTypeError, cat("cannot set '", name->view(), "' attribute of immutable type '",
                                  message_type_name(type), "'"));
    return false;
  }
  // Data descriptors of the metatype (__name__, __qualname__) first.
  if (const Value* meta_attribute = lookup_in_mro(rt.type_of(self), name)) {
    Type* descriptor_type = rt.type_of(*meta_attribute);
    if (descriptor_type->descr_set) {
      Value descriptor = *meta_attribute;
      return descriptor_type->descr_set(rt, descriptor, self, value);
    }
  }
  name = rt.intern(name);
  // The value being replaced stays alive until the caches and slots are
  // updated: its __del__ may run code that looks the name up.
  Value replaced = dict_get_str(type->dict.get(), name);
  if (value.is_null()) {
    const int deleted = dict_delete(rt, type->dict.get(), Value::from_object(name));
    if (deleted == 0) {
      rt.raise(Exc::kAttributeError, cat("type object '", message_type_name(type),
                                         "' has no attribute '", name->view(), "'"));
    }
    if (deleted <= 0) return false;
  } else {
    dict_set_str(rt, type->dict.get(), name, value);
  }
  type_modified(rt, type);
  update_slot_for_attribute(rt, type, name);
  return true;
}

Value type_name_get(Runtime&, const Value& self) { return Value(self.as<Type>()->name); }
Value type_qualname_get(Runtime&, const Value& self) {
  return Value(self.as<Type>()->qualname);
}
Value type_module_get(Runtime& rt, const Value& self) {
  Type* type = self.as<Type>();
  if (type->has_flag(kTypeHeapType)) {
    Value module = dict_get_str(type->dict.get(), rt.names.dunder_module);
    if (!module.is_null()) return module;
  }
  return Value(type->module_name);
}
// Class.__module__ = name: kept in the class's dict (any object, as CPython).
bool type_module_set(Runtime& rt, const Value& self, const Value& value) {
  Type* type = self.as<Type>();
  if (!type->has_flag(kTypeHeapType)) {
    rt.raise(Exc::kTypeError, cat("cannot set '__module__' attribute of immutable type '", type->name->view(), "'"));
    return false;
  }
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, cat("cannot delete '__module__' attribute of immutable type '", type->name->view(), "'"));
    return false;
  }
  dict_set_str(rt, type->dict.get(), rt.names.dunder_module, value);
  if (is_str(value)) type->module_name = Ref<Str>::borrow(as_str(value));
  type_modified(rt, type);
  return true;
}
Value type_bases_get(Runtime&, const Value& self) { return Value(self.as<Type>()->bases); }
Value type_base_get(Runtime&, const Value& self) {
  Type* base = self.as<Type>()->base;
  return base ? Value::from_object(base) : Value::none();
}
Value type_mro_get(Runtime&, const Value& self) { return Value(self.as<Type>()->mro); }
// C.__dict__ is read-only: changes must go through setattr on the class.
Value type_dict_get(Runtime& rt, const Value& self) {
  return make_mapping_proxy(rt, Value(self.as<Type>()->dict));
}
// CPython's type_get_doc: the class's __doc__ (bound, when it is a
// descriptor: `type` and `property` hold one for their instances).
Value type_doc_get(Runtime& rt, const Value& self) {
  Type* type = self.as<Type>();
  Value doc = dict_get_str(type->dict.get(), rt.names.dunder_doc);
  if (doc.is_null()) return Value::none();
  if (DescrGetFn get = rt.type_of(doc)->descr_get) return get(rt, doc, Value(), type);
  return doc;
}

bool set_type_string(Runtime& rt, const Value& self, const Value& value, const char* what,
                     Ref<Str>* field) {
  Type* type = self.as<Type>();
  if (!type->has_flag(kTypeHeapType)) {
    rt.raise(Exc::kTypeError, cat("cannot set '", what, "' attribute of immutable type '",
                                  type->name->view(), "'"));
    return false;
  }
  if (value.is_null() || !is_str(value)) {
    rt.raise(Exc::kTypeError, cat("can only assign string to ", type->name->view(), ".", what,
                                  ", not '", type_name(rt, value), "'"));
    return false;
  }
  *field = Ref<Str>::borrow(as_str(value));
  return true;
}

// C.__doc__ = text: a class's __doc__ (CPython's type_set_doc).
bool type_doc_set(Runtime& rt, const Value& self, const Value& value) {
  Type* type = self.as<Type>();
  if (!type->has_flag(kTypeHeapType) || value.is_null()) {
    rt.raise(Exc::kTypeError,
             cat("cannot ", value.is_null() ? "delete" : "set",
                 " '__doc__' attribute of immutable type '", type->name->view(), "'"));
    return false;
  }
  dict_set_str(rt, type->dict.get(), rt.names.dunder_doc, value);
  type_modified(rt, type);
  return true;
}

bool type_name_set(Runtime& rt, const Value& self, const Value& value) {
  return set_type_string(rt, self, value, "__name__", &self.as<Type>()->name);
}
bool type_qualname_set(Runtime& rt, const Value& self, const Value& value) {
  return set_type_string(rt, self, value, "__qualname__", &self.as<Type>()->qualname);
}

// __abstractmethods__ (CPython's type_abstractmethods): kept in the class's
// own dict, not inherited; `type` itself has none. Setting a true value
// makes object.__new__ refuse the class.
Value type_abstractmethods_get(Runtime& rt, const Value& self) {
  Type* type = self.as<Type>();
  Value methods;
  if (type != rt.type_type) methods = dict_get_str(type->dict.get(), rt.intern("__abstractmethods__"));
  if (methods.is_null()) return rt.raise(Exc::kAttributeError, "__abstractmethods__");
  return methods;
}

bool type_abstractmethods_set(Runtime& rt, const Value& self, const Value& value) {
  Type* type = self.as<Type>();
  Str* name = rt.intern("__abstractmethods__");
  bool abstract = false;
  if (value.is_null()) {
    const int deleted = dict_delete(rt, type->dict.get(), Value::from_object(name));
    if (deleted == 0) rt.raise(Exc::kAttributeError, "__abstractmethods__");
    if (deleted <= 0) return false;
  } else {
    const int truth_value = truth(rt, value);
    if (truth_value < 0) return false;
    abstract = truth_value > 0;
    dict_set_str(rt, type->dict.get(), name, value);
  }
  type_modified(rt, type);
  if (abstract) type->flags |= kTypeHasAbstractMethods;
  else type->flags &= ~kTypeHasAbstractMethods;
  return true;
}

Value type_mro_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "type.mro", nargs - 1, kwnames)) return Value();
  return list_from_iterable(rt, Value(args[0].as<Type>()->mro));
}

Value type_subclasses_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "type.__subclasses__", nargs - 1, kwnames)) return Value();
  Ref<List> result = make_list(rt);
  for (Type* subclass : args[0].as<Type>()->subclasses) {
    result->items.push_back(Value::from_object(subclass));
  }
  return result;
}

Value type_instancecheck(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "type.__instancecheck__", nargs - 1, kwnames)) return Value();
  return Value::boolean(is_instance(rt, args[1], args[0].as<Type>()));
}

Value type_subclasscheck(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "type.__subclasscheck__", nargs - 1, kwnames)) return Value();
  if (!rt.type_of(args[1])->has_flag(kTypeTypeSubclass)) {
    return rt.raise(Exc::kTypeError, "issubclass() arg 1 must be a class");
  }
  return Value::boolean(is_subtype(args[1].as<Type>(), args[0].as<Type>()));
}

Value type_prepare(Runtime& rt, const Value*, size_t, Tuple*) { return make_dict(rt); }

bool type_init(Runtime& rt, const Value&, const Value*, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional != 1 && positional != 3) {
    rt.raise(Exc::kTypeError, "type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method},
    {"__subclasses__", type_subclasses_method},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {"__prepare__", type_prepare, MethodKind::kClass},
};

const GetSetDef kTypeGetSets[] = {
    {"__name__", type_name_get, type_name_set},
    {"__qualname__", type_qualname_get, type_qualname_set},
    {"__module__", type_module_get, type_module_set},
    {"__bases__", type_bases_get},
    {"__base__", type_base_get},
    {"__mro__", type_mro_get},
    {"__dict__", type_dict_get},
    {"__doc__", type_doc_get, type_doc_set},
    {"__abstractmethods__", type_abstractmethods_get, type_abstractmethods_set},
};

// ------------------------------------------- None, NotImplemented, Ellipsis

Value none_repr(Runtime& rt, const Value&) { return make_str(rt, "None"); }
int none_truth(Runtime&, const Value&) { return 0; }
bool constant_hash(Runtime&, const Value& self, int64_t* out) {
  // CPython hashes these singletons by address; any fixed value per kind
  // keeps dicts and sets behaving the same.
  *out = 0x5D7A3B1 + static_cast<int64_t>(self.tag());
  return true;
}
Value none_new(Runtime& rt, Type*, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs > 0) return rt.raise(Exc::kTypeError, "NoneType takes no arguments");
  (void)kwnames;
  return Value::none();
}
Value not_implemented_repr(Runtime& rt, const Value&) { return make_str(rt, "NotImplemented"); }
Value not_implemented_new(Runtime& rt, Type*, const Value*, size_t nargs, Tuple*) {
  if (nargs > 0) return rt.raise(Exc::kTypeError, "NotImplementedType takes no arguments");
  return rt.not_implemented();
}
Value ellipsis_repr(Runtime& rt, const Value&) { return make_str(rt, "Ellipsis"); }
Value ellipsis_new(Runtime& rt, Type*, const Value*, size_t nargs, Tuple*) {
  if (nargs > 0) return rt.raise(Exc::kTypeError, "ellipsis takes no arguments");
  return rt.ellipsis();
}
bool singleton_hash(Runtime&, const Value& self, int64_t* out) {
  *out = pointer_hash(self.as_object());
  return true;
}
void singleton_dealloc(Object* self) { Gc::free_memory(self, false); }

}  // namespace

void init_type_layout(Runtime& rt) {
  Type* type = rt.type_type;
  type->flags |= kTypeHasGc | kTypeBaseType | kTypeTypeSubclass | kTypeWeakReferenceable;
  type->instance_size = sizeof(Type);
  type->dealloc = type_dealloc;
  type->traverse = type_traverse;
  type->clear = type_clear;
}

void init_object_types(Runtime& rt) {
  Type* object = rt.object_type;
  define_builtin_type(rt, object, "object", nullptr, sizeof(Object), kTypeBaseType,
                      singleton_dealloc);
  object->repr = object_default_repr;
  object->str = object_str;
  object->hash = object_hash;
  object->compare = object_compare;
  object->getattr = generic_getattr;
  object->setattr = generic_setattr;
  object->new_instance = object_new;
  object->init = object_init;
  add_methods(rt, object, kObjectMethods);
  add_getsets(rt, object, kObjectGetSets);

  Type* type = rt.type_type;
  define_builtin_type(rt, type, "type", object, sizeof(Type), 0, type_dealloc);
  type->repr = type_repr;
  type->call = type_call;
  type->getattr = type_getattr;
  type->setattr = type_setattr;
  type->new_instance = type_new;
  type->init = type_init;
  add_methods(rt, type, kTypeMethods);
  add_getsets(rt, type, kTypeGetSets);

  Type* none = rt.none_type;
  define_builtin_type(rt, none, "NoneType", object, sizeof(Object), 0, singleton_dealloc);
  none->repr = none_repr;
  none->truth = none_truth;
  none->hash = constant_hash;
  none->new_instance = none_new;

  Type* not_implemented = rt.not_implemented_type;
  define_builtin_type(rt, not_implemented, "NotImplementedType", object, sizeof(Object), 0,
                      singleton_dealloc);
  not_implemented->repr = not_implemented_repr;
  not_implemented->hash = singleton_hash;
  not_implemented->new_instance = not_implemented_new;

  Type* ellipsis = rt.ellipsis_type;
  define_builtin_type(rt, ellipsis, "ellipsis", object, sizeof(Object), 0, singleton_dealloc);
  ellipsis->repr = ellipsis_repr;
  ellipsis->hash = singleton_hash;
  ellipsis->new_instance = ellipsis_new;
}

bool has_layout(const Object* object, const Type*) {
  return layout_extends(object, object->type->runtime->type_type);
}

}  // namespace pyvm
