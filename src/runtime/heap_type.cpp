// Classes: type(name, bases, namespace), which the class statement calls
// through the metaclass. Builds the type object (bases, MRO, instance
// layout with a __dict__ slot), turns its dunder methods into slots, and
// runs __set_name__ and __init_subclass__.
#include <vector>

#include "runtime/arguments.h"
#include "runtime/cell.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/object_type.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// The nearest built-in type in a class's base chain: it owns the C++
// layout of the instances.
Type* builtin_base(Type* type) { return type->layout; }

// Whether the class's instances have a __dict__ slot that the class added
// (rather than one its built-in base already has, like exceptions).
bool owns_dict_slot(Type* type) {
  return type->dict_offset != 0 && builtin_base(type)->dict_offset != type->dict_offset;
}

Value* dict_slot(Object* self) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(self) + self->type->dict_offset);
}

void instance_dealloc(Object* self) {
  // __del__ first, while the instance is whole (and still tracked, should
  // it resurrect itself into a cycle).
  if (self->type->finalize && self->type->runtime->gc.finalizer_resurrects(self)) return;
  Type* type = self->type;
  Type* base = builtin_base(type);
  Gc::untrack(self);
  if (owns_dict_slot(type)) std::destroy_at(dict_slot(self));
  if (base->dealloc && base != type->runtime->object_type) {
    base->dealloc(self);  // runs the layout's destructor and frees the memory
  } else {
    Gc::free_memory(self, true);
  }
  decref(type);
}

void instance_traverse(Object* self, VisitFn visit, void* context) {
  Type* type = self->type;
  Type* base = builtin_base(type);
  if (base->traverse) base->traverse(self, visit, context);
  if (owns_dict_slot(type)) {
    const Value& dict = *dict_slot(self);
    if (dict.is_object()) visit(dict.as_object(), context);
  }
  visit(type, context);
}

void instance_clear(Object* self) {
  Type* type = self->type;
  Type* base = builtin_base(type);
  if (base->clear) base->clear(self);
  if (owns_dict_slot(type)) Value dropped = std::move(*dict_slot(self));
}

// The layout-determining ("solid") base of a type: the built-in base whose
// C++ layout instances use.
Type* solid_base(Type* type) { return builtin_base(type); }

// Picks the base whose layout extends all others (CPython's best_base).
Type* best_base(Runtime& rt, const Tuple* bases) {
  Type* winner = nullptr;
  Type* winner_solid = nullptr;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* base = (*bases)[i].as<Type>();
    Type* solid = solid_base(base);
    if (winner == nullptr) {
      winner = base;
      winner_solid = solid;
    } else if (is_subtype(winner_solid, solid)) {
      // winner's layout already extends this one
    } else if (is_subtype(solid, winner_solid)) {
      winner = base;
      winner_solid = solid;
    } else if (!(solid == rt.object_type || winner_solid == rt.object_type)) {
      rt.raise(Exc::kTypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    } else if (winner_solid == rt.object_type) {
      winner = base;
      winner_solid = solid;
    }
  }
  return winner;
}

// The most derived metaclass among the requested one and the bases' types.
Type* calculate_metaclass(Runtime& rt, Type* metatype, const Tuple* bases) {
  Type* winner = metatype;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* base_meta = rt.type_of((*bases)[i]);
    if (is_subtype(winner, base_meta)) continue;
    if (is_subtype(base_meta, winner)) {
      winner = base_meta;
      continue;
    }
    rt.raise(Exc::kTypeError,
             "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
             "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// Functions stored under these names are implicitly static/class methods.
void wrap_implicit_methods(Runtime& rt, Dict* dict) {
  Value new_function = dict_get_str(dict, rt.names.dunder_new);
  if (!new_function.is_null() && rt.type_of(new_function)->has_flag(kTypeMethodDescriptor)) {
    dict_set_str(rt, dict, rt.names.dunder_new, make_staticmethod(rt, new_function));
  }
  for (Str* name : {rt.names.dunder_init_subclass, rt.names.dunder_class_getitem}) {
    Value function = dict_get_str(dict, name);
    if (!function.is_null() && rt.type_of(function)->has_flag(kTypeMethodDescriptor)) {
      Value wrapped = call(rt, Value::from_object(rt.classmethod_type), &function, 1);
      if (!wrapped.is_null()) dict_set_str(rt, dict, name, wrapped);
    }
  }
}

bool call_set_name(Runtime& rt, Type* type) {
  // A snapshot: __set_name__ may add attributes.
  std::vector<std::pair<Value, Value>> entries;
  size_t position = 0;
  DictEntry* entry;
  while (dict_next(type->dict.get(), &position, &entry)) entries.emplace_back(entry->key, entry->value);
  for (const auto& [name, value] : entries) {
    if (!lookup_in_mro(rt.type_of(value), rt.names.dunder_set_name)) continue;
    const Value arguments[] = {Value::from_object(type), name};
    if (call_special_method(rt, value, rt.names.dunder_set_name, arguments, 2).is_null()) {
      return false;
    }
  }
  return true;
}

bool call_init_subclass(Runtime& rt, Type* type, const Value* kwvalues, Tuple* kwnames) {
  // super(type, type).__init_subclass__(**kwargs): the first definition after
  // the new class in its MRO.
  const Tuple* mro = type->mro.get();
  for (size_t i = 1; i < mro->size; ++i) {
    Type* candidate = (*mro)[i].as<Type>();
    Value hook = dict_get_str(candidate->dict.get(), rt.names.dunder_init_subclass);
    if (hook.is_null()) continue;
    Type* hook_type = rt.type_of(hook);
    Value bound = hook_type->descr_get ? hook_type->descr_get(rt, hook, Value(), type) : hook;
    if (bound.is_null()) return false;
    return !call(rt, bound, kwvalues, tuple_size(kwnames), kwnames).is_null();
  }
  return true;
}

}  // namespace

Value type_new(Runtime& rt, Type* metatype, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional == 1 && tuple_size(kwnames) == 0) return Value::from_object(rt.type_of(args[0]));
  if (positional != 3) return rt.raise(Exc::kTypeError, "type() takes 1 or 3 arguments");
  if (!is_str(args[0])) {
    return rt.raise(Exc::kTypeError, cat("type.__new__() argument 1 must be str, not ",
                                         type_name(rt, args[0])));
  }
  if (!is_tuple(args[1])) {
    return rt.raise(Exc::kTypeError, cat("type.__new__() argument 2 must be tuple, not ",
                                         type_name(rt, args[1])));
  }
  if (!is_dict(args[2])) {
    return rt.raise(Exc::kTypeError, cat("type.__new__() argument 3 must be dict, not ",
                                         type_name(rt, args[2])));
  }
  Ref<Tuple> bases = Ref<Tuple>::borrow(as_tuple(args[1]));
  for (const Value& base : bases->span()) {
    if (!rt.type_of(base)->has_flag(kTypeTypeSubclass)) {
      return rt.raise(Exc::kTypeError,
                      "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                      "subclass of the metaclasses of all its bases");
    }
    if (!base.as<Type>()->has_flag(kTypeBaseType)) {
      return rt.raise(Exc::kTypeError, cat("type '", base.as<Type>()->name->view(),
                                           "' is not an acceptable base type"));
    }
  }
  for (size_t i = 0; i < bases->size; ++i) {
    for (size_t j = 0; j < i; ++j) {
      if ((*bases)[i].is((*bases)[j])) {
        return rt.raise(Exc::kTypeError,
                        cat("duplicate base class ", (*bases)[i].as<Type>()->name->view()));
      }
    }
  }
  Type* winner = calculate_metaclass(rt, metatype, bases.get());
  if (winner == nullptr) return Value();
  if (winner != metatype && winner->new_instance != type_new) {
    return winner->new_instance(rt, winner, args, nargs, kwnames);
  }
  metatype = winner;
  if (bases->size == 0) bases = make_tuple(rt, {Value::from_object(rt.object_type)});
  Type* base = best_base(rt, bases.get());
  if (base == nullptr) return Value();

  Type* type = allocate_type(rt, metatype);
  if (metatype->has_flag(kTypeHeapType)) incref(metatype);
  Value result = Value::steal(type);
  type->flags = kTypeHeapType | kTypeBaseType | kTypeHasGc;
  type->name = Ref<Str>::borrow(rt.intern(as_str(args[0])));
  type->qualname = type->name;
  type->base = base;
  type->bases = bases;
  link_to_bases(type);
  type->dict = dict_copy(rt, as_dict(args[2]));
  Dict* dict = type->dict.get();

  // __qualname__ and __classcell__ are instructions to type(), not attributes.
  Value qualname = dict_get_str(dict, rt.names.dunder_qualname);
  if (!qualname.is_null()) {
    if (!is_str(qualname)) {
      return rt.raise(Exc::kTypeError, cat("type __qualname__ must be a str, not ",
                                           type_name(rt, qualname)));
    }
    type->qualname = Ref<Str>::borrow(as_str(qualname));
    dict_delete(rt, dict, Value::from_object(rt.names.dunder_qualname));
  }
  Value module = dict_get_str(dict, rt.names.dunder_module);
  if (module.is_null()) {
    module = rt.current_module_name ? rt.current_module_name(rt) : Value();
    if (!module.is_null()) dict_set_str(rt, dict, rt.names.dunder_module, module);
  }
  type->module_name = !module.is_null() && is_str(module) ? Ref<Str>::borrow(as_str(module))
                                                          : Ref<Str>::borrow(rt.names.builtins);
  if (dict_find_str(dict, rt.names.dunder_doc) < 0) dict_set_str(rt, dict, rt.names.dunder_doc, Value::none());
  Value class_cell = dict_get_str(dict, rt.names.dunder_classcell);
  if (!class_cell.is_null()) {
    if (rt.type_of(class_cell) != rt.cell_type) {
      return rt.raise(Exc::kTypeError, cat("__classcell__ must be a nonlocal cell, not ",
                                           type_name(rt, class_cell)));
    }
    class_cell.as<Cell>()->contents = result;
    dict_delete(rt, dict, Value::from_object(rt.names.dunder_classcell));
  }
  wrap_implicit_methods(rt, dict);
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict_find_str(dict, rt.names.dunder_eq) >= 0 && dict_find_str(dict, rt.names.dunder_hash) < 0) {
    dict_set_str(rt, dict, rt.names.dunder_hash, Value::none());
  }

  // Instance layout: the built-in base's, plus a __dict__ slot unless the
  // base has one. Variable-size layouts (str, tuple, bytes) keep data after
  // the header, so their subclasses' instances have no __dict__.
  Type* layout = builtin_base(base);
  type->layout = layout;
  const bool variable_size = layout->has_flag(kTypeStrSubclass | kTypeTupleSubclass) ||
                             is_subtype(layout, rt.bytes_type);
  type->instance_size = base->instance_size;
  type->dict_offset = base->dict_offset;
  if (type->dict_offset == 0 && !variable_size) {
    type->dict_offset = base->instance_size;
    type->instance_size = base->instance_size + sizeof(Value);
  }
  if (owns_dict_slot(type) && dict_find_str(dict, rt.names.dunder_dict) < 0) {
    add_instance_dict_descriptor(rt, type);
  }
  type->dealloc = instance_dealloc;
  type->traverse = instance_traverse;
  type->clear = instance_clear;

  if (!compute_mro(rt, type)) return Value();
  set_slots_from_dunders(rt, type);
  const Tuple* mro = type->mro.get();
  for (size_t i = 1; i < mro->size; ++i) inherit_type_slots(type, (*mro)[i].as<Type>());
  type->version = rt.next_type_version();

  if (!call_set_name(rt, type)) return Value();
  if (!call_init_subclass(rt, type, args + positional, kwnames)) return Value();
  return result;
}

}  // namespace pyvm
